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

// The parts of an address around its last "@" ("ana" and "example.es"); the whole text is the local part when
// there is no "@".
QString localPartOf(const QString &address);
QString domainOf(const QString &address);

} // namespace remitente::mime
