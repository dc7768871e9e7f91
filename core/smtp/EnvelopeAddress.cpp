#include "EnvelopeAddress.h"

#include <QUrl>

namespace remitente::smtp {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::smtp::EnvelopeAddress)
public:
    static EnvelopeAddress failure(const QString &message)
    {
        EnvelopeAddress result;
        result.error = message;
        return result;
    }
};

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}
} // namespace

EnvelopeAddress EnvelopeAddress::encode(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return Text::failure(Text::tr("The address is empty."));
    for (const QChar c : trimmed) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return Text::failure(
                Text::tr("The address \"%1\" contains a line break or a NUL character.").arg(trimmed.simplified()));
        if (c.isSpace() || c == u'<' || c == u'>')
            return Text::failure(Text::tr("The address \"%1\" contains a space or an angle bracket; "
                                          "give just name@domain.")
                                     .arg(trimmed));
    }
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return Text::failure(
            Text::tr("\"%1\" is not an email address: it needs a name, an @ and a domain.").arg(trimmed));

    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    EnvelopeAddress result;
    result.needsSmtpUtf8 = !isAscii(local);

    QByteArray wireDomain = domain.toUtf8();
    if (!isAscii(domain)) {
        // A-labels work everywhere, with or without SMTPUTF8.
        wireDomain = QUrl::toAce(domain);
        if (wireDomain.isEmpty())
            return Text::failure(
                Text::tr("The domain of \"%1\" is not a valid internationalised domain name.").arg(trimmed));
    }
    result.wire = local.toUtf8() + '@' + wireDomain;
    if (result.wire.size() > 254) // RFC 5321 4.5.3.1.3: a path is at most 256 octets with its angle brackets
        return Text::failure(Text::tr("The address \"%1\" is too long.").arg(trimmed));
    return result;
}

} // namespace remitente::smtp
