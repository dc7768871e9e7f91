#pragma once

#include "SaslMechanism.h"

namespace remitente::smtp {

// The de-facto LOGIN mechanism (draft-murchison-sasl-login): username, then password, each on request.
class LoginMechanism final : public SaslMechanism
{
public:
    explicit LoginMechanism(Credentials credentials) : m_credentials(std::move(credentials)) { }
    ~LoginMechanism() override;
    QByteArray name() const override { return "LOGIN"; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    std::optional<QByteArray> respond(const QByteArray &challenge) override;

private:
    Credentials m_credentials;
    int m_step = 0;
};

} // namespace remitente::smtp
