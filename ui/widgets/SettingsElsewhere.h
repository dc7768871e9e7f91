#pragma once

#include "accounts/Account.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;
class QPushButton;

namespace remitente::accounts {
class SecretStore;
}
namespace remitente::providers {
class ProviderCatalogue;
}

namespace remitente::ui {

class CopyButton;

// "Use these settings elsewhere": the exact values a CRM, a WordPress plugin or another program asks for (server,
// port, encryption, user name), each with a copy button; what to use as the password for this kind of sign-in,
// with a way to show and copy it after confirming; and the fingerprint of a certificate the account trusts.
class SettingsElsewhere : public QGroupBox
{
    Q_OBJECT
public:
    explicit SettingsElsewhere(QWidget *parent = nullptr);
    // Where the password is read from when the person asks to see it, and who "Sign in with ..." names.
    void setSources(accounts::SecretStore *secrets, const providers::ProviderCatalogue *catalogue);
    void show(const accounts::Account &account);

private:
    QString passwordText() const;
    void addRow(const QString &name, const QString &value, bool copyable, const QString &shown = {});
    void addPasswordRow();
    void askToShowPassword();
    void showPassword();

    accounts::SecretStore *m_secrets = nullptr;
    const providers::ProviderCatalogue *m_catalogue = nullptr;
    accounts::Account m_account;
    QGridLayout *m_grid;
    int m_rows = 0;
    QLabel *m_password = nullptr;
    QPushButton *m_reveal = nullptr;
    CopyButton *m_copyPassword = nullptr;
    QString m_secret;
};

} // namespace remitente::ui
