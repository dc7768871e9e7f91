#pragma once

#include <QStringList>

namespace remitente::testing {

// ScriptedSmtpServer lines for the outbox tests: an implicit-TLS server that offers AUTH PLAIN and takes it, and
// one transaction from ana@example.test to bob@example.test ending with `afterData`.
inline QStringList signedInGreeting()
{
    return {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO *"),
            QStringLiteral("S: 250-fake.test"),       QStringLiteral("S: 250 AUTH PLAIN"),
            QStringLiteral("C: AUTH PLAIN *"),        QStringLiteral("S: 235 ok")};
}

inline QStringList anaToBob(const QString &afterData = QStringLiteral("S: 250 ok"))
{
    return {QStringLiteral("C: MAIL FROM:<ana@example.test>*"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: RCPT TO:<bob@example.test>"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 354 go"),
            QStringLiteral("!data"),
            afterData};
}

} // namespace remitente::testing
