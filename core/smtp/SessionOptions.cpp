#include "SessionOptions.h"

namespace remitente::smtp {

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls: return QStringLiteral("tls");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::None: return QStringLiteral("none");
    }
    return {};
}

} // namespace remitente::smtp
