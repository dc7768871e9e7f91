#include "AdminChange.h"

#include <array>
#include <utility>

namespace remitente::diagnosis {

namespace {
constexpr std::array<std::pair<AdminChange, const char16_t *>, 5> names = {{
    {AdminChange::SmtpAuthForMailbox, u"smtp-auth-mailbox"},
    {AdminChange::SmtpAuthForTenant, u"smtp-auth-tenant"},
    {AdminChange::SecurityDefaults, u"security-defaults"},
    {AdminChange::AdminConsent, u"admin-consent"},
    {AdminChange::SendAs, u"send-as"},
}};
} // namespace

std::optional<AdminChange> adminChangeFromName(QStringView name)
{
    for (const auto &[change, text] : names) {
        if (name == QStringView(text))
            return change;
    }
    return std::nullopt;
}

QString adminChangeName(AdminChange change)
{
    for (const auto &[known, text] : names) {
        if (known == change)
            return QString::fromUtf16(text);
    }
    return {};
}

} // namespace remitente::diagnosis
