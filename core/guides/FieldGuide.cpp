#include "FieldGuide.h"

#include "GuideData.h"

#include "mime/Mailbox.h"
#include "providers/Suggestion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace remitente::guides {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::guides::FieldGuide)
};

const QJsonArray &guides()
{
    return GuideData::current().guides();
}

QString choiceKey(smtp::Security security)
{
    switch (security) {
    case smtp::Security::ImplicitTls:
        return QStringLiteral("tls");
    case smtp::Security::StartTls:
        return QStringLiteral("starttls");
    case smtp::Security::None:
        return QStringLiteral("none");
    }
    return {};
}

// Remitente's own words in the data: {"en": ..., "es": ...}, English where the language has none.
QString localized(const QJsonValue &value, const QString &language)
{
    const QJsonObject texts = value.toObject();
    const QString text = texts.value(language).toString();
    return text.isEmpty() ? texts.value(QStringLiteral("en")).toString() : text;
}

// A choice or a fixed text: the same word in every language ("SSL/TLS"), or one per language ("None", "Ninguna").
QString wordOrWords(const QJsonValue &value, const QString &language)
{
    return value.isObject() ? localized(value, language) : value.toString();
}

// Whether a mistake concerns this account: its "if" names the sign-in kinds, the securities, or that the user name is
// not the address (usernameDiffers); one without "if" concerns every account.
bool concerns(const QJsonValue &mistake, const accounts::Account &account)
{
    const QJsonObject condition = mistake.toObject().value(QStringLiteral("if")).toObject();
    const QJsonArray signIns = condition.value(QStringLiteral("signIn")).toArray();
    if (!signIns.isEmpty() && !signIns.contains(accounts::signInKindName(account.signIn)))
        return false;
    const QJsonArray securities = condition.value(QStringLiteral("security")).toArray();
    if (!securities.isEmpty() && !securities.contains(choiceKey(account.security)))
        return false;
    const bool usernameDiffers = !account.username.isEmpty() && account.username != account.address;
    return !condition.value(QStringLiteral("usernameDiffers")).toBool() || usernameDiffers;
}

// The account's provider's other server with a security the program can use (Salesforce: STARTTLS, never 465).
std::optional<providers::Suggestion> usableServer(const accounts::Account &account, const QJsonArray &securities)
{
    const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load();
    const providers::Provider *provider
        = catalogue ? catalogue->forAccount(account.providerId, account.address) : nullptr;
    if (!provider)
        return std::nullopt;
    for (const providers::ServerSetting &server : provider->servers) {
        if (securities.contains(server.security) && !server.host.contains(u"%REGION%"))
            return providers::Suggestion::fromCatalogue(server, mime::domainOf(account.address),
                                                        QStringLiteral("catalogue"));
    }
    return std::nullopt;
}

} // namespace

QStringList fieldGuideIds()
{
    QStringList ids;
    for (const QJsonValue &guide : guides())
        ids.append(guide.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

std::optional<FieldGuide> fieldGuide(const QString &id, const accounts::Account &accountIn, const QString &language)
{
    for (const QJsonValue &value : guides()) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("id")).toString() != id)
            continue;
        FieldGuide guide;
        accounts::Account account = accountIn;
        guide.id = id;
        guide.program = wordOrWords(object.value(QStringLiteral("program")), language);
        guide.where = localized(object.value(QStringLiteral("where")), language);
        for (const QJsonValue &mistake : object.value(QStringLiteral("mistakes")).toArray()) {
            if (concerns(mistake, account))
                guide.mistakes.append(localized(mistake, language));
        }
        guide.ownSignIn = localized(object.value(QStringLiteral("ownSignIn")), language);
        guide.warning = localized(
            object.value(QStringLiteral("whenSecurity")).toObject().value(choiceKey(account.security)), language);
        // A program that cannot use the account's security gets the provider's other server where it has one.
        const QJsonArray securities = object.value(QStringLiteral("securities")).toArray();
        if (!securities.isEmpty() && !securities.contains(choiceKey(account.security))) {
            if (const std::optional<providers::Suggestion> server = usableServer(account, securities)) {
                const QString program = guide.program.section(QStringLiteral(" ("), 0, 0); // without "(Email Relay)"
                const QString port = QString::number(server->port);
                guide.warning = server->host == account.host
                    ? Text::tr("%1 cannot use this account's port %2. The values below use the same server, %3, on "
                               "port %4 with STARTTLS, which %1 can use.")
                          .arg(program, QString::number(account.port), server->host, port)
                    : Text::tr("%1 cannot use this account's port %2. The values below are for its provider's other "
                               "server, %3 port %4 with STARTTLS, which %1 can use.")
                          .arg(program, QString::number(account.port), server->host, port);
                account.host = server->host;
                account.port = server->port;
                account.security = server->security;
            }
        }
        guide.trust = localized(object.value(QStringLiteral("trust")), language);
        guide.source = object.value(QStringLiteral("source")).toString();
        guide.cloud = object.value(QStringLiteral("cloud")).toBool();
        const QString username = account.username.isEmpty() ? account.address : account.username;
        for (const QJsonValue &fieldValue : object.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = fieldValue.toObject();
            const QJsonObject labels = field.value(QStringLiteral("label")).toObject();
            GuideField line;
            line.label = labels.value(language).toString();
            if (line.label.isEmpty()) {
                line.label = labels.value(QStringLiteral("en")).toString();
                guide.labelsInLanguage = guide.labelsInLanguage && language == u"en";
            }
            const QString kind = field.value(QStringLiteral("value")).toString();
            if (kind == u"host")
                line.value = account.host;
            else if (kind == u"port")
                line.value = QString::number(account.port);
            else if (kind == u"security")
                line.value = wordOrWords(
                    field.value(QStringLiteral("choices")).toObject().value(choiceKey(account.security)), language);
            else if (kind == u"username")
                line.value = username;
            else if (kind == u"address")
                line.value = account.address;
            else if (kind == u"displayName")
                line.value = account.displayName;
            else if (kind == u"text")
                line.value = wordOrWords(field.value(QStringLiteral("text")), language);
            line.isPassword = kind == u"password";
            line.isChoice = kind == u"security" || kind == u"text";
            guide.fields.append(line);
        }
        return guide;
    }
    return std::nullopt;
}

} // namespace remitente::guides
