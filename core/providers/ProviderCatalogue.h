#pragma once

#include "imap/ImapServer.h"
#include "oauth/OAuthSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::providers {

struct ServerSetting {
    QString host; // may hold %DOMAIN% (the address's domain) or %REGION%
    quint16 port = 0;
    QString security; // "tls" or "starttls"
    bool verified = true;
};

struct Limit {
    qint64 value = 0;
    bool verified = true; // false: no primary source; shown as approximate
};

// What the domain check looks for in a custom domain that sends through this provider.
struct DomainSetup {
    QStringList spfIncludes;   // include: targets that authorise the provider's servers
    bool verified = false;     // false: from setup guides, not a primary source (a missing include only warns)
    QStringList dkimSelectors; // where the provider publishes its DKIM keys
};

// One entry of resources/providers.json. Texts are English; translated() gives them in the person's language.
struct Provider {
    QString id;
    QString name;
    QString kind; // "mailbox", "hosting" or "transactional"
    QStringList domains;
    QStringList mxPatterns;            // "mx01.mail.icloud.com" or "*.mail.protection.outlook.com"
    QList<ServerSetting> servers;      // in order of preference
    std::optional<ServerSetting> imap; // where the person's own mailbox is read (may hold %DOMAIN%)
    QStringList regions;
    QString username;       // "address", "localpart", "custom" or "literal:<name>"
    QString signIn;         // "app-password", "mailbox-password", "oauth2", "api-key", "smtp-key"
    QString passwordFormat; // "letters16" (Gmail): spaces are dropped
    QString passwordPage;
    QStringList steps;
    QStringList notes;
    QList<std::pair<QString, Limit>> limits;    // e.g. "recipientsPerDay"
    QStringList replies;                        // server reply texts this provider is known for (for the diagnosis)
    std::optional<DomainSetup> domainSetup;     // none for providers whose own domains are the only ones
    std::optional<oauth::OAuthSettings> oauth2; // the provider offers "Sign in with ..." (its client id may be empty)

    bool matchesMx(const QString &mxHost) const;
    // The provider's IMAP server for an address at `domain` (%DOMAIN% filled in); not set when it has none.
    imap::ImapServer imapServerFor(const QString &domain) const;
    // The user name for an address, by the provider's rule; empty when the person must type it.
    QString usernameFor(const QString &address) const;
    // What a person pasted, as the provider expects it (a Gmail app password without its spaces).
    QString normalisePassword(const QString &pasted) const;
    // The name in the person's language ("Your hosting (cPanel, Plesk and others)" is words, not a brand).
    QString displayName() const;
    // Who "Sign in with ..." names: Microsoft, Google, or the provider itself.
    QString signInBrand() const;
    // How to sign in, first choice: "oauth2" where it is the only way or this build can do it, else signIn.
    QString preferredSignIn() const;
};

class ProviderCatalogue
{
public:
    static constexpr const char *BuiltInPath = ":/remitente/providers.json";
    // Reads and checks the catalogue built into the program, then an organisation's additions (overridePaths());
    // nullopt with the reason when the built-in one is unusable. A broken addition is left out and named in
    // overrideProblems(), never fatal.
    static std::optional<ProviderCatalogue> load(QString *error = nullptr);
    // The same for another file (tests, a catalogue being edited), without additions.
    static std::optional<ProviderCatalogue> loadFrom(const QString &path, QString *error = nullptr);
    // providers.json next to accounts.json, then in the system's config folders (XDG_CONFIG_DIRS, /etc/xdg):
    // the ones that exist, the one that wins first.
    static QStringList overridePaths();
    // Adds the entries of an organisation's providers.json, replacing built-in ones with the same id. Same format
    // as the built-in file, but only id, name, servers and signIn are required. False (with the reason) when the
    // file is unusable; nothing is changed then.
    bool addOverrides(const QString &path, QString *error);
    const QStringList &overrideProblems() const { return m_overrideProblems; }

    const QList<Provider> &providers() const { return m_providers; }
    const Provider *byId(const QString &id) const;
    const Provider *byDomain(const QString &domain) const;
    // An account's provider: by its id when it has one the catalogue knows, else by its address's domain.
    const Provider *forAccount(const QString &providerId, const QString &address) const;
    const Provider *byMx(const QString &mxHost) const;

    // The catalogue's English text in the current language (steps, notes).
    static QString translated(const QString &text);

private:
    void applyBuildClientIds(); // REMITENTE_MICROSOFT_CLIENT_ID, REMITENTE_GOOGLE_CLIENT_ID (CMake options)
    QString domainTaken(const Provider &candidate) const; // a domain of candidate another entry already has

    QList<Provider> m_providers;
    QStringList m_overrideProblems;
};

} // namespace remitente::providers
