#pragma once

#include "accounts/AccountCheck.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/DiagnosisAction.h"
#include "smtp/TlsFailure.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace remitente::ui {

class ArrivalRow;
class CheckList;
class DiagnosisCard;
class SetupWizard;

// Page 6: the live checklist (find server, connect, secure, sign in, send a test email, and then where the test email
// arrived) with a tick or cross and the time of each step; on failure, a diagnosis card whose buttons act (back to the
// password, the other port, trust this one certificate after seeing it, copy the details).
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckPage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void runCheck(bool sendTest);
    void startCheck(bool sendTest); // a check the person asked for: the other port may be tried once

private:
    void stepChanged(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 ms);
    void checkFinished(const accounts::AccountCheck::Outcome &outcome);
    bool tryOtherPort(const accounts::AccountCheck::Outcome &outcome, const diagnosis::Diagnosis &diagnosis);
    void act(diagnosis::DiagnosisAction action);
    void showCertificate();
    void setBusy(bool busy);
    void updateSendLabel();
    void recordTestEmail(const accounts::AccountCheck::Outcome &outcome);
    void lookForTestEmail();

    SetupWizard *m_wizard;
    accounts::AccountCheck m_check;
    CheckList *m_list;
    ArrivalRow *m_arrival; // the sixth step, after a test email to the account's own address
    QLabel *m_status;
    QPushButton *m_checkOnly;
    QPushButton *m_sendTest;
    QPushButton *m_stop;
    QCheckBox *m_otherRecipient;
    QLineEdit *m_recipient;
    DiagnosisCard *m_card;
    QScrollArea *m_scroll;
    accounts::AccountCheck::Request m_request; // of the check running or last run
    std::optional<smtp::TlsFailure> m_lastTls;
    bool m_sendingTest = false;
    struct FirstFailure {
        accounts::AccountCheck::Outcome outcome; // empty once both ports were tried
        quint16 port = 0;
        smtp::Security security = smtp::Security::ImplicitTls;
    };
    std::optional<FirstFailure> m_firstFailure; // the blocked port, while the other one is tried
    int m_planGeneration = 0;                   // a stopped or repeated check ignores the plan it asked for
};

} // namespace remitente::ui
