#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace remitente::ui {

class SetupWizard;

class ProviderSignInPanel;

// Page 4: "Sign in with Microsoft/Google" where the provider offers it (in the system browser), and/or the
// provider's own steps for an app password, a button that opens the provider's page, and the password field
// (show/hide; pasted spaces dropped where the provider's format allows). Where the provider no longer takes
// passwords, it says so plainly instead of asking for one.
class SignInPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void focusPassword();

private:
    bool passwordsRefused() const;
    bool offersProviderSignIn() const;  // the catalogue has "Sign in with ..." for this provider
    bool signingInWithProvider() const; // ... and it is the way chosen
    bool hasSignIn() const;             // a sign-in with the chosen provider happened (or is kept)
    bool keepsSavedSignIn() const;
    bool asksForUsername() const;
    bool serverPageSkippable() const; // the catalogue gave every server setting: nothing to ask there
    QWidget *fieldToFocus() const;
    void focusField();
    void setUpProviderSignIn();
    void updateWay();

    SetupWizard *m_wizard;
    QLabel *m_providerIntro;
    ProviderSignInPanel *m_providerPanel;
    QRadioButton *m_useProvider;
    QRadioButton *m_usePassword;
    QCheckBox *m_reveal;
    QCheckBox *m_changeServer;
    QLabel *m_steps;
    QPushButton *m_openPage;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
};

} // namespace remitente::ui
