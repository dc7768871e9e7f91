#include "Account.h"

#include <QCoreApplication>
#include <QUuid>

#include "smtp/TlsFailure.h"

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::Account)
};

constexpr std::pair<SignInKind, const char *> signInNames[] = {
    {SignInKind::AppPassword, "app-password"}, {SignInKind::MailboxPassword, "mailbox-password"},
    {SignInKind::OAuth2, "oauth2"},           {SignInKind::ApiKey, "api-key"},
    {SignInKind::None, "none"},
};
} // namespace

QString signInKindName(SignInKind kind)
{
    for (const auto &[value, name] : signInNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SignInKind> signInKindFromName(const QString &name)
{
    for (const auto &[value, text] : signInNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

smtp::SessionOptions Account::sessionOptions(const smtp::Timeouts &timeouts,
                                             const QList<QSslCertificate> &extraCaCertificates) const
{
    smtp::SessionOptions options;
    options.host = host;
    options.port = port;
    options.security = security;
    options.pinnedSha256 = pinnedSha256;
    options.timeouts = timeouts;
    options.extraCaCertificates = extraCaCertificates;
    return options;
}

QJsonObject Account::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("security"), smtp::securityName(security)},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("signIn"), signInKindName(signIn)},
                       {QStringLiteral("providerId"), providerId}};
    if (!pinnedSha256.isEmpty())
        object.insert(QStringLiteral("pinnedSha256"), QString::fromLatin1(pinnedSha256.toHex(':').toUpper()));
    if (verifiedAt.isValid())
        object.insert(QStringLiteral("verifiedAt"), verifiedAt.toUTC().toString(Qt::ISODate));
    return object;
}

std::optional<Account> Account::fromJson(const QJsonObject &object, QString *error)
{
    Account account;
    account.id = object.value(QStringLiteral("id")).toString();
    account.displayName = object.value(QStringLiteral("displayName")).toString();
    account.address = object.value(QStringLiteral("address")).toString();
    account.host = object.value(QStringLiteral("host")).toString();
    const int port = object.value(QStringLiteral("port")).toInt();
    account.username = object.value(QStringLiteral("username")).toString();
    account.providerId = object.value(QStringLiteral("providerId")).toString();
    const QString security = object.value(QStringLiteral("security")).toString();
    const std::optional<SignInKind> signIn = signInKindFromName(object.value(QStringLiteral("signIn")).toString());
    if (account.id.isEmpty() || account.address.isEmpty() || account.host.isEmpty() || port <= 0 || port > 65535
        || !signIn) {
        *error = Text::tr("an account entry is incomplete (id, address, server, port and sign-in are needed)");
        return std::nullopt;
    }
    account.port = quint16(port);
    account.signIn = *signIn;
    const std::optional<smtp::Security> chosen = smtp::securityFromName(security);
    if (!chosen) {
        *error = Text::tr("the account %1 has an unknown security setting \"%2\"").arg(account.address, security);
        return std::nullopt;
    }
    account.security = *chosen;
    if (object.contains(QStringLiteral("pinnedSha256"))) {
        account.pinnedSha256 = smtp::parseSha256Fingerprint(object.value(QStringLiteral("pinnedSha256")).toString());
        if (account.pinnedSha256.isEmpty()) {
            *error = Text::tr("the account %1 has a damaged certificate fingerprint").arg(account.address);
            return std::nullopt;
        }
    }
    if (object.contains(QStringLiteral("verifiedAt")))
        account.verifiedAt = QDateTime::fromString(object.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
    return account;
}

} // namespace remitente::accounts
