#include "TestEmailCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "MessageSources.h"

#include "accounts/AccountCheck.h"
#include "providers/ProviderCatalogue.h"
#include "mime/AddressParser.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

TestEmailCommand::TestEmailCommand()
    : m_to(QStringLiteral("to"), tr("Send it to this address instead of the account's own."), tr("address")),
      m_json(QStringLiteral("json"), tr("Print one JSON object (stages, the server's reply, the Message-ID).")),
      m_transcript(QStringLiteral("transcript"), tr("Also print the conversation with the server (passwords hidden).")),
      m_confirmDelivery(QStringLiteral("confirm-delivery"),
                        tr("Then look for it in the account's mailbox (IMAP) and say where it landed: \"arrived "
                           "inbox|junk|not-found SECONDS\" and the receiver's checks. Exit code 0 in the Inbox, 1 in "
                           "Spam, 75 not found in time.")),
      m_arrivalLimit(QStringLiteral("arrival-limit"),
                     tr("With --confirm-delivery: how long to look before saying not-found (default 120)."),
                     tr("seconds"), QStringLiteral("120"))
{
}

QString TestEmailCommand::summary() const
{
    return tr("send a test email through a saved account and say what the server answered");
}

void TestEmailCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Send the test email the setup wizard sends, through a saved account (--account), to the account's own "
           "address unless --to is given, and say what the server answered. The exit code is send's: 0 when the "
           "server took it."));
    parser.addOptions({m_to, m_json, m_transcript, m_confirmDelivery, m_arrivalLimit});
    m_connection.addTo(parser);
}

std::optional<int> TestEmailCommand::run(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("account")))
        return usageError(tr("Usage: remitente-cli test-email --account ACCOUNT [--to ADDRESS] [--confirm-delivery] "
                             "[--json]"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("test-email takes no message: it writes its own."));
    Connection connection;
    if (const std::optional<int> wrong = m_connection.read(parser, connection))
        return wrong;
    m_account = *connection.account;
    m_recipient = parser.isSet(m_to) ? parser.value(m_to).trimmed() : m_account.address;
    if (const QString problem = mime::checkAddress(m_recipient); !problem.isEmpty())
        return usageError(tr("--to \"%1\": %2.").arg(text::terminalSafe(m_recipient), problem));
    m_confirm = parser.isSet(m_confirmDelivery);
    bool number = false;
    m_limitSeconds = parser.value(m_arrivalLimit).toInt(&number);
    if (!number || m_limitSeconds < 1 || m_limitSeconds > 3600)
        return usageError(tr("--arrival-limit takes a number of seconds from 1 to 3600."));
    // Refused before anything is sent: a test email whose arrival cannot be checked is not what was asked for.
    const std::optional<providers::ProviderCatalogue> catalogue
        = m_confirm ? providers::ProviderCatalogue::load() : std::nullopt;
    if (m_confirm)
        m_mailbox = accounts::mailboxServerFor(m_account, catalogue ? &*catalogue : nullptr);
    if (m_confirm && !m_mailbox.isSet())
        return failWith(ExConfig,
                        tr("--confirm-delivery: Remitente does not know where this account's mailbox is read. Give "
                           "its IMAP server with: remitente-cli account edit %1 --imap-host HOST")
                            .arg(text::terminalSafe(m_account.id)));
    m_jsonOutput = parser.isSet(m_json);

    accounts::AccountCheck::Request request;
    request.session.options = connection.options;
    request.fromAddress = m_account.address;
    request.fromName = m_account.displayName;
    request.testRecipient = m_recipient;
    mime::Message message = accounts::testMessage(request);
    // Known before sending, so the arrival check can look for exactly this message.
    message.messageId = mime::newMessageId(m_account.address);
    m_messageId = message.messageId;

    SmtpPlan plan{.command = name(),
                  .connection = connection,
                  .envelope = {m_account.address, {m_recipient}},
                  .messages = {},
                  .json = m_jsonOutput,
                  .transcript = parser.isSet(m_transcript)};
    if (const std::optional<int> unwritable = addComposedMessage(message, plan.messages))
        return unwritable;
    plan.then = [this](int exitCode, const QJsonObject &document) { sent(exitCode, document); };
    m_run.start(std::move(plan));
    return std::nullopt;
}

void TestEmailCommand::sent(int exitCode, QJsonObject document)
{
    if (m_jsonOutput) {
        document.insert(QStringLiteral("to"), m_recipient);
        document.insert(QStringLiteral("messageId"), QString::fromLatin1(m_messageId));
    } else if (exitCode == ExOk) {
        QTextStream(stdout) << tr("The server accepted the test email to %1 (Message-ID <%2>).")
                                   .arg(text::terminalSafe(m_recipient), QString::fromLatin1(m_messageId))
                            << Qt::endl;
    }
    if (exitCode != ExOk || !m_confirm) {
        finish(exitCode, document);
        return;
    }
    // The seam for issue 16's "Arrived": the message the server took, looked for in the account's own mailbox.
    const std::optional<accounts::SessionPlan> &signIn = m_run.sessionPlan();
    if (!signIn) {
        finish(ExSoftware, document);
        return;
    }
    if (!m_jsonOutput)
        QTextStream(stdout) << tr("Looking for it in your mailbox (for up to %n second(s))…", nullptr, m_limitSeconds)
                            << Qt::endl;
    m_arrival = std::make_unique<ArrivalCheck>();
    m_arrival->start(m_mailbox, accounts::mailboxSignIn(m_account, *signIn), m_messageId,
                     std::chrono::seconds(m_limitSeconds), [this, document](const Arrival &arrival) mutable {
                         if (!arrival.problem.isEmpty()) {
                             QTextStream(stderr) << text::terminalSafe(arrival.problem) << Qt::endl;
                             document.insert(QStringLiteral("arrivalProblem"), arrival.problem);
                             finish(ExTempFail, document);
                             return;
                         }
                         const QString line
                             = ArrivalCheck::summaryLine(arrival); // "arrived inbox|junk|not-found SECONDS"
                         if (m_jsonOutput) {
                             document.insert(QStringLiteral("arrived"), line.section(u' ', 1, 1));
                             document.insert(QStringLiteral("arrivedSeconds"), arrival.seconds);
                             document.insert(QStringLiteral("mailbox"), arrival.mailbox);
                             document.insert(QStringLiteral("authenticationResults"),
                                             QJsonArray::fromStringList(arrival.authenticationResults));
                             document.insert(QStringLiteral("advice"), QJsonArray::fromStringList(arrival.advice));
                         } else {
                             QTextStream(stdout) << line << Qt::endl;
                             for (const QString &result : arrival.authenticationResults)
                                 QTextStream(stdout) << text::terminalSafe(result) << Qt::endl;
                             // The why and the fix, for people: on standard error, so scripts read the lines above
                             // alone.
                             for (const QString &advice : arrival.advice)
                                 QTextStream(stderr) << text::terminalSafe(advice) << Qt::endl;
                         }
                         finish(ArrivalCheck::exitCodeFor(arrival), document);
                     });
}

void TestEmailCommand::finish(int exitCode, const QJsonObject &document)
{
    if (m_jsonOutput) {
        QJsonObject shown = document;
        shown.insert(QStringLiteral("exitCode"), exitCode);
        QTextStream(stdout) << QJsonDocument(shown).toJson(QJsonDocument::Indented);
    }
    QCoreApplication::exit(exitCode);
}

} // namespace remitente::cli
