#pragma once

#include "AppServices.h"

#include "accounts/KeychainSecretStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace remitente::testing {

// Everything the wizard and the main window talk to, pointed at the local test servers: the catalogue, the
// dnsmasq resolver on 127.0.0.2, an account store in a throw-away folder and a secret store.
struct UiHarness {
    explicit UiHarness(std::unique_ptr<accounts::SecretStore> secretStore
                       = std::make_unique<accounts::SessionSecretStore>());

    QTemporaryDir folder;
    providers::ProviderCatalogue catalogue;
    net::SystemDnsResolver resolver;
    std::unique_ptr<accounts::SecretStore> secrets;
    accounts::SessionPlanner planner; // server names through the dnsmasq resolver, short timeouts
    accounts::AccountStore store;
    outbox::OutboxStore outboxStore;
    ui::WizardServices services;
    ui::AppServices app; // services, plus the outbox (no sender: tests start one when they need it)

    void trustTestCa(); // the test CA, as if the system trusted it
    // name's account on the local Postfix (465, TLS from the first byte) with Dovecot's IMAPS as its mailbox, the
    // test CA trusted; saveWithTestPassword() stores it with the test mail server's password (a failure if the
    // secret store does not take it).
    accounts::Account testMailAccount(const char *name, const QString &id);
    void saveWithTestPassword(const accounts::Account &account);
};

// A named child widget; a test failure when it is missing.
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// Types as a person would. QTest::keyClicks only knows ASCII; people also type "é", "ñ" and new lines.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}

} // namespace remitente::testing
