#pragma once

#include "accounts/SessionPlanner.h"
#include "diagnosis/AdminRequest.h"

#include <QDialog>

namespace remitente::ui {

// "Write to my IT admin": the ready message (what to change, exactly, and the server's words) to copy or to open
// in the person's mail program. Shown for Microsoft 365 tenant refusals (SMTP AUTH off, Security Defaults, consent,
// Send As).
class AdminRequestDialog : public QDialog
{
    Q_OBJECT
public:
    AdminRequestDialog(const diagnosis::AdminRequest &request, QWidget *parent = nullptr);
    // The message for this diagnosis and account (the mailbox, and the app's registration for a consent), shown.
    static void openFor(const diagnosis::Diagnosis &diagnosis, const accounts::Account &account,
                        const accounts::SessionPlanner *planner, QWidget *parent);
};

} // namespace remitente::ui
