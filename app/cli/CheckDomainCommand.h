#pragma once

#include "diagnosis/DomainCheck.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::cli {

// `remitente-cli check-domain DOMAIN`: SPF, DKIM, DMARC and MX for a sender's domain, from local DNS only.
// Exits 0 when nothing fails (warnings included), 1 when a check fails.
class CheckDomainCommand : public QObject
{
    Q_OBJECT
public:
    std::optional<int> start(const QStringList &arguments);

private:
    void report(const QList<diagnosis::DomainFinding> &findings);

    std::optional<providers::ProviderCatalogue> m_catalogue;
    std::unique_ptr<net::DnsResolver> m_resolver;
    std::unique_ptr<diagnosis::DomainCheck> m_check;
    QString m_domain;
    bool m_json = false;
};

} // namespace remitente::cli
