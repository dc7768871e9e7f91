#pragma once

#include "diagnosis/DomainCheck.h"

#include <QWizardPage>

#include <memory>

class QLabel;

namespace remitente::ui {

class DomainSummary;
class SettingsElsewhere;
class SetupWizard;

// Page 7: the account is saved (said first), the password is in the keychain, the domain check (SPF, DKIM, DMARC)
// in a few words with its details folded, and "Use these settings elsewhere" with the exact values a CRM, a
// WordPress plugin or another program asks for, with copy buttons.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(SetupWizard *wizard);
    void initializePage() override;

private:
    void save();
    void showSettings();
    void openUseAccountIn();
    void startDomainCheck();
    void showFindings(const QList<diagnosis::DomainFinding> &findings);

    SetupWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_keychain;
    SettingsElsewhere *m_settings;
    DomainSummary *m_domain;
    std::unique_ptr<diagnosis::DomainCheck> m_domainCheck;
};

} // namespace remitente::ui
