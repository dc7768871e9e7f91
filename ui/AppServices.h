#pragma once

#include "wizard/SetupWizard.h"

#include "outbox/Outbox.h"

namespace remitente::ui {

// Everything the main window and the composer talk to (the wizard's services plus the outbox).
struct AppServices {
    WizardServices wizard;
    outbox::OutboxStore *outboxStore = nullptr;
    outbox::Outbox *outbox = nullptr;
    QString draftsFolder; // one JSON file per unsent message being written
};

} // namespace remitente::ui
