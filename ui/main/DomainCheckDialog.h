#pragma once

#include "accounts/Account.h"
#include "wizard/SetupWizard.h"

#include <QDialog>

namespace remitente::ui {

// The check of an account's own domain (SPF, DKIM, DMARC, MX, each with why and the record to add), started as
// it opens. From the main window ("Check my domain") and from a diagnosis that points at the domain.
class DomainCheckDialog : public QDialog
{
    Q_OBJECT
public:
    DomainCheckDialog(const WizardServices &services, const accounts::Account &account, QWidget *parent = nullptr);

    // Opens one that deletes itself when closed.
    static void openFor(const WizardServices &services, const accounts::Account &account, QWidget *parent);
};

} // namespace remitente::ui
