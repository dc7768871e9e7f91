#include "providers/ImapSuggestion.h"
#include "providers/ProviderCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente::providers;

namespace {
ProviderCatalogue builtIn()
{
    QString error;
    const std::optional<ProviderCatalogue> catalogue = ProviderCatalogue::load(&error);
    EXPECT_TRUE(catalogue.has_value()) << error.toStdString();
    return catalogue.value_or(ProviderCatalogue());
}
} // namespace

TEST(ProviderCatalogue, HasEveryProviderOfTheReference)
{
    const ProviderCatalogue catalogue = builtIn();
    for (const char *id :
         {"gmail",    "google-workspace", "outlook",       "microsoft365", "yahoo",    "aol",     "icloud",
          "zoho",     "zoho-eu",          "zoho-org",      "zoho-org-eu",  "zoho-in",  "zoho-au", "zoho-jp",
          "gmx",      "fastmail",         "proton-bridge", "proton-smtp",  "yandex",   "hosting", "amazon-ses",
          "sendgrid", "mailgun",          "mailgun-eu",    "brevo",        "postmark", "mailjet"})
        EXPECT_NE(catalogue.byId(QString::fromLatin1(id)), nullptr) << id;
}

TEST(ProviderCatalogue, FindsByDomainAndByMx)
{
    const ProviderCatalogue catalogue = builtIn();
    ASSERT_NE(catalogue.byDomain(QStringLiteral("GMAIL.com")), nullptr);
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("gmail.com"))->id, QStringLiteral("gmail"));
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("hotmail.es"))->id, QStringLiteral("outlook"));
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("me.com"))->id, QStringLiteral("icloud"));
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("example.es")), nullptr);
    EXPECT_EQ(catalogue.byMx(QStringLiteral("aspmx.l.google.com."))->id, QStringLiteral("google-workspace"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("contoso-com.mail.protection.outlook.com"))->id,
              QStringLiteral("microsoft365"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("in1-smtp.messagingengine.com"))->id, QStringLiteral("fastmail"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("mx.zoho.eu"))->id, QStringLiteral("zoho-org-eu"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("mail.example.es")), nullptr);
}

TEST(ProviderCatalogue, KeepsTheReferenceFacts)
{
    const ProviderCatalogue catalogue = builtIn();
    const Provider *gmail = catalogue.byId(QStringLiteral("gmail"));
    EXPECT_EQ(gmail->servers.first().host, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(gmail->servers.first().port, 465) << "implicit TLS first (RFC 8314)";
    EXPECT_EQ(gmail->passwordPage, QStringLiteral("https://myaccount.google.com/apppasswords"));
    bool perDayUnverified = false;
    for (const auto &[name, limit] : gmail->limits)
        perDayUnverified = perDayUnverified || (name == u"recipientsPerDay" && !limit.verified);
    EXPECT_TRUE(perDayUnverified) << "the reference marks Gmail's daily limit unverified";
    EXPECT_EQ(catalogue.byId(QStringLiteral("outlook"))->signIn, QStringLiteral("oauth2"));
    EXPECT_EQ(catalogue.byId(QStringLiteral("postmark"))->servers.size(), 1) << "no 465";
    EXPECT_EQ(catalogue.byId(QStringLiteral("icloud"))->servers.first().port, 587);
    EXPECT_FALSE(catalogue.byId(QStringLiteral("fastmail"))->servers.at(1).verified);
}

TEST(ProviderCatalogue, UsernamesAndPasswordsAsProvidersExpect)
{
    const ProviderCatalogue catalogue = builtIn();
    const Provider *gmail = catalogue.byId(QStringLiteral("gmail"));
    EXPECT_EQ(gmail->normalisePassword(QStringLiteral(" abcd efgh ijkl mnop ")), QStringLiteral("abcdefghijklmnop"));
    EXPECT_EQ(gmail->normalisePassword(QStringLiteral("my normal pass")), QStringLiteral("my normal pass"))
        << "not an app password: left as typed, so the diagnosis can say so";
    EXPECT_EQ(catalogue.byId(QStringLiteral("yahoo"))->normalisePassword(QStringLiteral("a b")), QStringLiteral("a b"));
    EXPECT_EQ(gmail->usernameFor(QStringLiteral("ana@gmail.com")), QStringLiteral("ana@gmail.com"));
    EXPECT_EQ(catalogue.byId(QStringLiteral("sendgrid"))->usernameFor(QStringLiteral("ana@x.es")),
              QStringLiteral("apikey"));
    EXPECT_TRUE(catalogue.byId(QStringLiteral("amazon-ses"))->usernameFor(QStringLiteral("ana@x.es")).isEmpty());
}

TEST(ProviderCatalogue, RefusesABrokenCatalogue)
{
    QTemporaryDir dir;
    auto load = [&](const QByteArray &json) {
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(json);
        file.close();
        QString error;
        const bool ok = ProviderCatalogue::loadFrom(path, &error).has_value();
        return ok ? QString() : error;
    };
    const QByteArray server = R"("servers": [{"host": "smtp.x.test", "port": 465, "security": "tls"}])";
    EXPECT_TRUE(load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
                     "\"signIn\": \"mailbox-password\", \"domains\": [\"a.test\"], "
                     + server + "}]}")
                    .isEmpty());
    EXPECT_TRUE(load("{\"schema\": 2, \"providers\": []}").contains(QStringLiteral("schema")));
    EXPECT_TRUE(load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
                     "\"signIn\": \"app-password\", "
                     + server + "}]}")
                    .contains(QStringLiteral("app password")));
    EXPECT_TRUE(
        load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
             "\"signIn\": \"mailbox-password\", \"domains\": [\"a.test\"], "
             + server
             + "}, {\"id\": \"b\", "
               "\"name\": \"B\", \"kind\": \"mailbox\", \"signIn\": \"mailbox-password\", \"domains\": [\"a.test\"], "
             + server + "}]}")
            .contains(QStringLiteral("a.test")));
    EXPECT_FALSE(load("not json").isEmpty());
    EXPECT_TRUE(load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
                     "\"signIn\": \"mailbox-password\", \"imap\": {\"host\": \"imap.a.test\", \"port\": 993, "
                     "\"security\": \"ssl\"}, "
                     + server + "}]}")
                    .contains(QStringLiteral("IMAP server")));
}

