#include "SessionOptions.h"

namespace remitente::smtp {

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Security> securityFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"tls" || lower == u"ssl")
        return Security::ImplicitTls;
    if (lower == u"starttls")
        return Security::StartTls;
    if (lower == u"none")
        return Security::None;
    return std::nullopt;
}

quint16 defaultPort(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return 465;
    case Security::StartTls:
        return 587;
    case Security::None:
        return 25;
    }
    return 465;
}

} // namespace remitente::smtp
