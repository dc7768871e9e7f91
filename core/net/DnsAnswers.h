#pragma once

#include <QString>

namespace remitente::net {

struct MxRecord {
    QString exchange; // empty for a null MX (".")
    quint16 preference = 0;
};

struct SrvRecord {
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

} // namespace remitente::net
