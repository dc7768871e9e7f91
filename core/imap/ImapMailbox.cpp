#include "ImapMailbox.h"

#include <QStringList>

namespace remitente::imap {

bool ImapMailbox::hasAttribute(const char *attribute) const
{
    for (const QByteArray &a : attributes) {
        if (a.compare(QByteArrayView(attribute), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<ImapMailbox> mailboxFromList(const ImapResponse &response)
{
    const QList<ImapValue> &v = response.values;
    if (response.kind != ImapResponse::Kind::Untagged || v.size() < 4 || !v[0].isAtom("LIST") || !v[1].isList())
        return std::nullopt;
    const ImapValue &name = v[3];
    if (name.kind != ImapValue::Kind::String && name.kind != ImapValue::Kind::Atom)
        return std::nullopt;
    ImapMailbox mailbox;
    mailbox.wireName = name.text;
    mailbox.name = decodeMailboxName(name.text);
    for (const ImapValue &attribute : v[1].list) {
        if (attribute.kind == ImapValue::Kind::Atom)
            mailbox.attributes.append(attribute.text);
    }
    return mailbox;
}

QString decodeMailboxName(const QByteArray &wireName)
{
    QString out;
    qsizetype i = 0;
    while (i < wireName.size()) {
        const char c = wireName[i];
        if (c != '&') {
            out += QChar::fromLatin1(c);
            ++i;
            continue;
        }
        const qsizetype end = wireName.indexOf('-', i + 1);
        if (end < 0)
            return QString::fromLatin1(wireName);
        if (end == i + 1) {
            out += u'&';
        } else {
            QByteArray b64 = wireName.mid(i + 1, end - i - 1);
            b64.replace(',', '/');
            const auto result = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
            const QByteArray &bytes = result.decoded;
            if (!result || bytes.size() % 2 != 0)
                return QString::fromLatin1(wireName);
            for (qsizetype k = 0; k + 1 < bytes.size(); k += 2)
                out += QChar(char16_t((uchar(bytes.at(k)) << 8) | uchar(bytes.at(k + 1))));
        }
        i = end + 1;
    }
    return out;
}

std::optional<ImapMailbox> findJunkMailbox(const QList<ImapMailbox> &mailboxes)
{
    for (const ImapMailbox &mailbox : mailboxes) {
        if (mailbox.hasAttribute("\\Junk") && !mailbox.hasAttribute("\\Noselect")
            && !mailbox.hasAttribute("\\NonExistent"))
            return mailbox;
    }
    static const QStringList names{QStringLiteral("Junk"),
                                   QStringLiteral("Spam"),
                                   QStringLiteral("Junk Email"),
                                   QStringLiteral("Junk E-mail"),
                                   QStringLiteral("Junk Mail"),
                                   QStringLiteral("Bulk Mail"),
                                   QStringLiteral("Correo no deseado"),
                                   QStringLiteral("Correo basura"),
                                   QStringLiteral("Courrier indésirable"),
                                   QStringLiteral("Spamverdacht"),
                                   QStringLiteral("Posta indesiderata")};
    for (const QString &wanted : names) {
        for (const ImapMailbox &mailbox : mailboxes) {
            if (mailbox.hasAttribute("\\Noselect") || mailbox.hasAttribute("\\NonExistent"))
                continue;
            const QString last = mailbox.name.section(u'/', -1).section(u'.', -1);
            if (last.compare(wanted, Qt::CaseInsensitive) == 0)
                return mailbox;
        }
    }
    return std::nullopt;
}

} // namespace remitente::imap
