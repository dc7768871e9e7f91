#include "SenderDomainWarning.h"

#include "mime/Mailbox.h"
#include "providers/ProviderCatalogue.h"

#include <QCoreApplication>

namespace remitente::diagnosis {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::SendingWarnings)
};

bool sendsThrough(const providers::Provider &owner, const SendingContext &context)
{
    if (context.provider && context.provider->id == owner.id)
        return true;
    for (const providers::ServerSetting &server : owner.servers) {
        if (server.host.compare(context.smtpHost, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A personal mailbox service (Gmail, Outlook.com, Yahoo): its servers sign only for its own domains, and the
// catalogue lists no DNS setup that would let them sign for another.
bool signsOnlyItsOwnDomains(const providers::Provider *provider)
{
    return provider && provider->kind == u"mailbox" && !provider->domains.isEmpty() && !provider->domainSetup;
}

const DomainFinding *finding(const QList<DomainFinding> &findings, QStringView check)
{
    for (const DomainFinding &found : findings) {
        if (found.check == check)
            return &found;
    }
    return nullptr;
}

bool covers(const DomainFinding *found)
{
    return found && (found->verdict == Verdict::Pass || found->verdict == Verdict::Managed);
}

QString serverName(const SendingContext &context)
{
    if (context.provider)
        return Text::tr("%1's server (%2)").arg(context.provider->displayName(), context.smtpHost);
    return context.smtpHost;
}
} // namespace

std::optional<SendingWarning> senderDomainWarning(const SendingContext &context, const QString &fromAddress)
{
    const QString domain = mime::domainOf(fromAddress).toLower();
    if (domain.isEmpty())
        return std::nullopt;
    const providers::Provider *owner = context.catalogue ? context.catalogue->byDomain(domain) : nullptr;
    if (owner && owner->kind == u"mailbox") {
        if (sendsThrough(*owner, context))
            return std::nullopt;
        return SendingWarning{
            QStringLiteral("foreign-domain"),
            Text::tr("The message says it is from %1, an address at %2, but it goes out through %3, which is not "
                     "%2's. Receivers check %2's DMARC policy, and big mailbox providers tell them to junk or "
                     "refuse mail from their addresses that their own servers did not send (gmail.com "
                     "quarantines it).")
                .arg(fromAddress, domain, serverName(context)),
            Text::tr("Send from an address at your own domain (with SPF and DKIM for this server), or send this "
                     "message through your %1 account.")
                .arg(owner->displayName())};
    }
    const QList<DomainFinding> &findings = context.senderDomainFindings;
    const DomainFinding *spf = finding(findings, u"spf");
    const DomainFinding *dkim = finding(findings, u"dkim");
    if ((spf || dkim) && !covers(spf) && !covers(dkim))
        return SendingWarning{
            QStringLiteral("unsigned-domain"),
            Text::tr("The domain check of %1 found neither an SPF record that lets %2 send for it nor a DKIM key "
                     "it signs with, so receivers cannot tell this message from a forgery and %1's DMARC check "
                     "fails: it will be junked or refused.")
                .arg(domain, serverName(context)),
            Text::tr("Publish the SPF and DKIM records the domain check gives for %1 (Check my domain), or send "
                     "through a server that signs for it.")
                .arg(domain)};
    if (findings.isEmpty() && signsOnlyItsOwnDomains(context.provider))
        return SendingWarning{
            QStringLiteral("unsigned-domain"),
            Text::tr("The message says it is from %1, but it goes out through %2, which signs only for %3's own "
                     "addresses: receivers check %4's SPF and DKIM, find neither for this server, and junk or "
                     "refuse the message when %4 has a DMARC policy.")
                .arg(fromAddress, serverName(context), context.provider->displayName(), domain),
            Text::tr("Send mail from %1 through a server that signs for it (your hosting, Google Workspace, "
                     "Microsoft 365 or a sending service), and check the domain (Check my domain) for the records "
                     "it needs.")
                .arg(domain)};
    return std::nullopt;
}

} // namespace remitente::diagnosis
