#pragma once

#include <QList>
#include <QString>

namespace remitente::mime {

// A person's name and address as in "Ana Pérez <ana@example.es>"; the name may be empty.
struct Mailbox {
    QString name;
    QString address;

    bool operator==(const Mailbox &) const = default;
    // "Ana Pérez <ana@example.es>", or the bare address when there is no name.
    QString toDisplayString() const;
};

} // namespace remitente::mime
