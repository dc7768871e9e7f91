#pragma once

#include "providers/Discovery.h"

#include <QTimer>
#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace remitente::ui {

class SetupWizard;

// Page 2: name and email address. Discovery starts as soon as the person stops typing a valid address; its
// progress shows below, and it can be cancelled.
class AddressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AddressPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    bool isDiscovering() const { return m_discovery != nullptr; }

private:
    void addressEdited();
    void startDiscovery();
    void cancelDiscovery();
    void discoveryFinished(const providers::DiscoveryResult &result);
    bool showDuplicate(); // true when another saved account has this address

    SetupWizard *m_wizard;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLabel *m_addressProblem;
    QLabel *m_progress;
    QPushButton *m_cancel;
    QLabel *m_duplicate;
    QPushButton *m_editExisting;
    QTimer m_typingPause;
    std::unique_ptr<providers::Discovery> m_discovery;
    QString m_discoveredFor; // the address the last finished discovery was for
};

} // namespace remitente::ui
