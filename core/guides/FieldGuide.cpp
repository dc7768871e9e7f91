#include "FieldGuide.h"

#include "GuideData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace remitente::guides {

namespace {

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

} // namespace

QStringList fieldGuideIds()
{
    QStringList ids;
    for (const QJsonValue &guide : guides())
        ids.append(guide.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

std::optional<FieldGuide> fieldGuide(const QString &id, const accounts::Account &account, const QString &language)
{
    for (const QJsonValue &value : guides()) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("id")).toString() != id)
            continue;
        FieldGuide guide;
        guide.id = id;
        guide.program = object.value(QStringLiteral("program")).toString();
        guide.where = localized(object.value(QStringLiteral("where")), language);
        for (const QJsonValue &mistake : object.value(QStringLiteral("mistakes")).toArray())
            guide.mistakes.append(localized(mistake, language));
        guide.ownSignIn = localized(object.value(QStringLiteral("ownSignIn")), language);
        guide.warning = localized(
            object.value(QStringLiteral("whenSecurity")).toObject().value(choiceKey(account.security)), language);
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
            guide.fields.append(line);
        }
        return guide;
    }
    return std::nullopt;
}

} // namespace remitente::guides
