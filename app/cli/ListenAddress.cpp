#include "ListenAddress.h"

#include "CommandLine.h"

#include <QCoreApplication>

namespace remitente::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::ListenAddress)
};
} // namespace

std::variant<ListenAddress, QString> parseListenAddress(const QString &text)
{
    const QString wrong
        = Text::tr("\"%1\" is not an address and port to listen on; write it as 127.0.0.1:2525.").arg(text.left(100));
    QString host = QStringLiteral("127.0.0.1");
    QString port = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    const std::optional<quint16> number = parsePort(port);
    if (!number)
        return wrong;
    QHostAddress address;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return wrong;
    return ListenAddress{address, *number};
}

} // namespace remitente::cli
