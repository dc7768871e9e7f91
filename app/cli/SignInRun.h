#pragma once

#include "accounts/Account.h"
#include "startup/Foundation.h"

#include <QObject>
#include <QSslCertificate>

#include <chrono>
#include <memory>
#include <optional>

namespace remitente::oauth {
class AuthorizationCodeFlow;
class DeviceCodeFlow;
struct TokenError;
class TokenResult;
} // namespace remitente::oauth

namespace remitente::cli {

struct SignInChoices {
    bool openBrowser = true; // false (--no-browser): only print the address
    bool device = false;     // --device: a code to type on another device (RFC 8628)
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    QList<QSslCertificate> extraCaCertificates;
};

// `account login` (and `account add --sign-in oauth2`): signs a saved account in with its provider in the browser,
// or with a device code; the refresh token goes to the keychain, "needs sign-in" ends and the mail held for the
// account becomes due. Exits the application with a sysexits code.
class SignInRun : public QObject
{
    Q_OBJECT
public:
    SignInRun();
    ~SignInRun() override;
    // An exit code when it cannot start (said on stderr); nullopt while it runs.
    std::optional<int> start(const accounts::Account &account, const SignInChoices &choices);

private:
    void startBrowserFlow(const oauth::OAuthSettings &settings);
    void startDeviceFlow(const oauth::OAuthSettings &settings);
    void finished(const oauth::TokenResult &result);
    void releaseHeldMail();
    static int exitCodeFor(const oauth::TokenError &error);

    accounts::Account m_account;
    SignInChoices m_choices;
    std::unique_ptr<startup::Foundation> m_foundation;
    std::unique_ptr<oauth::AuthorizationCodeFlow> m_browserFlow;
    std::unique_ptr<oauth::DeviceCodeFlow> m_deviceFlow;
};

} // namespace remitente::cli
