#include "ImapCapabilities.h"

namespace remitente::imap {

ImapCapabilities ImapCapabilities::fromAtoms(const QList<QByteArray> &atoms)
{
    ImapCapabilities caps;
    for (const QByteArray &atom : atoms) {
        const QByteArray upper = atom.toUpper();
        if (!upper.isEmpty() && upper.size() <= 200 && !caps.m_atoms.contains(upper) && caps.m_atoms.size() < 500)
            caps.m_atoms.append(upper);
    }
    return caps;
}

bool ImapCapabilities::has(const char *capability) const
{
    return m_atoms.contains(QByteArray(capability).toUpper());
}

QStringList ImapCapabilities::authMechanisms() const
{
    QStringList mechanisms;
    for (const QByteArray &atom : m_atoms) {
        if (atom.startsWith("AUTH=") && atom.size() > 5)
            mechanisms << QString::fromLatin1(atom.mid(5));
    }
    return mechanisms;
}

QString ImapCapabilities::toString() const
{
    return QString::fromLatin1(m_atoms.join(' '));
}

} // namespace remitente::imap
