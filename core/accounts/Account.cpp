#include "Account.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include "imap/ImapServerNames.h"
#include "smtp/TlsFailure.h"

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::Account)
};

constexpr std::pair<SignInKind, const char *> signInNames[] = {
    {SignInKind::AppPassword, "app-password"},
    {SignInKind::MailboxPassword, "mailbox-password"},
    {SignInKind::OAuth2, "oauth2"},
    {SignInKind::ApiKey, "api-key"},
    {SignInKind::None, "none"},
};

bool isWholePort(const QJsonValue &port)
{
    const double number = port.toDouble(-1);
    return port.isDouble() && number == double(qint64(number)) && number >= 1 && number <= 65535;
}

// The "imap" object: host, port (default by security), security ("tls" when left out). Empty with the reason.
std::optional<imap::ImapServer> imapFromJson(const QJsonValue &value, QString *problem)
{
    if (!value.isObject()) {
        *problem = Text::tr("the field \"imap\" must be an object with \"host\", \"port\" and \"security\", not %1")
                       .arg(jsonValueForMessage(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    imap::ImapServer server;
    const QJsonValue host = object.value(QLatin1String("host"));
    if (!host.isString() || host.toString().trimmed().isEmpty() || host.toString().trimmed().contains(u' ')) {
        *problem = Text::tr("the field \"imap.host\" must be a server name, not %1").arg(jsonValueForMessage(host));
        return std::nullopt;
    }
    server.host = host.toString().trimmed();
    const QJsonValue security = object.value(QLatin1String("security"));
    if (!security.isUndefined()) {
        const std::optional<imap::ImapSecurity> chosen = imap::imapSecurityFromName(security.toString());
        if (!security.isString() || !chosen) {
            *problem = Text::tr("the field \"imap.security\" must be \"tls\" or \"starttls\", not %1")
                           .arg(jsonValueForMessage(security));
            return std::nullopt;
        }
        server.security = *chosen;
    }
    server.port = imap::defaultImapPort(server.security);
    const QJsonValue port = object.value(QLatin1String("port"));
    if (!port.isUndefined()) {
        if (!isWholePort(port)) {
            *problem = Text::tr("the field \"imap.port\" must be a whole number from 1 to 65535, not %1")
                           .arg(jsonValueForMessage(port));
            return std::nullopt;
        }
        server.port = quint16(port.toInt());
    }
    return server;
}
} // namespace

QJsonObject imapToJson(const imap::ImapServer &server)
{
    return {{QStringLiteral("host"), server.host},
            {QStringLiteral("port"), server.port},
            {QStringLiteral("security"), imap::imapSecurityName(server.security)}};
}

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
    if (!tenant.isEmpty())
        object.insert(QStringLiteral("tenant"), tenant);
    if (serverSizeLimit > 0)
        object.insert(QStringLiteral("serverSizeLimit"), serverSizeLimit);
    if (!aliases.isEmpty())
        object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(aliases));
    if (rewriteForeignFrom)
        object.insert(QStringLiteral("rewriteForeignFrom"), true);
    if (!backupAccountId.isEmpty())
        object.insert(QStringLiteral("backupAccountId"), backupAccountId);
    if (!backupFrom.isEmpty())
        object.insert(QStringLiteral("backupFrom"), backupFrom);
    if (imap.isSet())
        object.insert(QStringLiteral("imap"), imapToJson(imap));
    if (!imapPinnedSha256.isEmpty())
        object.insert(QStringLiteral("imapPinnedSha256"), QString::fromLatin1(imapPinnedSha256.toHex(':').toUpper()));
    return object;
}

