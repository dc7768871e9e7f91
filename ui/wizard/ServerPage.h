#pragma once

#include "imap/ImapServer.h"

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
    // Where the mailbox most likely is for the SMTP server in the fields (the catalogue's, else beside it).
    imap::ImapServer suggestedImap() const;

    SetupWizard *m_wizard;
    QLabel *m_summary;
    QGroupBox *m_advanced;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    // Where the account's own mailbox is read (to find the test email); follows the SMTP server until edited.
    QLineEdit *m_imapHost;
    QSpinBox *m_imapPort;
    QComboBox *m_imapSecurity;
    bool m_imapEdited = false;
    QLabel *m_problem;
};

} // namespace remitente::ui
