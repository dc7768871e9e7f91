#pragma once

#include <QMetaType>
#include <QString>

namespace remitente::smtp {

// The steps of a session, in the order they happen. Progress, errors and the CLI's lines are all told per stage.
enum class Stage { Resolve, Connect, Tls, Greeting, Ehlo, StartTls, Auth, Mail, Rcpt, Data, Reset, Quit };

// Stable lower-case names ("resolve", "connect", "tls", ...) for the CLI, JSON and logs. Never translated.
QString stageName(Stage stage);

} // namespace remitente::smtp

Q_DECLARE_METATYPE(remitente::smtp::Stage)
