#include "DiagnosisAction.h"

#include <array>
#include <utility>

namespace remitente::diagnosis {

namespace {
constexpr std::array<std::pair<DiagnosisAction, const char16_t *>, 14> names = {{
    {DiagnosisAction::EditPassword, u"edit-password"},
    {DiagnosisAction::EditSender, u"edit-sender"},
    {DiagnosisAction::EditRecipients, u"edit-recipients"},
    {DiagnosisAction::EditServer, u"edit-server"},
    {DiagnosisAction::TryOtherPort, u"try-other-port"},
    {DiagnosisAction::ShowCertificate, u"show-certificate"},
    {DiagnosisAction::TrustCertificate, u"trust-certificate"},
    {DiagnosisAction::UseCertificateHost, u"use-certificate-host"},
    {DiagnosisAction::CheckDomain, u"check-domain"},
    {DiagnosisAction::OpenLink, u"open-link"},
    {DiagnosisAction::Retry, u"retry"},
    {DiagnosisAction::Wait, u"wait"},
    {DiagnosisAction::SignInWithProvider, u"sign-in-with-provider"},
    {DiagnosisAction::WriteToAdmin, u"write-to-admin"},
}};
} // namespace

std::optional<DiagnosisAction> diagnosisActionFromName(QStringView name)
{
    for (const auto &[action, text] : names) {
        if (name == QStringView(text))
            return action;
    }
    return std::nullopt;
}

QString diagnosisActionName(DiagnosisAction action)
{
    for (const auto &[known, text] : names) {
        if (known == action)
            return QString::fromUtf16(text);
    }
    return {};
}

QStringList diagnosisActionNames(const QList<DiagnosisAction> &actions)
{
    QStringList list;
    for (const DiagnosisAction action : actions)
        list.append(diagnosisActionName(action));
    return list;
}

} // namespace remitente::diagnosis
