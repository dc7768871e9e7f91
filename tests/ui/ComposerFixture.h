#pragma once

#include "MimeCheck.h"
#include "TestMailServer.h"
#include "UiHarness.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace remitente::testing {

// An account on the local Postfix (implicit TLS on 465, its password in the session's secret store) and an
// outbox that sends through it.
struct ComposerFixture {
    UiHarness harness;
    accounts::Account account;
    std::unique_ptr<outbox::Outbox> sender;

    ComposerFixture()
    {
        harness.trustTestCa();
        account.id = QStringLiteral("ana-account");
        account.displayName = QStringLiteral("Ana Pérez");
        account.address = TestMailServer::user("ana");
        account.host = QStringLiteral("localhost");
        account.port = 465;
        account.security = smtp::Security::ImplicitTls;
        account.username = account.address;
        harness.store.upsert(account);
        harness.secrets->write(account.id, TestMailServer::password(), [](const accounts::SecretStore::Result &) {});
        sender
            = std::make_unique<outbox::Outbox>(harness.outboxStore, harness.store, harness.planner, harness.catalogue);
        harness.app.outbox = sender.get();
    }
};

// What Python's email package read from a delivered message.
inline QJsonObject readDelivered(const QTemporaryDir &folder, const QByteArray &delivered)
{
    QFile out(folder.filePath(QStringLiteral("delivered.eml")));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(delivered);
    out.close();
    return readWithPython({out.fileName()}).at(0).toObject();
}

} // namespace remitente::testing
