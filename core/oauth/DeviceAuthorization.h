#pragma once

#include "TokenError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <variant>

namespace remitente::oauth {

// A device authorization answer (RFC 8628 3.2): the person opens verificationUri elsewhere and types userCode.
struct DeviceAuthorization {
    QString deviceCode; // a secret: what the polling sends
    QString userCode;
    QUrl verificationUri;         // https only (Google calls it verification_url)
    QUrl verificationUriComplete; // with the user code in it; empty when the provider sent none (or not https)
    QDateTime expiresAt;          // UTC
    std::chrono::seconds interval{5};
};

class DeviceAuthorizationResult
{
public:
    DeviceAuthorizationResult() : m_value(TokenError{}) { } // a failure until set
    DeviceAuthorizationResult(DeviceAuthorization authorization) : m_value(std::move(authorization)) { }
    DeviceAuthorizationResult(TokenError error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<DeviceAuthorization>(m_value); }
    const DeviceAuthorization &authorization() const { return std::get<DeviceAuthorization>(m_value); }
    const TokenError &error() const { return std::get<TokenError>(m_value); }

private:
    std::variant<DeviceAuthorization, TokenError> m_value;
};

// Reads a device authorization endpoint's answer. Pure and bounded (bodies over 64 KiB are Malformed). interval is
// 5 s when missing and kept between 1 s and 5 min; expires_in is required.
DeviceAuthorizationResult parseDeviceAuthorizationResponse(int httpStatus, const QByteArray &body,
                                                           const QDateTime &now);

} // namespace remitente::oauth
