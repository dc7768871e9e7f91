#pragma once

#include "ArrivalCheck.h"
#include "Command.h"
#include "ConnectionOptions.h"
#include "SmtpRun.h"

#include <memory>

namespace remitente::cli {

// `remitente-cli test-email --account A [--to ADDRESS] [--confirm-delivery] [--json]`: sends the wizard's test email
// through a saved account (to its own address unless --to) and says what the server answered. With
// --confirm-delivery it then looks for the message in the account's mailbox (ArrivalCheck), once that is built.
class TestEmailCommand : public Command
{
    Q_OBJECT
public:
    TestEmailCommand();
    QString name() const override { return QStringLiteral("test-email"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    // After the server's answer: the words (or the JSON document), then the arrival check when asked.
    void sent(int exitCode, QJsonObject document);
    void finish(int exitCode, const QJsonObject &document);

    QCommandLineOption m_to, m_json, m_transcript, m_confirmDelivery, m_arrivalLimit;
    ConnectionOptions m_connection;
    SmtpRun m_run;
    accounts::Account m_account;
    imap::ImapServer m_mailbox; // where --confirm-delivery looks, known before sending
    QString m_recipient;
    QByteArray m_messageId;
    bool m_jsonOutput = false;
    bool m_confirm = false;
    int m_limitSeconds = 120;
    std::unique_ptr<ArrivalCheck> m_arrival;
};

} // namespace remitente::cli
