#include "CheckDomainCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/AccountStore.h"
#include "mime/Mailbox.h"
#include "text/TerminalText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace remitente::cli {

CheckDomainCommand::CheckDomainCommand()
    : m_account(QStringLiteral("account"), tr("A saved account (id or address): its domain, provider and server."),
                tr("account")),
      m_provider(QStringLiteral("provider"),
                 tr("The catalogue id of the service that sends your email (e.g. "
                    "google-workspace, microsoft365, amazon-ses)."),
                 tr("id")),
      m_host(QStringLiteral("host"), tr("The SMTP server you send through (for hosting)."), tr("host")),
      m_dnsServer(QStringLiteral("dns-server"), tr("Ask this DNS server instead of the system's."), tr("address")),
      m_json(QStringLiteral("json"), tr("Print one JSON document for programs."))
{
}

QString CheckDomainCommand::summary() const
{
    return tr("check a sender domain's SPF, DKIM, DMARC and MX records");
}

void CheckDomainCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Check the SPF, DKIM, DMARC and MX records of a sender's domain, using only your own DNS resolver. "
           "Exits 0 when nothing fails (warnings included) and 1 when a check fails."));
    parser.addOptions({m_account, m_provider, m_host, m_dnsServer, m_json});
    parser.addPositionalArgument(tr("domain"), tr("The domain (or an address at it); optional with --account."));
}

std::optional<int> CheckDomainCommand::run(const QCommandLineParser &parser)
{
    diagnosis::DomainCheck::Request request{parser.positionalArguments().value(0), parser.value(m_provider),
                                            parser.value(m_host)};
    if (parser.isSet(m_account)) {
        accounts::AccountStore store;
        store.load(); // it was never read here before: --account found nothing
        const std::optional<accounts::Account> saved = store.find(parser.value(m_account));
        if (!saved)
            return noSavedAccount(parser.value(m_account), store);
        if (request.domain.isEmpty())
            request.domain = saved->address;
        if (request.providerId.isEmpty())
            request.providerId = saved->providerId;
        if (request.smtpHost.isEmpty())
            request.smtpHost = saved->host;
    }
    if (request.domain.isEmpty() || request.domain.contains(u' '))
        return usageError(tr("check-domain needs a domain, like example.es, or --account."));

    QString error;
    m_catalogue = providers::ProviderCatalogue::load(&error);
    if (!m_catalogue)
        return failWith(ExSoftware, error);
    if (!request.providerId.isEmpty() && !m_catalogue->byId(request.providerId))
        return usageError(tr("Unknown provider \"%1\".").arg(request.providerId));
    m_asJson = parser.isSet(m_json);
    m_domain = (request.domain.contains(u'@') ? mime::domainOf(request.domain) : request.domain).toLower();
    m_resolver = std::make_unique<net::SystemDnsResolver>(QHostAddress(parser.value(m_dnsServer)));
    m_check = std::make_unique<diagnosis::DomainCheck>(*m_resolver, *m_catalogue);
    connect(m_check.get(), &diagnosis::DomainCheck::finished, this, &CheckDomainCommand::report);
    m_check->start(request);
    return std::nullopt;
}

void CheckDomainCommand::report(const QList<diagnosis::DomainFinding> &findings)
{
    bool failed = false;
    QTextStream out(stdout);
    QJsonArray checks;
    for (const diagnosis::DomainFinding &finding : findings) {
        failed = failed || finding.verdict == diagnosis::Verdict::Fail;
        if (m_asJson) {
            QJsonObject check{{QStringLiteral("check"), finding.check},
                              {QStringLiteral("verdict"), diagnosis::verdictName(finding.verdict)},
                              {QStringLiteral("summary"), finding.summary},
                              {QStringLiteral("details"), QJsonArray::fromStringList(finding.details)},
                              {QStringLiteral("found"), QJsonArray::fromStringList(finding.found)}};
            if (!finding.recordValue.isEmpty())
                check.insert(QStringLiteral("add"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("TXT")},
                                         {QStringLiteral("name"), finding.recordName},
                                         {QStringLiteral("value"), finding.recordValue}});
            checks.append(check);
            continue;
        }
        // The check name and verdict are fixed words for scripts; the rest is for people. DNS records are what
        // anyone wrote: no control character from them reaches the terminal.
        using text::terminalSafe;
        out << finding.check.leftJustified(6) << u' ' << diagnosis::verdictName(finding.verdict).leftJustified(8)
            << u' ' << terminalSafe(finding.summary) << Qt::endl;
        for (const QString &found : finding.found)
            out << QStringLiteral("         ") << tr("found: %1").arg(terminalSafe(found)) << Qt::endl;
        for (const QString &detail : finding.details)
            out << QStringLiteral("         ") << terminalSafe(detail) << Qt::endl;
        if (!finding.recordValue.isEmpty())
            out << QStringLiteral("         ")
                << tr("add:   TXT %1 \"%2\"").arg(terminalSafe(finding.recordName), terminalSafe(finding.recordValue))
                << Qt::endl;
    }
    if (m_asJson)
        out << QJsonDocument(QJsonObject{{QStringLiteral("domain"), m_domain}, {QStringLiteral("checks"), checks}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    QCoreApplication::exit(failed ? 1 : ExOk);
}

} // namespace remitente::cli
