#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace remitente::imap {

// What the server said it can do (CAPABILITY response or a [CAPABILITY ...] response code), upper-cased.
class ImapCapabilities
{
public:
    static ImapCapabilities fromAtoms(const QList<QByteArray> &atoms); // the atoms after the word CAPABILITY
    bool isEmpty() const { return m_atoms.isEmpty(); }
    bool has(const char *capability) const; // e.g. "IDLE", "STARTTLS", "SASL-IR"
    QStringList authMechanisms() const;     // from AUTH=PLAIN, AUTH=XOAUTH2, ...
    QString toString() const;               // for a transcript note
    bool operator==(const ImapCapabilities &) const = default;

private:
    QList<QByteArray> m_atoms;
};

} // namespace remitente::imap
