#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace remitente::ui {

class SetupWizard;

// Page 4: the provider's own steps for an app password, a button that opens the provider's page, and the
// password field (show/hide; pasted spaces dropped where the provider's format allows). Where the provider no
// longer takes passwords, it says so plainly instead of asking for one.
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

    SetupWizard *m_wizard;
    QLabel *m_steps;
    QPushButton *m_openPage;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
};

} // namespace remitente::ui
