#pragma once

#include "accounts/AccountCheck.h"
#include "diagnosis/DiagnosisAction.h"
#include "smtp/TlsFailure.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace remitente::ui {

class CheckList;
class DiagnosisCard;
class SetupWizard;

// Page 6: the live checklist (find server, connect, secure, sign in, send a test email) with a tick or cross and
// the time of each step; on failure, a diagnosis card whose buttons act (back to the password, the other port,
// trust this one certificate after seeing it, copy the details).
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckPage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    void runCheck(bool sendTest);

private:
    void stepChanged(accounts::AccountCheck::Step step, accounts::AccountCheck::StepState state, qint64 ms);
    void checkFinished(const accounts::AccountCheck::Outcome &outcome);
    void act(diagnosis::DiagnosisAction action);
    void showCertificate();
    void setBusy(bool busy);

    SetupWizard *m_wizard;
    accounts::AccountCheck m_check;
    CheckList *m_list;
    QLabel *m_status;
    QPushButton *m_checkOnly;
    QPushButton *m_sendTest;
    QPushButton *m_stop;
    QCheckBox *m_otherRecipient;
    QLineEdit *m_recipient;
    DiagnosisCard *m_card;
    QWidget *m_certificatePanel;
    QLabel *m_certificateText;
    std::optional<smtp::TlsFailure> m_lastTls;
    bool m_sendingTest = false;
    int m_planGeneration = 0; // a stopped or repeated check ignores the plan it asked for
};

} // namespace remitente::ui
