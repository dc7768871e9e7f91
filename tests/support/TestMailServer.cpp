#include "TestMailServer.h"

#include "ScriptedSmtpServer.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace remitente::testing {

QString TestMailServer::maildir(const char *name)
{
    return baseDir() + QStringLiteral("/mail/example.test/") + QString::fromLatin1(name) + QStringLiteral("/new");
}

smtp::SessionOptions TestMailServer::options(smtp::Security security)
{
    smtp::SessionOptions options;
    options.host = QStringLiteral("localhost");
    options.security = security;
    options.port = security == smtp::Security::StartTls ? 587 : 465;
    options.extraCaCertificates = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
    options.clientName = QStringLiteral("client.example.test");
    return options;
}

namespace {
QList<QByteArray> deliveredContaining(const char *name, const QByteArray &marker)
{
    QList<QByteArray> found;
    const QDir dir(TestMailServer::maildir(name));
    for (const QString &file : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        if (content.contains(marker))
            found.append(content);
    }
    return found;
}
} // namespace

QByteArray TestMailServer::waitForDelivery(const char *name, const QByteArray &marker, int timeoutMs)
{
    QByteArray result;
    (void)QTest::qWaitFor(
        [&] {
            const QList<QByteArray> found = deliveredContaining(name, marker);
            if (!found.isEmpty())
                result = found.first();
            return !result.isEmpty();
        },
        timeoutMs);
    return result;
}

int TestMailServer::countDelivered(const char *name, const QByteArray &marker)
{
    return int(deliveredContaining(name, marker).size());
}

QByteArray TestMailServer::withoutTraceHeaders(const QByteArray &delivered)
{
    static const QList<QByteArray> traceHeaders = {"Return-Path:", "X-Original-To:", "Delivered-To:", "Received:"};
    qsizetype pos = 0;
    bool inTraceHeader = false;
    while (pos < delivered.size()) {
        const qsizetype end = delivered.indexOf('\n', pos);
        if (end < 0)
            return {};
        const QByteArrayView line = QByteArrayView(delivered).sliced(pos, end - pos);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        bool trace = false;
        for (const QByteArray &header : traceHeaders)
            trace = trace || line.startsWith(header);
        if (trace || (continuation && inTraceHeader)) {
            inTraceHeader = true;
            pos = end + 1;
            continue;
        }
        return delivered.mid(pos);
    }
    return {};
}

} // namespace remitente::testing
