#include "DeliveryConfirmation.h"

#include "providers/ImapSuggestion.h"

#include <QCoreApplication>
#include <QTimer>

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::DeliveryConfirmation)
};
} // namespace

imap::ImapServer mailboxServerFor(const Account &account, const providers::ProviderCatalogue *catalogue)
{
    if (account.imap.isSet())
        return account.imap;
    return providers::suggestedImapServer(catalogue, account.providerId, account.address, account.host);
}

SessionPlan mailboxSignIn(const Account &account, SessionPlan smtpSignIn)
{
    if (!account.imapPinnedSha256.isEmpty())
        smtpSignIn.options.pinnedSha256 = account.imapPinnedSha256;
    return smtpSignIn;
}

DeliveryConfirmation::DeliveryConfirmation(QObject *parent) : QObject(parent)
{
}

DeliveryConfirmation::~DeliveryConfirmation()
{
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->deleteLater();
    }
}

void DeliveryConfirmation::start(const imap::ImapServer &server, const SessionPlan &plan, const QByteArray &messageId,
                                 std::chrono::milliseconds limit)
{
    if (!server.isSet()) {
        QTimer::singleShot(0, this, [this] {
            DeliveryConfirmationResult result;
            result.problem = Text::tr("Remitente does not know where this account's mailbox is read (its IMAP "
                                      "server): set it in the account's advanced settings to see where the test "
                                      "email lands.");
            Q_EMIT finished(result);
        });
        return;
    }
    imap::ArrivalWatchOptions options;
    options.session.server = server;
    options.session.extraCaCertificates = plan.options.extraCaCertificates;
    options.session.pinnedSha256 = plan.options.pinnedSha256;
    options.session.timeouts.connect = plan.options.timeouts.connect;
    options.credentials = plan.credentials;
    options.messageId = messageId.startsWith('<') ? messageId : '<' + messageId + '>';
    options.limit = limit;
    m_watch = new imap::ArrivalWatch(options, this);
    connect(m_watch, &imap::ArrivalWatch::signedIn, this, &DeliveryConfirmation::signedIn);
    connect(m_watch, &imap::ArrivalWatch::searched, this, [this](int, double seconds) { Q_EMIT looked(seconds); });
    connect(m_watch, &imap::ArrivalWatch::finished, this, &DeliveryConfirmation::finish);
    m_watch->start();
}

void DeliveryConfirmation::cancel()
{
    if (m_watch)
        m_watch->cancel();
}

void DeliveryConfirmation::finish(const imap::ArrivalResult &arrival)
{
    DeliveryConfirmationResult result;
    result.place = arrival.place;
    result.seconds = arrival.seconds;
    result.mailbox = arrival.mailbox;
    result.usedIdle = arrival.usedIdle;
    if (arrival.error) {
        result.cancelled = arrival.error->kind == imap::ImapErrorKind::Cancelled;
        result.problem = arrival.error->message;
        if (arrival.error->kind == imap::ImapErrorKind::CertificateRejected)
            result.tls = arrival.error->tls;
    }
    if (!arrival.header.isEmpty()) {
        result.verdict = diagnosis::readReceiverVerdict(arrival.header);
        result.problems = diagnosis::verdictProblems(result.verdict);
    }
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->deleteLater();
    }
    Q_EMIT finished(result);
}

} // namespace remitente::accounts
