#pragma once

#include "TokenError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <variant>

namespace remitente::oauth {

// What a token endpoint handed out. accessToken and refreshToken are secrets: never logged, never in a message.
struct Tokens {
    QString accessToken;
    QString refreshToken; // on a refresh without a new one, the one the caller already had
    QDateTime expiresAt;  // UTC
    QStringList scope;    // what the provider granted; empty when it did not say (then: what was asked)
    QString tokenType;    // always "Bearer" (any case) here: other types are refused
};

// Either tokens or why not.
class TokenResult
{
public:
    TokenResult() : m_value(TokenError{}) { } // a failure until set (for containers and QVariant)
    TokenResult(Tokens tokens) : m_value(std::move(tokens)) { }
    TokenResult(TokenError error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<Tokens>(m_value); }
    const Tokens &tokens() const { return std::get<Tokens>(m_value); }        // only when ok()
    const TokenError &error() const { return std::get<TokenError>(m_value); } // only when !ok()

private:
    std::variant<Tokens, TokenError> m_value;
};

// Largest token or device authorization answer read; larger ones are Malformed.
constexpr qsizetype MaxTokenResponse = 64 * 1024;

// Reads a token endpoint's answer (RFC 6749 5.1 and 5.2) to an HTTP status and body. Pure and bounded.
//   success: access_token, token_type Bearer, expires_in (3600 when missing), scope, refresh_token (the
//            previous one when missing)
//   error:   `error`, `error_description`, Microsoft's `error_codes`, classified; 5xx or not JSON: Server
TokenResult parseTokenResponse(int httpStatus, const QByteArray &body, const QDateTime &now,
                               const QString &previousRefreshToken = {});

// The error part alone, for any answer that is not a success: 5xx -> Server, a JSON `error` -> classified, not
// JSON -> Server, JSON without `error` -> Malformed (4xx) or Server (5xx).
TokenError parseErrorResponse(int httpStatus, const QByteArray &body);

} // namespace remitente::oauth
