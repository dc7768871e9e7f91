#include "Stage.h"

namespace remitente::smtp {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Resolve:
        return QStringLiteral("resolve");
    case Stage::Connect:
        return QStringLiteral("connect");
    case Stage::Tls:
        return QStringLiteral("tls");
    case Stage::Greeting:
        return QStringLiteral("greeting");
    case Stage::Ehlo:
        return QStringLiteral("ehlo");
    case Stage::StartTls:
        return QStringLiteral("starttls");
    case Stage::Auth:
        return QStringLiteral("auth");
    case Stage::Mail:
        return QStringLiteral("mail");
    case Stage::Rcpt:
        return QStringLiteral("rcpt");
    case Stage::Data:
        return QStringLiteral("data");
    case Stage::Reset:
        return QStringLiteral("reset");
    case Stage::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

} // namespace remitente::smtp
