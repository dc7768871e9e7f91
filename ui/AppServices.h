#pragma once

#include "wizard/SetupWizard.h"

#include "outbox/Outbox.h"
#include "relay/RelayService.h"

class QSettings;

namespace remitente::ui {

// Everything the main window and the composer talk to: the wizard's services (the catalogue, the keychain, the
// planner, the account list), plus the outbox.
struct AppServices : WizardServices {
    outbox::OutboxStore *outboxStore = nullptr;
    outbox::Outbox *outbox = nullptr;
    QString draftsFolder;          // one JSON file per unsent message being written
    QSettings *settings = nullptr; // what the windows remember (their size); nothing when null
    // Where other programs send through Remitente (the relay): 127.0.0.1 and this port (0: any free one, for
    // tests), and the file that lists the programs allowed to.
    quint16 relayPort = relay::RelayService::DefaultPort;
    QString relayClientsPath; // empty: relay::RelayClients::defaultPath()
};

} // namespace remitente::ui
