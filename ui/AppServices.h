#pragma once

#include "wizard/SetupWizard.h"

#include "outbox/Outbox.h"

class QSettings;

namespace remitente::ui {

// Everything the main window and the composer talk to: the wizard's services (the catalogue, the keychain, the
// planner, the account list), plus the outbox.
struct AppServices : WizardServices {
    outbox::OutboxStore *outboxStore = nullptr;
    outbox::Outbox *outbox = nullptr;
    QString draftsFolder;          // one JSON file per unsent message being written
    QSettings *settings = nullptr; // what the windows remember (their size); nothing when null
};

} // namespace remitente::ui
