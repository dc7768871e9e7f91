#include "AddressParser.h"

namespace remitente::mime {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::mime::AddressParser)
};

// Splits at commas and semicolons outside quotes, angle brackets and comments.
QStringList splitItems(const QString &input, QString &error)
{
    QStringList items;
    QString current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (quoted) {
            current += c;
            if (c == u'\\' && i + 1 < input.size())
                current += input[++i];
            else if (c == u'"')
                quoted = false;
            continue;
        }
        if (c == u'"')
            quoted = true;
        else if (c == u'<')
            ++angle;
        else if (c == u'>')
            angle = std::max(0, angle - 1);
        else if (c == u'(')
            ++comment;
        else if (c == u')')
            comment = std::max(0, comment - 1);
        if ((c == u',' || c == u';') && angle == 0 && comment == 0) {
            items << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (quoted)
        error = Text::tr("a quotation mark is not closed");
    items << current;
    return items;
}

QString unquote(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
        name = name.mid(1, name.size() - 2);
        QString plain;
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (name[i] == u'\\' && i + 1 < name.size())
                ++i;
            plain += name[i];
        }
        return plain;
    }
    return name.simplified();
}
} // namespace

QString checkAddress(const QString &address)
{
    if (address.isEmpty())
        return Text::tr("the address is empty");
    for (const QChar c : address) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return Text::tr("it contains a line break");
        if (c.isSpace())
            return Text::tr("it contains a space");
        if (c == u'<' || c == u'>' || c == u'"' || c == u',' || c == u';' || c == u'(' || c == u')' || c == u'['
            || c == u']' || c == u'\\')
            return Text::tr("it contains the character %1").arg(c);
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return Text::tr("it has no @");
    if (address.indexOf(u'@') != at)
        return Text::tr("it has more than one @");
    if (at == 0)
        return Text::tr("nothing comes before the @");
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (domain.isEmpty())
        return Text::tr("nothing comes after the @");
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return Text::tr("the part before the @ has a misplaced dot");
    if (!domain.contains(u'.') && domain.compare(u"localhost", Qt::CaseInsensitive) != 0)
        return Text::tr("the domain \"%1\" has no dot (like example.com)").arg(domain);
    if (domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(QStringLiteral(".."))
        || domain.startsWith(u'-'))
        return Text::tr("the domain \"%1\" is not valid").arg(domain);
    if (local.size() > 64)
        return Text::tr("the part before the @ is longer than 64 characters");
    if (address.toUtf8().size() > 254)
        return Text::tr("it is longer than 254 characters");
    return {};
}

AddressList parseAddressList(const QString &input)
{
    AddressList result;
    QString splitError;
    const QStringList items = splitItems(input, splitError);
    if (!splitError.isEmpty()) {
        result.problems.append({input.trimmed(), splitError});
        return result;
    }
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        if (item.contains(u'\r') || item.contains(u'\n') || item.contains(QChar(0))) {
            result.problems.append({item.simplified(), Text::tr("it contains a line break")});
            continue;
        }

        Mailbox mailbox;
        const qsizetype open = item.lastIndexOf(u'<');
        if (open >= 0) {
            const qsizetype close = item.indexOf(u'>', open);
            if (close < 0) {
                result.problems.append({item, Text::tr("the < is not closed with >")});
                continue;
            }
            if (!item.mid(close + 1).trimmed().isEmpty()) {
                result.problems.append({item, Text::tr("there is text after the >")});
                continue;
            }
            mailbox.address = item.mid(open + 1, close - open - 1).trimmed();
            mailbox.name = unquote(item.left(open));
        } else if (item.contains(u'>')) {
            result.problems.append({item, Text::tr("there is a > without a <")});
            continue;
        } else {
            mailbox.address = item;
        }
        // A comment after a bare address, "ana@example.es (Ana)", is the old way to give a name.
        if (open < 0) {
            const qsizetype paren = mailbox.address.indexOf(u'(');
            if (paren > 0 && mailbox.address.endsWith(u')')) {
                mailbox.name = mailbox.address.mid(paren + 1).chopped(1).trimmed();
                mailbox.address = mailbox.address.left(paren).trimmed();
            }
        }
        if (mailbox.address.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
            mailbox.address = mailbox.address.mid(7);
        const QString problem = checkAddress(mailbox.address);
        if (!problem.isEmpty()) {
            result.problems.append({item, problem});
            continue;
        }
        result.mailboxes.append(mailbox);
    }
    return result;
}

AddressList parseMailbox(const QString &input)
{
    AddressList result = parseAddressList(input);
    if (result.isValid() && result.mailboxes.size() > 1)
        result.problems.append({input.trimmed(), Text::tr("only one address is allowed here")});
    if (result.isValid() && result.mailboxes.isEmpty())
        result.problems.append({input.trimmed(), Text::tr("the address is empty")});
    return result;
}

} // namespace remitente::mime
