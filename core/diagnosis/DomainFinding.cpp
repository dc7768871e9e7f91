#include "DomainFinding.h"

namespace remitente::diagnosis {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Managed:
        return QStringLiteral("managed");
    }
    return {};
}

} // namespace remitente::diagnosis
