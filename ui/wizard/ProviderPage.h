#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace remitente::ui {

class SetupWizard;

// Page 3: what was found ("Gmail", "Your host: mail.example.es") and a way to pick another provider.
class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProviderPage(SetupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupWizard *m_wizard;
    QLabel *m_found;
    QComboBox *m_choice;
    QString m_shownChoice; // the provider selected when the page opened
};

} // namespace remitente::ui
