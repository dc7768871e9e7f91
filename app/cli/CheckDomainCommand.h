#pragma once

#include "Command.h"

#include "diagnosis/DomainCheck.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::cli {

// `remitente-cli check-domain DOMAIN`: SPF, DKIM, DMARC and MX for a sender's domain, from local DNS only.
// Exits 0 when nothing fails (warnings included), 1 when a check fails.
class CheckDomainCommand : public Command
{
    Q_OBJECT
public:
    CheckDomainCommand();
    QString name() const override { return QStringLiteral("check-domain"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    void report(const QList<diagnosis::DomainFinding> &findings);

    QCommandLineOption m_account, m_provider, m_host, m_dnsServer, m_json;
    std::optional<providers::ProviderCatalogue> m_catalogue;
    std::unique_ptr<net::DnsResolver> m_resolver;
    std::unique_ptr<diagnosis::DomainCheck> m_check;
    QString m_domain;
    bool m_asJson = false;
};

} // namespace remitente::cli
