#pragma once

#include <QHostAddress>
#include <QString>

#include <variant>

namespace remitente::cli {

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:2525", "[::1]:2525", "192.168.1.10:2525", "localhost:2525", or a port alone ("2525": loopback); a
// translated reason when it is none of these.
std::variant<ListenAddress, QString> parseListenAddress(const QString &text);

} // namespace remitente::cli
