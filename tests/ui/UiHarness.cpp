#include "UiHarness.h"

#include "TestImapServer.h"
#include "TestMailServer.h"

#include <QSslCertificate>

namespace remitente::testing {

UiHarness::UiHarness(std::unique_ptr<accounts::SecretStore> secretStore)
    : catalogue(*providers::ProviderCatalogue::load()), resolver(QHostAddress(QStringLiteral("127.0.0.2"))),
      secrets(std::move(secretStore)), planner(*secrets, catalogue),
      store(folder.filePath(QStringLiteral("accounts.json")))
{
    store.load();
    accounts::SessionPlanner::Settings settings;
    settings.hostResolver = &resolver;
    settings.timeouts.connect = std::chrono::milliseconds(3000);
    settings.timeouts.command = std::chrono::milliseconds(5000);
    planner.setSettings(settings);
    services.planner = &planner;
    services.catalogue = &catalogue;
    services.resolver = &resolver;
    services.secrets = secrets.get();
    services.store = &store;
    services.discoveryDeadline = std::chrono::milliseconds(3000);
    QString error;
    if (!outboxStore.open(folder.filePath(QStringLiteral("outbox.sqlite")), &error))
        qFatal("UiHarness: %s", qPrintable(error));
    services.sentLog = &outboxStore;
    static_cast<ui::WizardServices &>(app) = services; // the wizard's part of the app's services
    app.outboxStore = &outboxStore;
    app.draftsFolder = folder.filePath(QStringLiteral("drafts"));
    app.relayPort = 0; // any free port: never 2525, which a real relay may hold
    app.relayClientsPath = folder.filePath(QStringLiteral("relay-clients.json"));
}

void UiHarness::trustTestCa()
{
    accounts::SessionPlanner::Settings settings = planner.settings();
    settings.extraCaCertificates = QSslCertificate::fromPath(QStringLiteral(REMITENTE_TEST_PKI_DIR "/ca.pem"));
    planner.setSettings(settings);
}

accounts::Account UiHarness::testMailAccount(const char *name, const QString &id)
{
    trustTestCa();
    accounts::Account account;
    account.id = id;
    account.displayName = QString::fromLatin1(name).replace(0, 1, QChar::fromLatin1(name[0]).toUpper());
    account.address = TestMailServer::user(name);
    account.host = QStringLiteral("localhost");
    account.port = 465;
    account.security = smtp::Security::ImplicitTls;
    account.username = account.address;
    account.imap = imap::ImapServer{QStringLiteral("localhost"), TestImapServer::TlsPort, imap::ImapSecurity::Tls};
    return account;
}

void UiHarness::saveWithTestPassword(const accounts::Account &account)
{
    store.upsert(account);
    bool written = false;
    secrets->write(account.id, TestMailServer::password(), [&](const accounts::SecretStore::Result &result) {
        EXPECT_EQ(result.status, accounts::SecretStore::Status::Ok) << result.message.toStdString();
        written = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 10000)) << "the secret store never answered";
}

} // namespace remitente::testing
