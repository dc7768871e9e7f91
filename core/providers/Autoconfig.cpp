#include "Autoconfig.h"

#include "mime/Mailbox.h"

#include <QXmlStreamReader>

namespace remitente::providers {

QList<AutoconfigServer> parseAutoconfig(const QByteArray &xml, const QString &address)
{
    QList<AutoconfigServer> servers;
    QXmlStreamReader reader(xml);
    const QString localPart = mime::localPartOf(address);
    auto fill = [&](QString value) {
        return value.replace(QStringLiteral("%EMAILADDRESS%"), address)
            .replace(QStringLiteral("%EMAILLOCALPART%"), localPart);
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"outgoingServer"
            || reader.attributes().value(QStringLiteral("type")) != u"smtp")
            continue;
        AutoconfigServer server;
        QString socketType;
        while (!(reader.isEndElement() && reader.name() == u"outgoingServer") && !reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const QString name = reader.name().toString();
            if (name == u"hostname")
                server.host = fill(reader.readElementText().trimmed());
            else if (name == u"port")
                server.port = quint16(reader.readElementText().trimmed().toUInt());
            else if (name == u"socketType")
                socketType = reader.readElementText().trimmed();
            else if (name == u"username")
                server.username = fill(reader.readElementText().trimmed());
            else if (name == u"authentication" && server.authentication.isEmpty())
                server.authentication = reader.readElementText().trimmed();
        }
        if (socketType.compare(u"SSL", Qt::CaseInsensitive) == 0)
            server.security = smtp::Security::ImplicitTls;
        else if (socketType.compare(u"STARTTLS", Qt::CaseInsensitive) == 0)
            server.security = smtp::Security::StartTls;
        else
            continue;
        if (!server.host.isEmpty() && server.port != 0)
            servers.append(server);
    }
    return servers;
}

QList<imap::ImapServer> parseAutoconfigImap(const QByteArray &xml)
{
    QList<imap::ImapServer> servers;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"incomingServer"
            || reader.attributes().value(QStringLiteral("type")) != u"imap")
            continue;
        imap::ImapServer server;
        server.port = 0;
        QString socketType;
        while (!(reader.isEndElement() && reader.name() == u"incomingServer") && !reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == u"hostname")
                server.host = reader.readElementText().trimmed();
            else if (reader.name() == u"port")
                server.port = quint16(reader.readElementText().trimmed().toUInt());
            else if (reader.name() == u"socketType")
                socketType = reader.readElementText().trimmed();
        }
        if (socketType.compare(u"SSL", Qt::CaseInsensitive) == 0)
            server.security = imap::ImapSecurity::Tls;
        else if (socketType.compare(u"STARTTLS", Qt::CaseInsensitive) == 0)
            server.security = imap::ImapSecurity::StartTls;
        else
            continue;
        if (!server.host.isEmpty() && !server.host.contains(u'%') && server.port != 0)
            servers.append(server);
    }
    return servers;
}

} // namespace remitente::providers
