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

inline QStringList quit()
{
    return {QStringLiteral("C: QUIT")};
}

// After a failed transaction the client says RSET before going on (here: before QUIT).
inline QStringList resetAndQuit()
{
    return {QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")};
}

// One transaction from `from` to bob@example.test.
inline QStringList toBob(const QString &from, const QString &afterData = QStringLiteral("S: 250 ok"))
{
    return {QStringLiteral("C: MAIL FROM:<%1>*").arg(from),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: RCPT TO:<bob@example.test>"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 354 go"),
            QStringLiteral("!data"),
            afterData};
}

inline QStringList anaToBob(const QString &afterData = QStringLiteral("S: 250 ok"))
{
    return toBob(QStringLiteral("ana@example.test"), afterData);
}

} // namespace remitente::testing
