#pragma once

#include "accounts/Account.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "accounts/SessionPlanner.h"
#include "oauth/TokenResponse.h"
#include "providers/Discovery.h"
#include "providers/ProviderCatalogue.h"

#include <QDesktopServices>
#include <QSslCertificate>
#include <QUrl>
#include <QWizard>

#include <chrono>
#include <functional>
#include <optional>

namespace remitente::outbox {
class OutboxStore;
}

namespace remitente::ui {

// What the wizard talks to; tests point it at local servers, a test CA and short timeouts.
struct WizardServices {
    const providers::ProviderCatalogue *catalogue = nullptr;
    net::DnsResolver *resolver = nullptr; // discovery's DNS lookups (MX, SRV, autoconfig hosts)
    accounts::SecretStore *secrets = nullptr;
    accounts::SessionPlanner *planner = nullptr; // how a check signs in (timeouts, extra CAs, server name lookup)
    accounts::AccountStore *store = nullptr;
    outbox::OutboxStore *sentLog = nullptr; // where the test email is logged as sent; none: not logged
    std::chrono::milliseconds discoveryDeadline{15000};
    // Opens a provider's sign-in page; tests answer it as a browser would.
    std::function<bool(const QUrl &)> openBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
};

// What the person has told the wizard so far. Pages read and write it; nothing is lost when a page changes.
struct AccountDraft {
    accounts::Account account;
    QString password;                    // or, for "Sign in with ...", the refresh token of the sign-in below
    std::optional<oauth::Tokens> signIn; // the sign-in that just happened in the wizard, and for which provider
    QString signInProviderId;
    providers::DiscoveryResult discovery;
    bool verified = false;
    // Where host, port, security and user name came from: the catalogue or discovery (Remitente filled them in),
    // the account being edited, or nobody (the person types them).
    enum class SettingsSource { Nobody, Found, Saved };
    SettingsSource settingsSource = SettingsSource::Nobody;
    bool passwordLoaded = false;  // editing: the saved password (or sign-in) was read from the keychain
    bool wantsServerPage = false; // the person asked to see the server settings the catalogue filled in
};

// From an email address to a verified account whose password is in the system keychain, with a test email.
// Opening it with an existing account edits that account with the same pages.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, AddressPageId, ProviderPageId, SignInPageId, ServerPageId, CheckPageId, DonePageId };

    explicit SetupWizard(const WizardServices &services, QWidget *parent = nullptr);
    SetupWizard(const WizardServices &services, const accounts::Account &existing, QWidget *parent = nullptr);

    const WizardServices &services() const { return m_services; }
    AccountDraft &draft() { return m_draft; }
    const providers::Provider *provider() const;
    // Fills host, port, security and user name from a provider (or from discovery when it found that provider).
    // Nothing of the previous choice is kept: what the provider does not give is cleared.
    void applyProvider(const QString &providerId);
    // "Other (I will type the server)": every server field cleared, for the person to type.
    void applyOtherProvider();
    bool isEditing() const { return m_editing; }
    // Editing: the account as it was saved (its provider is kept unless the person picks another).
    const accounts::Account &existing() const { return m_existing; }
    // Another saved account with this address (not the one being edited), if any.
    std::optional<accounts::Account> otherAccountWithAddress(const QString &address) const;
    // Switches to editing that saved account: its values replace what was typed, from the address page on.
    void editExisting(const accounts::Account &account);

Q_SIGNALS:
    void accountSaved(const remitente::accounts::Account &account);
    // Editing: the saved password (or sign-in) arrived from the keychain; draft().password has it.
    void savedPasswordLoaded();

private:
    void buildPages();
    void startEditing(const accounts::Account &existing);
    void clearServerSettings();

    WizardServices m_services;
    AccountDraft m_draft;
    accounts::Account m_existing;
    bool m_editing = false;
};

} // namespace remitente::ui
