#pragma once

#include "AppServices.h"

#include "accounts/KeychainSecretStore.h"

#include <QTemporaryDir>

#include <memory>

namespace remitente::testing {

// Everything the wizard and the main window talk to, pointed at the local test servers: the catalogue, the
// dnsmasq resolver on 127.0.0.2, an account store in a throw-away folder and a secret store.
struct UiHarness {
    explicit UiHarness(std::unique_ptr<accounts::SecretStore> secretStore
                       = std::make_unique<accounts::SessionSecretStore>());

    QTemporaryDir folder;
    providers::ProviderCatalogue catalogue;
    providers::SystemDnsResolver resolver;
    std::unique_ptr<accounts::SecretStore> secrets;
    accounts::AccountStore store;
    outbox::OutboxStore outboxStore;
    ui::WizardServices services;
    ui::AppServices app; // services, plus the outbox (no sender: tests start one when they need it)

    void trustTestCa(); // the test CA, as if the system trusted it
};

} // namespace remitente::testing
