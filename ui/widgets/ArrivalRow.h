#pragma once

#include "accounts/DeliveryConfirmation.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;

namespace remitente::ui {

class DiagnosisCard;

// The checklist's sixth step, "Arrived": after the test email, looks for it in the account's own mailbox
// (accounts::DeliveryConfirmation) and says in words where it landed, after how long, what the receiving server
// checked, and what to do when it landed in Spam or did not come. Shared by the wizard's check page and the main
// window's "Send test email".
class ArrivalRow : public QWidget
{
    Q_OBJECT
public:
    enum class State { Hidden, Pending, Looking, Inbox, Junk, NotFound, Problem, Cancelled, NoMailbox };
    Q_ENUM(State)

    explicit ArrivalRow(QWidget *parent = nullptr);

    void hideRow();     // no test email: no sixth step
    void showPending(); // the test email is being sent
    // Looks for messageId in the mailbox at server, signed in as plan (the SMTP session's sign-in).
    void start(const imap::ImapServer &server, const accounts::SessionPlan &plan, const QByteArray &messageId);
    // Nowhere to look: said plainly, with the way to the advanced settings (when someone handles
    // advancedSettingsRequested).
    void showNoMailbox(bool offerSettings);
    void cancel(); // the person's Cancel: the row then says it stopped

    bool isRunning() const;
    State state() const { return m_state; }
    void setLimit(std::chrono::milliseconds limit) { m_limit = limit; } // 2 minutes; shorter in tests

Q_SIGNALS:
    void advancedSettingsRequested();
    // The person trusted the mailbox server's certificate after seeing it: its fingerprint, to be saved with the
    // account (Account::imapPinnedSha256). The row looks again by itself, trusting it.
    void mailboxCertificateTrusted(const QByteArray &sha256);
    void stateChanged(remitente::ui::ArrivalRow::State state);

private:
    void drop(); // forgets the look under way, if any, without a word
    void setState(State state, const QIcon &icon, const QString &status, const QString &details);
    void lookAgain();
    void tick();
    void finished(const accounts::DeliveryConfirmationResult &result);
    void explainCertificate(const smtp::TlsFailure &tls, const QString &problem);
    void hideCard();

    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_details;
    QPushButton *m_cancel;
    QPushButton *m_lookAgain;
    QPushButton *m_settings;
    DiagnosisCard *m_card = nullptr; // made when a certificate needs explaining
    std::optional<smtp::TlsFailure> m_tls;
    accounts::DeliveryConfirmation *m_confirmation = nullptr;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_limit = std::chrono::minutes(2);
    State m_state = State::Hidden;
    // What the last look was for, so that "Look again" can look once more.
    imap::ImapServer m_server;
    accounts::SessionPlan m_plan;
    QByteArray m_messageId;
};

} // namespace remitente::ui
