#include "SignInRun.h"

#include "ExitCode.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DeviceCodeFlow.h"
#include "oauth/TokenError.h"
#include "oauth/TokenResponse.h"
#include "outbox/OutboxStore.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {
// The system's way to open an address in the person's browser; false when there is none to start.
bool openInBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}
} // namespace

SignInRun::SignInRun() = default;
SignInRun::~SignInRun() = default;

std::optional<int> SignInRun::start(const accounts::Account &account, const SignInChoices &choices)
{
    m_account = account;
    m_choices = choices;
    QTextStream err(stderr);
    accounts::SessionPlanner::Settings settings;
    settings.extraCaCertificates = choices.extraCaCertificates;
    m_foundation = std::make_unique<startup::Foundation>(settings);
    if (const std::optional<startup::StartFailure> failure = m_foundation->open()) {
        err << failure->message << Qt::endl;
        return ExSoftware;
    }
    if (account.signIn != accounts::SignInKind::OAuth2) {
        err << tr("%1 signs in with a password, not with its provider; to change the password, add the account "
                  "again.")
                   .arg(text::terminalSafe(account.address))
            << Qt::endl;
        return ExUsage;
    }
    accounts::SignInFailure why;
    const std::optional<oauth::OAuthSettings> oauth = m_foundation->planner().oauthSettings(account, &why);
    if (!oauth) {
        err << text::terminalSafe(why.message) << Qt::endl;
        return ExConfig;
    }
    if (choices.device) {
        if (!oauth->hasDeviceFlow()) {
            err << tr("This provider does not offer signing in with a code on another device; sign in in a "
                      "browser instead (leave out --device).")
                << Qt::endl;
            return ExUsage;
        }
        startDeviceFlow(*oauth);
    } else {
        startBrowserFlow(*oauth);
    }
    return std::nullopt;
}

void SignInRun::startBrowserFlow(const oauth::OAuthSettings &settings)
{
    m_browserFlow = std::make_unique<oauth::AuthorizationCodeFlow>(settings);
    m_browserFlow->setLoginHint(m_account.username);
    m_browserFlow->setTimeout(m_choices.timeout);
    m_browserFlow->setExtraCaCertificates(m_choices.extraCaCertificates);
    connect(m_browserFlow.get(), &oauth::AuthorizationCodeFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        QTextStream err(stderr);
        const QString address = url.toString(QUrl::FullyEncoded);
        if (m_choices.openBrowser && openInBrowser(url))
            err << tr("Your browser opens the sign-in page. If it does not, open this address: %1").arg(address)
                << Qt::endl;
        else
            err << tr("To sign in, open this address in a browser on this computer: %1").arg(address) << Qt::endl;
        err << tr("Waiting for you to finish signing in (at most %n minute(s))…", nullptr,
                  int(std::chrono::ceil<std::chrono::minutes>(m_choices.timeout).count()))
            << Qt::endl;
    });
    connect(m_browserFlow.get(), &oauth::AuthorizationCodeFlow::finished, this, &SignInRun::finished);
    m_browserFlow->start();
}

void SignInRun::startDeviceFlow(const oauth::OAuthSettings &settings)
{
    m_deviceFlow = std::make_unique<oauth::DeviceCodeFlow>(settings);
    m_deviceFlow->setExtraCaCertificates(m_choices.extraCaCertificates);
    connect(m_deviceFlow.get(), &oauth::DeviceCodeFlow::userCodeReady, this,
            [](const QUrl &verificationUri, const QString &userCode, const QDateTime &expiresAt) {
                QTextStream(stderr) << tr("To sign in, open %1 on any device and enter the code %2 (before %3).")
                                           .arg(verificationUri.toString(QUrl::FullyEncoded),
                                                text::terminalSafe(userCode),
                                                QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat))
                                    << Qt::endl;
            });
    connect(m_deviceFlow.get(), &oauth::DeviceCodeFlow::finished, this, &SignInRun::finished);
    m_deviceFlow->start();
}

void SignInRun::finished(const oauth::TokenResult &result)
{
    if (!result.ok()) {
        QTextStream(stderr) << tr("Not signed in: %1").arg(text::terminalSafe(result.error().message())) << Qt::endl;
        QCoreApplication::exit(exitCodeFor(result.error()));
        return;
    }
    m_foundation->planner().saveSignIn(m_account, result.tokens(), [this](const accounts::SecretStore::Result &saved) {
        if (saved.status != accounts::SecretStore::Status::Ok) {
            QTextStream(stderr) << tr("Signed in, but the sign-in could not be kept in the system keychain: %1")
                                       .arg(text::terminalSafe(saved.message))
                                << Qt::endl;
            QCoreApplication::exit(ExTempFail);
            return;
        }
        releaseHeldMail();
        QTextStream(stderr) << tr("Signed in: Remitente can send from %1.").arg(text::terminalSafe(m_account.address))
                            << Qt::endl;
        QCoreApplication::exit(ExOk);
    });
}

void SignInRun::releaseHeldMail()
{
    outbox::OutboxStore store;
    QString error;
    if (!store.open(outbox::OutboxStore::defaultPath(), &error))
        return; // no outbox yet, or unreadable: nothing held there that this could free
    if (!store.makeDueNow(m_account.id, QDateTime::currentDateTimeUtc()))
        QTextStream(stderr) << tr("The mail waiting for this account could not be made due now: %1")
                                   .arg(text::terminalSafe(store.lastError()))
                            << Qt::endl;
}

int SignInRun::exitCodeFor(const oauth::TokenError &error)
{
    switch (error.kind) {
    case oauth::TokenErrorKind::AccessDenied:
    case oauth::TokenErrorKind::NeedsSignIn:
        return ExNoPerm;
    case oauth::TokenErrorKind::InvalidClient:
        return ExConfig;
    case oauth::TokenErrorKind::WrongState:
    case oauth::TokenErrorKind::Malformed:
    case oauth::TokenErrorKind::Rejected:
        return ExProtocol;
    case oauth::TokenErrorKind::Network:
    case oauth::TokenErrorKind::Server:
        return ExUnavailable;
    default:
        return ExTempFail; // timeout, expired code, cancelled: try again
    }
}

} // namespace remitente::cli
