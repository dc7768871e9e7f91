#pragma once

#include "Mailbox.h"

#include <QCoreApplication>
#include <QStringList>

namespace remitente::mime {

struct AddressProblem {
    QString text;    // the piece of input that is wrong, as typed
    QString message; // what is wrong with it, translated
};

struct AddressList {
    QList<Mailbox> mailboxes;
    QList<AddressProblem> problems;
    bool isValid() const { return problems.isEmpty(); }
};

// Reads addresses the way people type and paste them: "ana@example.es", "Ana Pérez <ana@example.es>",
// "\"Pérez, Ana\" <ana@example.es>", lists separated by commas or semicolons, stray spaces and empty items.
// Every problem names the address it is about and says what is wrong.
AddressList parseAddressList(const QString &input);

// One address (a list of exactly one).
AddressList parseMailbox(const QString &input);

// The checks on a bare addr-spec; returns an empty string when it is fine.
QString checkAddress(const QString &address);

} // namespace remitente::mime
