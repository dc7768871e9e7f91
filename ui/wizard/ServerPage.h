#pragma once

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace remitente::ui {

class SetupWizard;

// Page 5: the server settings, prefilled; the fields stay tucked under "Advanced" unless something is missing.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void showAdvanced();

private:
    QString problem() const;
    void updateSummary();

    SetupWizard *m_wizard;
    QLabel *m_summary;
    QGroupBox *m_advanced;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    QLabel *m_problem;
};

} // namespace remitente::ui