TEST(ProviderCatalogue, KnowsWhereTheMailboxIs)
{
    using remitente::imap::ImapSecurity;
    using remitente::imap::ImapServer;
    const ProviderCatalogue catalogue = builtIn();
    const struct {
        const char *id;
        const char *host;
    } expected[] = {{"gmail", "imap.gmail.com"},
                    {"google-workspace", "imap.gmail.com"},
                    {"outlook", "outlook.office365.com"},
                    {"microsoft365", "outlook.office365.com"},
                    {"yahoo", "imap.mail.yahoo.com"},
                    {"icloud", "imap.mail.me.com"},
                    {"zoho", "imap.zoho.com"},
                    {"zoho-eu", "imap.zoho.eu"},
                    {"zoho-org", "imappro.zoho.com"},
                    {"gmx", "imap.gmx.net"},
                    {"fastmail", "imap.fastmail.com"},
                    {"hosting", "mail.example.es"}};
    for (const auto &e : expected) {
        const Provider *p = catalogue.byId(QString::fromLatin1(e.id));
        ASSERT_TRUE(p && p->imap) << e.id;
        EXPECT_EQ(p->imapServerFor(QStringLiteral("Example.ES")),
                  (ImapServer{QString::fromLatin1(e.host), 993, ImapSecurity::Tls}))
            << e.id;
    }
    EXPECT_TRUE(catalogue.byId(QStringLiteral("gmail"))->imap->verified);
    EXPECT_FALSE(catalogue.byId(QStringLiteral("zoho-jp"))->imap->verified) << "not in the issue's list";
    EXPECT_FALSE(catalogue.byId(QStringLiteral("sendgrid"))->imap) << "a sending service has no mailbox";
    EXPECT_FALSE(catalogue.byId(QStringLiteral("sendgrid"))->imapServerFor(QStringLiteral("x.test")).isSet());
}

TEST(ProviderCatalogue, SuggestsTheMailboxOfAnyAccount)
{
    using remitente::imap::ImapSecurity;
    using remitente::imap::ImapServer;
    const ProviderCatalogue catalogue = builtIn();
    // By the provider, by the address's domain, else beside the SMTP server: its imap. twin or the same host.
    EXPECT_EQ(suggestedImapServer(&catalogue, QStringLiteral("microsoft365"), QStringLiteral("ana@contoso.test"),
                                  QStringLiteral("smtp.office365.com"))
                  .host,
              QStringLiteral("outlook.office365.com"));
    EXPECT_EQ(suggestedImapServer(&catalogue, {}, QStringLiteral("ana@hotmail.es"), QStringLiteral("x.test")).host,
              QStringLiteral("outlook.office365.com"));
    EXPECT_EQ(suggestedImapServer(&catalogue, {}, QStringLiteral("ana@example.es"), QStringLiteral("smtp.example.es")),
              (ImapServer{QStringLiteral("imap.example.es"), 993, ImapSecurity::Tls}));
    EXPECT_EQ(suggestedImapServer(&catalogue, QStringLiteral("hosting"), QStringLiteral("ana@example.es"),
                                  QStringLiteral("mail.example.es"))
                  .host,
              QStringLiteral("mail.example.es"));
    EXPECT_EQ(suggestedImapServer(nullptr, {}, QStringLiteral("ana@example.es"), QStringLiteral("srv7.host.test")).host,
              QStringLiteral("srv7.host.test"));
    EXPECT_FALSE(suggestedImapServer(&catalogue, QStringLiteral("sendgrid"), QStringLiteral("ana@example.es"),
                                     QStringLiteral("smtp.sendgrid.net"))
                     .isSet())
        << "a sending service has no mailbox to read";
    EXPECT_FALSE(imapServerBeside(QString()).isSet());
}

