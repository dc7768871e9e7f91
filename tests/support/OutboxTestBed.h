#pragma once

#include "ScriptedSmtpServer.h"
#include "TestAccounts.h"

#include "accounts/KeychainSecretStore.h"
#include "outbox/Outbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace remitente::testing {

// What the outbox tests stand on: a private folder with the outbox and the account list, secrets in memory, the
// built-in catalogue, a planner that trusts the test CA, and an injected clock (`now`). The test adds its
// accounts, then startOutbox().
struct OutboxTestBed {
    QTemporaryDir folder;
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    outbox::OutboxStore store;
    accounts::AccountStore accounts{folder.filePath(QStringLiteral("accounts.json"))};
    accounts::SessionSecretStore secrets;
    const providers::ProviderCatalogue &catalogue = builtInCatalogue();
    accounts::SessionPlanner planner{secrets, catalogue};
    outbox::OutboxSettings settings;
    std::unique_ptr<outbox::Outbox> outbox;

    OutboxTestBed()
    {
        using namespace std::chrono_literals;
        EXPECT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), nullptr));
        settings.clock = [this] { return now; };
        settings.lockRetry = 20ms;
        planner.setSettings({{2000ms, 2000ms, 2000ms, 2000ms, 2000ms},
                             QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem"))),
                             nullptr,
                             folder.filePath(QStringLiteral("signin-state.json"))});
    }

    void startOutbox() { outbox = std::make_unique<outbox::Outbox>(store, accounts, planner, catalogue, settings); }

    // An implicit-TLS fake server following `script`, and the account pointed at it.
    static std::unique_ptr<ScriptedSmtpServer> serve(const QStringList &script, accounts::Account &account)
    {
        auto server = std::make_unique<ScriptedSmtpServer>(script, ScriptedSmtpServer::Transport::ImplicitTls);
        EXPECT_TRUE(server->start());
        account.port = server->serverPort();
        return server;
    }

    // "Factura" to bob@example.test and, beyond the first recipient, r1@, r2@ ... as Bcc.
    static mime::Message invoice(const mime::Mailbox &from, int recipients = 1,
                                 const QString &text = QStringLiteral("Hola"))
    {
        mime::Message message;
        message.from = from;
        message.to = {{QString(), QStringLiteral("bob@example.test")}};
        for (int i = 1; i < recipients; ++i)
            message.bcc.append({QString(), QStringLiteral("r%1@example.test").arg(i)});
        message.subject = QStringLiteral("Factura");
        message.text = text;
        return message;
    }

    // Sends what is due and waits until the outbox has nothing more to do now.
    void drain()
    {
        QSignalSpy idle(outbox.get(), &outbox::Outbox::idle);
        outbox->kick();
        ASSERT_TRUE(idle.count() > 0 || idle.wait(10000));
        QTest::qWait(20); // the fake servers read the QUIT
    }

    outbox::OutboxEntry entry(qint64 id) { return store.entry(id).value_or(outbox::OutboxEntry{}); }
};

} // namespace remitente::testing
