#pragma once

#include "diagnosis/DomainCheck.h"

#include <QWizardPage>

#include <memory>

class QLabel;

namespace remitente::ui {

class SettingsElsewhere;
class SetupWizard;

// Page 7: the account is saved, the password is in the keychain, and "Use these settings elsewhere" gives the
// exact values a CRM, a WordPress plugin or another program asks for, with copy buttons. For a domain of the
// person's own, the domain check (SPF, DKIM, DMARC) runs here too.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(SetupWizard *wizard);
    void initializePage() override;

private:
    void save();
    void showSettings();
    void startDomainCheck();
    void showFindings(const QList<diagnosis::DomainFinding> &findings);

    SetupWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_keychain;
    SettingsElsewhere *m_settings;
    QLabel *m_domain;
    std::unique_ptr<diagnosis::DomainCheck> m_domainCheck;
};

} // namespace remitente::ui