TEST(ProviderCatalogue, MicrosoftAndGoogleOfferSignInWithTheirOwnScopes)
{
    const ProviderCatalogue catalogue = builtIn();
    for (const char *id : {"outlook", "microsoft365"}) {
        const Provider *p = catalogue.byId(QString::fromLatin1(id));
        ASSERT_TRUE(p && p->oauth2) << id;
        // Outlook's SMTP and IMAP scopes share one token (the mailbox is read to find the test email); a Graph
        // scope (Mail.Send, User.Read) in the same token breaks SMTP.
        EXPECT_EQ(p->oauth2->scopes,
                  QStringList({QStringLiteral("https://outlook.office.com/SMTP.Send"),
                               QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
                               QStringLiteral("offline_access")}));
        EXPECT_TRUE(p->oauth2->hasDeviceFlow());
    }
    EXPECT_EQ(catalogue.byId(QStringLiteral("outlook"))->oauth2->tokenEndpoint(),
              QUrl(QStringLiteral("https://login.microsoftonline.com/consumers/oauth2/v2.0/token")));
    EXPECT_EQ(catalogue.byId(QStringLiteral("microsoft365"))->oauth2->authorizeEndpoint(),
              QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize")));
    for (const char *id : {"gmail", "google-workspace"}) {
        const Provider *p = catalogue.byId(QString::fromLatin1(id));
        ASSERT_TRUE(p && p->oauth2) << id;
        EXPECT_EQ(p->oauth2->scopes, QStringList{QStringLiteral("https://mail.google.com/")});
        EXPECT_FALSE(p->oauth2->hasDeviceFlow()) << "Google's device flow does not allow the mail scope";
        EXPECT_EQ(p->signIn, QStringLiteral("app-password")) << "the app password stays the alternative";
    }
}

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

const QByteArray organisationEntry = R"json({"schema": 1, "providers": [
  {"id": "contoso", "name": "Contoso Mail", "domains": ["contoso.test"],
   "servers": [{"host": "smtp.contoso.test", "port": 587, "security": "starttls"}], "signIn": "oauth2",
   "oauth2": {"authorizeUrl": "https://login.contoso.test/authorize", "tokenUrl": "https://login.contoso.test/token",
              "scopes": ["smtp"], "clientId": "contoso-app"}},
  {"id": "microsoft365", "name": "Microsoft 365 (Contoso)", "servers": [{"host": "smtp.office365.com", "port": 587,
   "security": "starttls"}], "signIn": "oauth2",
   "oauth2": {"authorizeUrl": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
              "tokenUrl": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
              "scopes": ["https://outlook.office.com/SMTP.Send", "offline_access"], "clientId": "our-entra-app",
              "tenant": "contoso.onmicrosoft.com"}}]})json";
} // namespace

