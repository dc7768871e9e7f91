#pragma once

#include <QByteArray>
#include <QString>

namespace remitente::system {

// Overwrites a secret's bytes with zeros (in a way the compiler cannot skip) and empties it, once it has been
// handed over or used. A buffer shared with another copy (Qt's implicit sharing) is only released, never
// overwritten under the other holder: the last holder wipes it.
void wipeSecret(QByteArray &secret);
void wipeSecret(QString &secret);

} // namespace remitente::system
