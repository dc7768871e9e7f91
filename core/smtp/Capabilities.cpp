#include "Capabilities.h"

namespace remitente::smtp {

bool Capabilities::offersAuth(QStringView mechanism) const
{
    return authMechanisms.contains(mechanism.toString(), Qt::CaseInsensitive);
}

bool Capabilities::exceedsSize(qint64 messageSize) const
{
    return sizeAdvertised && maxSize > 0 && messageSize > maxSize;
}

namespace {
QString firstWord(const QString &line)
{
    return line.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

void addAuthMechanisms(Capabilities &caps, const QStringList &words)
{
    for (const QString &word : words) {
        const QString mechanism = word.toUpper();
        if (!mechanism.isEmpty() && !caps.authMechanisms.contains(mechanism))
            caps.authMechanisms.append(mechanism);
    }
}
} // namespace

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities caps;
    caps.esmtp = true;
    if (!reply.lines.isEmpty())
        caps.serverName = firstWord(reply.lines.first());

    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QStringList words = reply.lines[i].split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QString keyword = words.first().toUpper();
        const QStringList params = words.mid(1);

        // Old servers announce "AUTH=LOGIN PLAIN" beside or instead of "AUTH LOGIN PLAIN".
        if (keyword.startsWith(u"AUTH=")) {
            addAuthMechanisms(caps, QStringList{keyword.mid(5)} + params);
            continue;
        }
        if (keyword == u"SIZE") {
            caps.sizeAdvertised = true;
            bool ok = false;
            const qint64 limit = params.value(0).toLongLong(&ok);
            caps.maxSize = ok && limit > 0 ? limit : 0;
        } else if (keyword == u"PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == u"8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == u"SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == u"CHUNKING") {
            caps.chunking = true;
        } else if (keyword == u"BINARYMIME") {
            caps.binaryMime = true;
        } else if (keyword == u"ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == u"DSN") {
            caps.dsn = true;
        } else if (keyword == u"STARTTLS") {
            caps.startTls = true;
        } else if (keyword == u"AUTH") {
            addAuthMechanisms(caps, params);
        }
    }
    return caps;
}

Capabilities Capabilities::fromHeloReply(const Reply &reply)
{
    Capabilities caps;
    if (!reply.lines.isEmpty())
        caps.serverName = firstWord(reply.lines.first());
    return caps;
}

} // namespace remitente::smtp