TEST(ProviderCatalogue, AnOrganisationAddsAndReplacesEntriesById)
{
    ProviderCatalogue catalogue = builtIn();
    const qsizetype before = catalogue.providers().size();
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(catalogue.addOverrides(writeFile(dir, QStringLiteral("providers.json"), organisationEntry), &error))
        << error.toStdString();
    EXPECT_EQ(catalogue.providers().size(), before + 1);
    const Provider *contoso = catalogue.byDomain(QStringLiteral("contoso.test"));
    ASSERT_NE(contoso, nullptr);
    EXPECT_EQ(contoso->kind, QStringLiteral("mailbox")) << "left out: the defaults";
    EXPECT_EQ(contoso->usernameFor(QStringLiteral("ana@contoso.test")), QStringLiteral("ana@contoso.test"));
    EXPECT_EQ(contoso->oauth2->clientId, QStringLiteral("contoso-app"));
    const Provider *m365 = catalogue.byId(QStringLiteral("microsoft365"));
    EXPECT_EQ(m365->name, QStringLiteral("Microsoft 365 (Contoso)"));
    EXPECT_EQ(m365->oauth2->tokenEndpoint(),
              QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")));
}

TEST(ProviderCatalogue, ABrokenOrganisationFileChangesNothing)
{
    ProviderCatalogue catalogue = builtIn();
    const qsizetype before = catalogue.providers().size();
    QTemporaryDir dir;
    const std::pair<const char *, QByteArray> broken[] = {
        {"not JSON", "{"},
        {"no schema", R"json({"providers": []})json"},
        {"unknown oauth2 key", R"json({"schema": 1, "providers": [{"id": "x", "name": "X", "servers": [{"host": "h",
          "port": 587, "security": "starttls"}], "signIn": "oauth2", "oauth2": {"authorizeUrl": "https://a/",
          "tokenUrl": "https://t/", "scopes": ["s"], "clientId": "c", "redirect": "http://evil/"}}]})json"},
        {"http token address", R"json({"schema": 1, "providers": [{"id": "x", "name": "X", "servers": [{"host": "h",
          "port": 587, "security": "starttls"}], "signIn": "oauth2", "oauth2": {"authorizeUrl": "https://a/",
          "tokenUrl": "http://t/", "scopes": ["s"], "clientId": "c"}}]})json"},
        {"no servers",
         R"json({"schema": 1, "providers": [{"id": "x", "name": "X", "signIn": "mailbox-password"}]})json"},
        // The first entry is fine; the second takes Gmail's domain: the whole file is left out.
        {"a taken domain", R"json({"schema": 1, "providers": [{"id": "y", "name": "Y", "servers": [{"host": "h",
          "port": 587, "security": "starttls"}], "signIn": "mailbox-password"}, {"id": "x", "name": "X",
          "domains": ["gmail.com"], "servers": [{"host": "h", "port": 587, "security": "starttls"}],
          "signIn": "mailbox-password"}]})json"},
    };
    for (const auto &[what, content] : broken) {
        QString error;
        EXPECT_FALSE(catalogue.addOverrides(writeFile(dir, QStringLiteral("p.json"), content), &error)) << what;
        EXPECT_TRUE(error.contains(dir.filePath(QStringLiteral("p.json")))) << what << error.toStdString();
        EXPECT_EQ(catalogue.providers().size(), before) << what;
        EXPECT_EQ(catalogue.byId(QStringLiteral("y")), nullptr) << what;
    }
}

TEST(ProviderCatalogue, LoadReadsTheConfigFolderAndTheSystemFolders)
{
    QTemporaryDir user;
    QTemporaryDir system;
    ASSERT_TRUE(QDir().mkpath(user.filePath(QStringLiteral("Remitente/Remitente"))));
    ASSERT_TRUE(QDir().mkpath(system.filePath(QStringLiteral("Remitente/Remitente"))));
    writeFile(system, QStringLiteral("Remitente/Remitente/providers.json"), organisationEntry);
    // The person's own file wins over the system's for the same id; a broken one is reported, not fatal.
    writeFile(user, QStringLiteral("Remitente/Remitente/providers.json"),
              R"json({"schema": 1, "providers": [{"id": "contoso", "name": "Contoso (mine)", "servers": [{"host":
              "smtp.contoso.test", "port": 465, "security": "tls"}], "signIn": "mailbox-password"}]})json");
    qputenv("XDG_CONFIG_HOME", user.path().toUtf8());
    qputenv("XDG_CONFIG_DIRS", system.path().toUtf8());
    const QString app = QCoreApplication::applicationName();
    const QString organisation = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("Remitente"));
    QCoreApplication::setOrganizationName(QStringLiteral("Remitente"));
    std::optional<ProviderCatalogue> catalogue = ProviderCatalogue::load();
    ASSERT_TRUE(catalogue);
    EXPECT_EQ(catalogue->byId(QStringLiteral("contoso"))->name, QStringLiteral("Contoso (mine)"));
    EXPECT_EQ(catalogue->byId(QStringLiteral("microsoft365"))->oauth2->clientId, QStringLiteral("our-entra-app"));
    EXPECT_TRUE(catalogue->overrideProblems().isEmpty());

    writeFile(user, QStringLiteral("Remitente/Remitente/providers.json"), "[1,2,3]");
    catalogue = ProviderCatalogue::load();
    ASSERT_TRUE(catalogue);
    ASSERT_EQ(catalogue->overrideProblems().size(), 1);
    EXPECT_TRUE(catalogue->overrideProblems().first().contains(QStringLiteral("providers.json")));
    EXPECT_EQ(catalogue->byId(QStringLiteral("contoso"))->name, QStringLiteral("Contoso Mail"));
    QCoreApplication::setApplicationName(app);
    QCoreApplication::setOrganizationName(organisation);
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_DIRS");
}
