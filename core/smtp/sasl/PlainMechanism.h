#pragma once

#include "SaslMechanism.h"

namespace remitente::smtp {

// RFC 4616: "\0user\0password" in one initial response.
class PlainMechanism final : public SaslMechanism
{
public:
    explicit PlainMechanism(Credentials credentials) : m_credentials(std::move(credentials)) { }
    ~PlainMechanism() override;
    QByteArray name() const override { return "PLAIN"; }
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge) override;

private:
    Credentials m_credentials;
    bool m_sent = false;
};

} // namespace remitente::smtp
