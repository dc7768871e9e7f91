#pragma once

#include "AppServices.h"

#include "accounts/Account.h"

#include <QDialog>

class QLabel;

namespace remitente::ui {

class ProviderSignInPanel;

// "Sign in again" for an account whose provider ended its sign-in (revoked, expired, password changed): the
// provider's page in the browser, the new sign-in into the keychain, and the mail that waited goes out.
class SignInAgainDialog : public QDialog
{
    Q_OBJECT
public:
    SignInAgainDialog(const AppServices &services, const accounts::Account &account, QWidget *parent = nullptr);

Q_SIGNALS:
    void signedIn(const QString &accountId);

private:
    void save(const oauth::Tokens &tokens);

    AppServices m_services;
    accounts::Account m_account;
    ProviderSignInPanel *m_panel;
    QLabel *m_result;
};

} // namespace remitente::ui
