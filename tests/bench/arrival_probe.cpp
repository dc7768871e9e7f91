// The arrival watch as a process, for tests/bench/arrival_bench.py: waits for one Message-ID in a test mailbox and
// prints one JSON line when it settled, with the wall-clock moment the copy was seen and its header read.
//   arrival_probe --user U --message-id ID --ca CA.pem [--port 10993] [--no-idle] [--limit SECONDS]
//   (the password in REMITENTE_PASSWORD)
#include "imap/ArrivalWatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace remitente::imap;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("U")},
         {QStringLiteral("message-id"), QStringLiteral("id"), QStringLiteral("ID")},
         {QStringLiteral("ca"), QStringLiteral("CA file"), QStringLiteral("CA")},
         {QStringLiteral("port"), QStringLiteral("IMAPS port"), QStringLiteral("P"), QStringLiteral("10993")},
         {QStringLiteral("limit"), QStringLiteral("seconds"), QStringLiteral("S"), QStringLiteral("60")},
         {QStringLiteral("no-idle"), QStringLiteral("poll with back-off only")}});
    parser.process(app);

    ArrivalWatchOptions options;
    options.session.server
        = {QStringLiteral("localhost"), quint16(parser.value(QStringLiteral("port")).toUInt()), ImapSecurity::Tls};
    options.session.extraCaCertificates = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
    options.credentials = {parser.value(QStringLiteral("user")), qEnvironmentVariable("REMITENTE_PASSWORD")};
    options.messageId = parser.value(QStringLiteral("message-id")).toUtf8();
    options.limit = std::chrono::seconds(parser.value(QStringLiteral("limit")).toInt());
    options.useIdle = !parser.isSet(QStringLiteral("no-idle"));

    ArrivalWatch watch(options);
    QObject::connect(&watch, &ArrivalWatch::signedIn, [] {
        std::printf("{\"signed_in\": %.6f}\n", QDateTime::currentMSecsSinceEpoch() / 1000.0);
        std::fflush(stdout);
    });
    QObject::connect(&watch, &ArrivalWatch::finished, [&](const ArrivalResult &result) {
        const QJsonObject line{{QStringLiteral("place"), arrivalPlaceName(result.place)},
                               {QStringLiteral("seconds"), result.seconds},
                               {QStringLiteral("arrived_at"), QDateTime::currentMSecsSinceEpoch() / 1000.0},
                               {QStringLiteral("used_idle"), result.usedIdle},
                               {QStringLiteral("rounds"), result.rounds},
                               {QStringLiteral("error"), result.error ? result.error->message : QString()}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::exit(result.place == ArrivalPlace::NotFound ? 75 : 0);
    });
    watch.start();
    return app.exec();
}
