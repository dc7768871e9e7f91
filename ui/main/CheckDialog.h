#pragma once

#include "AppServices.h"
#include "accounts/AccountCheck.h"

#include <QDialog>

class QLabel;

namespace remitente::ui {

class ArrivalRow;
class CheckList;
class DiagnosisCard;

// "Check connection" and "Send test email" for a saved account, from the main window: the same checklist and
// diagnosis card as the wizard, with the password from the keychain, and after a test email where it arrived. A
// success records verified-at.
class CheckDialog : public QDialog
{
    Q_OBJECT
public:
    CheckDialog(const AppServices &services, const accounts::Account &account, bool sendTest,
                QWidget *parent = nullptr);
    void start();

Q_SIGNALS:
    void accountChanged();
    void editRequested(const QString &accountId);
    void signInRequested(const QString &accountId); // the provider's sign-in ended or was refused

private:
    void finished(const accounts::AccountCheck::Outcome &outcome);

    AppServices m_services;
    accounts::Account m_account;
    bool m_sendTest;
    accounts::AccountCheck m_check;
    accounts::AccountCheck::Request m_request; // of the check running or last run
    CheckList *m_list;
    ArrivalRow *m_arrival; // after the test email: where it landed in the account's own mailbox
    QLabel *m_status;
    DiagnosisCard *m_card;
};

} // namespace remitente::ui
