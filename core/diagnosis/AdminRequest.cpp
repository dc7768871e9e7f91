#include "AdminRequest.h"

#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace remitente::diagnosis {

namespace {

QString oneLine(const QString &text, qsizetype limit = 600)
{
    const QString safe = text::terminalSafe(text.trimmed());
    return safe.size() > limit ? safe.left(limit) + u'…' : safe;
}

// An argument for PowerShell: plain addresses as they are, anything else single-quoted (a quote doubled), so no
// character of it can run as code.
QString powerShellArgument(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._%+@-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

QString indented(const QString &line)
{
    return QStringLiteral("    ") + line;
}

QString domainOf(const QString &address)
{
    return address.section(u'@', -1);
}

QString consentTenant(const AdminRequestDetails &details)
{
    static const QStringList shared
        = {QStringLiteral("common"), QStringLiteral("organizations"), QStringLiteral("consumers")};
    if (!details.tenant.isEmpty() && !shared.contains(details.tenant, Qt::CaseInsensitive))
        return details.tenant;
    return domainOf(details.mailbox);
}

QString consentUrl(const AdminRequestDetails &details)
{
    QUrl url(QStringLiteral("https://login.microsoftonline.com/"));
    url.setPath(u'/' + consentTenant(details) + QStringLiteral("/adminconsent"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), details.clientId);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

struct Parts {
    QString subject;
    QStringList paragraphs; // each a block of lines
};

// The texts, in one class so that they share a translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::AdminRequest)
public:
    static Parts smtpAuth(AdminChange change, const QString &mailbox);
    static Parts securityDefaults(const QString &mailbox);
    static Parts adminConsent(const AdminRequestDetails &details);
    static Parts sendAs(const QString &mailbox, const QString &shared);
    static AdminRequest assemble(const Parts &parts, const QString &serverWords);
};

Parts Text::smtpAuth(AdminChange change, const QString &mailbox)
{
    const QString command = QStringLiteral("Set-CASMailbox -Identity %1 -SmtpClientAuthenticationDisabled $false")
                                .arg(powerShellArgument(mailbox));
    Parts parts;
    parts.subject = tr("Please turn on SMTP AUTH for %1").arg(mailbox);
    if (change == AdminChange::SmtpAuthForTenant)
        parts.paragraphs << tr("I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it "
                               "because SMTP AUTH (Authenticated SMTP) is turned off for our whole organisation. "
                               "It is needed even when signing in with Microsoft.")
                                .arg(mailbox)
                         << tr("Could you turn it on for my mailbox? In Exchange Online PowerShell (this overrides "
                               "the organisation's setting for my mailbox only):")
                + u'\n' + indented(command)
                         << tr("Or, for the whole organisation:") + u'\n'
                + indented(QStringLiteral("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"));
    else
        parts.paragraphs << tr("I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it "
                               "because SMTP AUTH (Authenticated SMTP) is turned off for my mailbox. It is needed "
                               "even when signing in with Microsoft.")
                                .arg(mailbox)
                         << tr("Could you turn it on for my mailbox? In Exchange Online PowerShell:") + u'\n'
                + indented(command)
                         << tr("Or in the Microsoft 365 admin center: Users > Active users > my account > Mail > "
                               "Manage email apps > Authenticated SMTP.");
    return parts;
}

Parts Text::securityDefaults(const QString &mailbox)
{
    Parts parts;
    parts.subject = tr("Please allow SMTP AUTH for %1").arg(mailbox);
    parts.paragraphs
        << tr("I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because our "
              "organisation's Security Defaults block SMTP AUTH (Authenticated SMTP).")
               .arg(mailbox)
        << tr("Could you allow SMTP AUTH for my mailbox? Security Defaults are managed in the Microsoft Entra admin "
              "center (Identity > Overview > Properties > Manage security defaults); organisations that turn them "
              "off usually put Conditional Access policies in their place.")
        << tr("SMTP AUTH must also be on for my mailbox; in Exchange Online PowerShell:") + u'\n'
            + indented(QStringLiteral("Set-CASMailbox -Identity %1 -SmtpClientAuthenticationDisabled $false")
                           .arg(powerShellArgument(mailbox)));
    return parts;
}

Parts Text::adminConsent(const AdminRequestDetails &details)
{
    Parts parts;
    parts.subject = tr("Please approve the Remitente app for our organisation");
    parts.paragraphs << tr("I use Remitente, an email program, to send email from %1 with Sign in with Microsoft. "
                           "Signing in needs an administrator's approval (admin consent) for the application.")
                            .arg(details.mailbox);
    QStringList facts = {tr("Application: Remitente")};
    if (!details.clientId.isEmpty())
        facts << tr("Application (client) ID: %1").arg(oneLine(details.clientId, 100));
    facts << (details.scopes.isEmpty()
                  ? tr("Permissions it asks for: send email as the person signed in (SMTP.Send) and stay signed in "
                       "(offline_access).")
                  : tr("Permissions it asks for: %1").arg(oneLine(details.scopes.join(u' '))));
    parts.paragraphs << facts.join(u'\n');
    if (!details.clientId.isEmpty())
        parts.paragraphs << tr("You can approve it for the organisation here:") + u'\n' + indented(consentUrl(details))
                         << tr("Or in the Microsoft Entra admin center: Enterprise applications > Remitente > "
                               "Permissions > Grant admin consent.");
    else
        parts.paragraphs << tr("Could you approve it in the Microsoft Entra admin center: Enterprise applications > "
                               "Remitente > Permissions > Grant admin consent?");
    return parts;
}

Parts Text::sendAs(const QString &mailbox, const QString &shared)
{
    const QString sharedText = shared.isEmpty() ? tr("the shared mailbox") : shared;
    const QString sharedArgument = shared.isEmpty() ? QStringLiteral("<shared mailbox>") : powerShellArgument(shared);
    Parts parts;
    parts.subject = shared.isEmpty() ? tr("Please give %1 Send As permission").arg(mailbox)
                                     : tr("Please give %1 Send As permission on %2").arg(mailbox, shared);
    parts.paragraphs
        << tr("I need to send email as %1 from my own mailbox %2, and Microsoft 365 refuses it because my mailbox "
              "does not have Send As permission on it.")
               .arg(sharedText, mailbox)
        << tr("Could you give my mailbox Send As permission? In Exchange Online PowerShell:") + u'\n'
            + indented(QStringLiteral("Add-RecipientPermission -Identity %1 -Trustee %2 -AccessRights SendAs")
                           .arg(sharedArgument, powerShellArgument(mailbox)))
        << tr("Or in the Exchange admin center: Recipients > Mailboxes > %1 > Delegation > Send as.").arg(sharedText);
    return parts;
}

AdminRequest Text::assemble(const Parts &parts, const QString &serverWords)
{
    QStringList paragraphs = {tr("Hello,")};
    paragraphs << parts.paragraphs;
    if (!serverWords.isEmpty())
        paragraphs << tr("The exact answer was:") + u'\n' + indented(oneLine(serverWords));
    paragraphs << tr("Thank you.");
    return AdminRequest{parts.subject, paragraphs.join(QStringLiteral("\n\n")) + u'\n'};
}

} // namespace

std::optional<AdminRequest> adminRequest(const Diagnosis &diagnosis, const AdminRequestDetails &details)
{
    if (!diagnosis.adminChange || !diagnosis.actions.contains(DiagnosisAction::WriteToAdmin))
        return std::nullopt;
    // The addresses are the person's own, but they end up in commands an admin runs: one line each, escaped.
    AdminRequestDetails safe = details;
    safe.mailbox = oneLine(details.mailbox, 320);
    safe.sendAs = oneLine(details.sendAs, 320);
    safe.tenant = oneLine(details.tenant, 200);

    Parts parts;
    switch (*diagnosis.adminChange) {
    case AdminChange::SmtpAuthForMailbox:
    case AdminChange::SmtpAuthForTenant:
        parts = Text::smtpAuth(*diagnosis.adminChange, safe.mailbox);
        break;
    case AdminChange::SecurityDefaults:
        parts = Text::securityDefaults(safe.mailbox);
        break;
    case AdminChange::AdminConsent:
        parts = Text::adminConsent(safe);
        break;
    case AdminChange::SendAs:
        parts = Text::sendAs(safe.mailbox, safe.sendAs);
        break;
    }
    return Text::assemble(parts, diagnosis.serverWords);
}

} // namespace remitente::diagnosis