std::optional<Account> Account::fromJson(const QJsonObject &object, QString *error)
{
    // Which field, and what is wrong with it: the person (or support) fixes the file from this message alone.
    QString problem;
    auto fail = [&](const QString &text) {
        if (problem.isEmpty())
            problem = text;
        return false;
    };
    auto readText = [&](const char *key, bool required, QString *out) {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || (!required && value.isNull()))
            return !required || fail(Text::tr("the field \"%1\" is missing").arg(name));
        if (!value.isString())
            return fail(Text::tr("the field \"%1\" must be text, not %2").arg(name, jsonValueForMessage(value)));
        if (required && value.toString().trimmed().isEmpty())
            return fail(Text::tr("the field \"%1\" is empty").arg(name));
        *out = value.toString();
        return true;
    };
    auto present = [&](const char *key) { return object.contains(QLatin1String(key)); };

    Account account;
    QString security;
    QString signIn;
    if (readText("id", true, &account.id) && readText("address", true, &account.address)
        && readText("host", true, &account.host)) {
        const QJsonValue port = object.value(QLatin1String("port"));
        const double number = port.toDouble(-1);
        if (port.isUndefined())
            fail(Text::tr("the field \"%1\" is missing").arg(QStringLiteral("port")));
        else if (!port.isDouble() || number != double(qint64(number)) || number < 1 || number > 65535)
            fail(Text::tr("the field \"port\" must be a whole number from 1 to 65535, not %1")
                     .arg(jsonValueForMessage(port)));
        else
            account.port = quint16(number);
    }
    if (problem.isEmpty() && readText("security", true, &security)) {
        if (const std::optional<smtp::Security> chosen = smtp::securityFromName(security))
            account.security = *chosen;
        else
            fail(Text::tr("the field \"security\" must be \"tls\", \"starttls\" or \"none\", not %1")
                     .arg(jsonValueForMessage(object.value(QLatin1String("security")))));
    }
    if (problem.isEmpty() && readText("signIn", true, &signIn)) {
        if (const std::optional<SignInKind> kind = signInKindFromName(signIn)) {
            account.signIn = *kind;
        } else {
            QStringList names;
            for (const auto &[value, name] : signInNames)
                names.append(QString::fromLatin1(name));
            const QJsonValue given = object.value(QLatin1String("signIn"));
            fail(Text::tr("the field \"signIn\" must be one of %1, not %2")
                     .arg(names.join(QStringLiteral(", ")), jsonValueForMessage(given)));
        }
    }
    if (problem.isEmpty()) {
        readText("displayName", false, &account.displayName);
        readText("username", false, &account.username);
        readText("providerId", false, &account.providerId);
        readText("tenant", false, &account.tenant);
        readText("backupAccountId", false, &account.backupAccountId);
        readText("backupFrom", false, &account.backupFrom);
    }
    if (problem.isEmpty() && present("pinnedSha256")) {
        const QJsonValue pin = object.value(QLatin1String("pinnedSha256"));
        account.pinnedSha256 = smtp::parseSha256Fingerprint(pin.toString());
        if (account.pinnedSha256.isEmpty())
            fail(Text::tr("the field \"pinnedSha256\" must be a SHA-256 fingerprint (64 hex digits), not %1")
                     .arg(jsonValueForMessage(pin)));
    }
    if (problem.isEmpty() && present("imapPinnedSha256")) {
        const QJsonValue pin = object.value(QLatin1String("imapPinnedSha256"));
        account.imapPinnedSha256 = smtp::parseSha256Fingerprint(pin.toString());
        if (account.imapPinnedSha256.isEmpty())
            fail(Text::tr("the field \"imapPinnedSha256\" must be a SHA-256 fingerprint (64 hex digits), not %1")
                     .arg(jsonValueForMessage(pin)));
    }
    if (problem.isEmpty() && present("verifiedAt")) {
        const QJsonValue verified = object.value(QLatin1String("verifiedAt"));
        account.verifiedAt = QDateTime::fromString(verified.toString(), Qt::ISODate);
        if (!account.verifiedAt.isValid())
            fail(Text::tr("the field \"verifiedAt\" must be a date and time such as 2026-11-28T10:00:00Z, not %1")
                     .arg(jsonValueForMessage(verified)));
    }
    if (problem.isEmpty() && present("aliases")) {
        const QJsonValue aliases = object.value(QLatin1String("aliases"));
        for (const QJsonValue &alias : aliases.toArray()) {
            if (!alias.isString() || !alias.toString().contains(u'@')) {
                fail(Text::tr("the field \"aliases\" must be a list of addresses, not %1")
                         .arg(jsonValueForMessage(aliases)));
                break;
            }
            account.aliases.append(alias.toString());
        }
        if (!aliases.isArray())
            fail(Text::tr("the field \"aliases\" must be a list of addresses, not %1")
                     .arg(jsonValueForMessage(aliases)));
    }
    if (problem.isEmpty() && present("imap") && !object.value(QLatin1String("imap")).isNull()) {
        QString wrong;
        if (const std::optional<imap::ImapServer> server = imapFromJson(object.value(QLatin1String("imap")), &wrong))
            account.imap = *server;
        else
            fail(wrong);
    }
    account.rewriteForeignFrom = object.value(QLatin1String("rewriteForeignFrom")).toBool(false);
    // Only a hint for the composer, learned again at every check: a value that makes no sense is forgotten.
    account.serverSizeLimit = std::max<qint64>(0, object.value(QLatin1String("serverSizeLimit")).toInteger(0));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return account;
}

bool Account::maySendAs(const QString &other) const
{
    return address.compare(other, Qt::CaseInsensitive) == 0 || aliases.contains(other, Qt::CaseInsensitive);
}

QString jsonValueForMessage(const QJsonValue &value)
{
    if (value.isUndefined())
        return Text::tr("nothing");
    // Compact JSON, as it is written in the file (control characters escaped), and never a whole page of it.
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    constexpr int limit = 40;
    if (text.size() > limit)
        text = text.left(limit) + QStringLiteral("…");
    return text;
}

} // namespace remitente::accounts
