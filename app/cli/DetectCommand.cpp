#include "DetectCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include "accounts/Account.h"
#include "imap/ImapServerNames.h"
#include "text/TerminalText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace remitente::cli {

DetectCommand::DetectCommand()
    : m_dnsServer(QStringLiteral("dns-server"), tr("Ask this DNS server instead of the system's."), tr("address")),
      m_caFile(QStringLiteral("ca-file"), tr("Also trust the certificate authorities in this PEM file."), tr("file")),
      m_timeout(QStringLiteral("timeout"), tr("Give up after this many seconds (default 15)."), tr("seconds")),
      m_json(QStringLiteral("json"), tr("Print one JSON document for programs."))
{
}

QString DetectCommand::summary() const
{
    return tr("find the outgoing server settings for an email address");
}

void DetectCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Find the outgoing server settings for an email address."));
    parser.addOptions({m_dnsServer, m_caFile, m_timeout, m_json});
    parser.addPositionalArgument(tr("email"), tr("The address to find settings for."));
}

std::optional<int> DetectCommand::run(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    const QString address = parser.positionalArguments().value(0);
    if (address.count(u'@') != 1 || address.endsWith(u'@')) {
        err << tr("detect needs one email address, like ana@example.es.") << Qt::endl;
        return ExUsage;
    }
    QString error;
    m_catalogue = providers::ProviderCatalogue::load(&error);
    if (!m_catalogue) {
        err << error << Qt::endl;
        return ExSoftware;
    }
    providers::Discovery::Options options;
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = parser.value(m_timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > 24 * 60 * 60) {
            err << tr("--timeout must be a number of seconds from 0.001 to %1.").arg(24 * 60 * 60) << Qt::endl;
            return ExUsage;
        }
        options.deadline = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(m_caFile))
        options.extraCaCertificates = QSslCertificate::fromPath(parser.value(m_caFile), QSsl::Pem);
    m_asJson = parser.isSet(m_json);
    m_resolver = std::make_unique<net::SystemDnsResolver>(QHostAddress(parser.value(m_dnsServer)));
    m_discovery = std::make_unique<providers::Discovery>(*m_catalogue, *m_resolver, options);
    connect(m_discovery.get(), &providers::Discovery::progress, this,
            [this](const QString &step, const QString &message) {
                if (!m_asJson)
                    QTextStream(stdout) << step.leftJustified(10) << u' ' << text::terminalSafe(message) << Qt::endl;
            });
    connect(m_discovery.get(), &providers::Discovery::finished, this, &DetectCommand::report);
    m_discovery->start(address);
    return std::nullopt;
}

void DetectCommand::report(const providers::DiscoveryResult &result)
{
    QTextStream out(stdout);
    const std::optional<providers::Suggestion> best = result.best();
    if (m_asJson) {
        QJsonArray suggestions;
        for (const providers::Suggestion &s : result.suggestions)
            suggestions.append(
                QJsonObject{{QStringLiteral("host"), s.host},
                            {QStringLiteral("port"), s.port},
                            {QStringLiteral("security"), smtp::securityName(s.security)},
                            {QStringLiteral("source"), s.source},
                            {QStringLiteral("confirmed"), s.confirmed},
                            {QStringLiteral("auth"), QJsonArray::fromStringList(s.authMechanisms)},
                            {QStringLiteral("problem"), s.problem},
                            {QStringLiteral("certificateNames"), QJsonArray::fromStringList(s.certificateNames)}});
        const providers::Provider *provider = m_catalogue->byId(result.providerId);
        const QJsonValue imap = result.imap.isSet() ? QJsonValue(accounts::imapToJson(result.imap)) : QJsonValue();
        out << QJsonDocument(QJsonObject{{QStringLiteral("address"), result.address},
                                         {QStringLiteral("provider"), result.providerId},
                                         {QStringLiteral("signIn"), provider ? provider->preferredSignIn() : QString()},
                                         {QStringLiteral("notes"), QJsonArray::fromStringList(notes(provider))},
                                         {QStringLiteral("username"), result.username},
                                         {QStringLiteral("timedOut"), result.timedOut},
                                         {QStringLiteral("suggestions"), suggestions},
                                         {QStringLiteral("imap"), imap},
                                         {QStringLiteral("imapSource"), result.imapSource}})
                   .toJson(QJsonDocument::Indented);
    } else if (best) {
        // What autoconfig files, DNS records and servers said is not trusted with the terminal.
        out << tr("found     %1 port %2 (%3), user name %4")
                   .arg(text::terminalSafe(best->host))
                   .arg(best->port)
                   .arg(smtp::securityName(best->security), text::terminalSafe(result.username))
            << Qt::endl;
        if (result.imap.isSet())
            out << tr("mailbox   %1 port %2 (%3), from %4")
                       .arg(text::terminalSafe(result.imap.host))
                       .arg(result.imap.port)
                       .arg(imap::imapSecurityName(result.imap.security), result.imapSource)
                << Qt::endl;
        printSignIn(out, m_catalogue->byId(result.providerId));
    } else {
        out << tr("not found: no server could be confirmed%1.")
                   .arg(result.timedOut ? tr(" before the time limit") : QString())
            << Qt::endl;
        QStringList hinted;
        for (const providers::Suggestion &s : result.suggestions) {
            if (!s.certificateNames.isEmpty() && !hinted.contains(s.host)) {
                hinted << s.host;
                out << tr("hint      %1 presents a certificate for %2; try that name as the server.")
                           .arg(text::terminalSafe(s.host),
                                text::terminalSafe(s.certificateNames.join(QStringLiteral(", "))))
                    << Qt::endl;
            }
        }
    }
    QCoreApplication::exit(best ? ExOk : ExUnavailable);
}

QStringList DetectCommand::notes(const providers::Provider *provider)
{
    QStringList notes;
    if (!provider)
        return notes;
    for (const QString &note : provider->notes)
        notes.append(providers::ProviderCatalogue::translated(note));
    if (provider->oauth2 && !provider->oauth2->hasClient())
        notes.append(tr("This copy of Remitente has no registration with %1 yet, so it cannot sign in there; an "
                        "administrator can add one (docs/oauth-registration.md).")
                         .arg(provider->signInBrand()));
    return notes;
}

void DetectCommand::printSignIn(QTextStream &out, const providers::Provider *provider)
{
    if (!provider)
        return;
    const QString kind = provider->preferredSignIn();
    QString how;
    if (kind == u"oauth2")
        how = tr("Sign in with %1 (OAuth2): remitente-cli account add --provider %2 --sign-in oauth2")
                  .arg(provider->signInBrand(), provider->id);
    else if (kind == u"app-password")
        how = provider->oauth2 ? tr("an app password (Sign in with %1 needs this build to be registered with it)")
                                     .arg(provider->signInBrand())
                               : tr("an app password");
    else if (kind == u"mailbox-password")
        how = tr("your mailbox password");
    else
        how = tr("a key from the service's dashboard");
    out << tr("sign in   %1").arg(text::terminalSafe(how)) << Qt::endl;
    for (const QString &note : notes(provider))
        out << tr("note      %1").arg(text::terminalSafe(note)) << Qt::endl;
}

} // namespace remitente::cli
