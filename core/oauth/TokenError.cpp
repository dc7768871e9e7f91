#include "TokenError.h"

#include <QCoreApplication>
#include <QHash>

namespace remitente::oauth {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::oauth::TokenError)
};
constexpr qsizetype MaxProviderText = 300;
} // namespace

QString tokenErrorKindName(TokenErrorKind kind)
{
    switch (kind) {
    case TokenErrorKind::NeedsSignIn:
        return QStringLiteral("needs-sign-in");
    case TokenErrorKind::AccessDenied:
        return QStringLiteral("access-denied");
    case TokenErrorKind::InvalidClient:
        return QStringLiteral("invalid-client");
    case TokenErrorKind::AuthorizationPending:
        return QStringLiteral("authorization-pending");
    case TokenErrorKind::SlowDown:
        return QStringLiteral("slow-down");
    case TokenErrorKind::Expired:
        return QStringLiteral("expired");
    case TokenErrorKind::Network:
        return QStringLiteral("network");
    case TokenErrorKind::Server:
        return QStringLiteral("server");
    case TokenErrorKind::Timeout:
        return QStringLiteral("timeout");
    case TokenErrorKind::WrongState:
        return QStringLiteral("wrong-state");
    case TokenErrorKind::Malformed:
        return QStringLiteral("malformed");
    case TokenErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case TokenErrorKind::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

TokenErrorKind classifyTokenError(const QString &code)
{
    static const QHash<QString, TokenErrorKind> kinds{
        {QStringLiteral("invalid_grant"), TokenErrorKind::NeedsSignIn},
        {QStringLiteral("interaction_required"), TokenErrorKind::NeedsSignIn},
        {QStringLiteral("login_required"), TokenErrorKind::NeedsSignIn},
        {QStringLiteral("consent_required"), TokenErrorKind::NeedsSignIn},
        {QStringLiteral("access_denied"), TokenErrorKind::AccessDenied},
        {QStringLiteral("authorization_declined"), TokenErrorKind::AccessDenied}, // Microsoft's device flow
        {QStringLiteral("invalid_client"), TokenErrorKind::InvalidClient},
        {QStringLiteral("unauthorized_client"), TokenErrorKind::InvalidClient},
        {QStringLiteral("invalid_scope"), TokenErrorKind::InvalidClient},
        {QStringLiteral("invalid_request"), TokenErrorKind::InvalidClient},
        {QStringLiteral("unsupported_grant_type"), TokenErrorKind::InvalidClient},
        {QStringLiteral("authorization_pending"), TokenErrorKind::AuthorizationPending},
        {QStringLiteral("slow_down"), TokenErrorKind::SlowDown},
        {QStringLiteral("expired_token"), TokenErrorKind::Expired},
        {QStringLiteral("code_expired"), TokenErrorKind::Expired}, // Microsoft's device flow, older endpoints
        {QStringLiteral("server_error"), TokenErrorKind::Server},
        {QStringLiteral("temporarily_unavailable"), TokenErrorKind::Server},
    };
    return kinds.value(code, TokenErrorKind::Rejected);
}

TokenErrorKind classifyRedirectError(const QString &code)
{
    switch (const TokenErrorKind kind = classifyTokenError(code)) {
    case TokenErrorKind::Server:
    case TokenErrorKind::InvalidClient:
        return kind;
    default:
        return code == u"unsupported_response_type" ? TokenErrorKind::InvalidClient : TokenErrorKind::AccessDenied;
    }
}

QString cleanProviderText(const QString &text)
{
    QString clean;
    clean.reserve(std::min(text.size(), MaxProviderText));
    for (const QChar c : text) {
        if (clean.size() >= MaxProviderText) {
            clean += QChar(0x2026); // …
            break;
        }
        const char16_t u = c.unicode();
        const bool control
            = u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        clean += control ? QChar(u' ') : c;
    }
    return clean.trimmed();
}

QString TokenError::message() const
{
    QString what;
    switch (kind) {
    case TokenErrorKind::NeedsSignIn:
        what = Text::tr("The provider no longer accepts this account's sign-in. Sign in again to go on sending.");
        break;
    case TokenErrorKind::AccessDenied:
        what = Text::tr("Signing in was refused or cancelled at the provider. Try again and allow Remitente to send "
                        "email when asked; if your organisation manages the account, ask its administrator.");
        break;
    case TokenErrorKind::InvalidClient:
        what
            = Text::tr("The provider does not accept Remitente's sign-in settings for it. Check the provider's sign-in "
                       "settings (application id, tenant, scopes) or ask the administrator who set them up.");
        break;
    case TokenErrorKind::AuthorizationPending:
        what = Text::tr("Waiting for you to finish signing in on the other device.");
        break;
    case TokenErrorKind::SlowDown:
        what = Text::tr("The provider asked Remitente to check less often; it goes on waiting.");
        break;
    case TokenErrorKind::Expired:
        what = Text::tr("The sign-in code expired before it was used. Start signing in again.");
        break;
    case TokenErrorKind::Network:
        what = Text::tr("Could not reach the provider's sign-in server. Check the connection and try again.");
        break;
    case TokenErrorKind::Server:
        what = Text::tr("The provider's sign-in server had a problem. Try again in a few minutes.");
        break;
    case TokenErrorKind::Timeout:
        what = Text::tr("Signing in did not finish in time. Try again.");
        break;
    case TokenErrorKind::WrongState:
        what = Text::tr("The answer that reached Remitente does not belong to the sign-in it started, so it was "
                        "ignored. Start signing in again.");
        break;
    case TokenErrorKind::Malformed:
        what = Text::tr("The provider's sign-in server sent an answer Remitente cannot use. Try again later; if it "
                        "keeps happening, the provider's sign-in settings may be wrong.");
        break;
    case TokenErrorKind::Cancelled:
        what = Text::tr("Signing in was cancelled.");
        break;
    case TokenErrorKind::Rejected:
        what = Text::tr("The provider refused the sign-in. Try again; if it keeps happening, what the provider "
                        "said may explain why.");
        break;
    }
    if (!detail.isEmpty())
        what += QStringLiteral(" (%1)").arg(detail);
    const QString said = cleanProviderText(description.isEmpty() ? code : description);
    if (!said.isEmpty())
        what += u' ' + Text::tr("The provider said: \"%1\"").arg(said);
    return what;
}

} // namespace remitente::oauth
