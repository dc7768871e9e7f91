#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QString>
#include <QTest>

namespace remitente::testing {

// A program's side of an SMTP conversation in tests: the whole reply (every "250-" line up to the last), or what
// came with "<timeout>" or "<closed>" appended.
inline QByteArray readReply(QAbstractSocket &socket, int timeoutMs = 5000)
{
    QByteArray all;
    for (;;) {
        if (!QTest::qWaitFor(
                [&] { return socket.canReadLine() || socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs))
            return all + "<timeout>";
        if (!socket.canReadLine())
            return all + "<closed>";
        const QByteArray line = socket.readLine();
        all += line;
        if (line.size() < 4 || line.at(3) != '-')
            return all;
    }
}

// One command line out, its reply back.
inline QByteArray sayLine(QAbstractSocket &socket, const QByteArray &line, int timeoutMs = 5000)
{
    socket.write(line + "\r\n");
    return readReply(socket, timeoutMs);
}

inline QByteArray plainAuth(const QString &user, const QString &password)
{
    return "AUTH PLAIN " + (QByteArray("\0", 1) + user.toUtf8() + QByteArray("\0", 1) + password.toUtf8()).toBase64();
}

} // namespace remitente::testing
