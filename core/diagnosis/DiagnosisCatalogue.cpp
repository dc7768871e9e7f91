#include "DiagnosisCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace remitente::diagnosis {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

bool containsAny(const QString &haystack, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (haystack.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

MatchRule ruleFrom(const QJsonObject &object)
{
    MatchRule rule;
    rule.kinds = strings(object.value(u"kinds"));
    rule.stages = strings(object.value(u"stages"));
    for (const QJsonValue &code : object.value(u"codes").toArray())
        rule.codes.append(code.toInt());
    rule.enhanced = strings(object.value(u"enhanced"));
    rule.texts = strings(object.value(u"text"));
    rule.providers = strings(object.value(u"providers"));
    rule.certificate = strings(object.value(u"certificate"));
    rule.issuers = strings(object.value(u"issuer"));
    return rule;
}

const QStringList knownKeys
    = {QStringLiteral("kinds"), QStringLiteral("stages"),    QStringLiteral("codes"),       QStringLiteral("enhanced"),
       QStringLiteral("text"),  QStringLiteral("providers"), QStringLiteral("certificate"), QStringLiteral("issuer")};
} // namespace

int MatchRule::score(const FailureContext &context) const
{
    const smtp::SmtpError &error = context.error;
    const std::optional<smtp::Reply> &reply = error.reply;
    int total = 0;
    if (!kinds.isEmpty()) {
        if (!kinds.contains(smtp::errorKindName(error.kind)))
            return 0;
        total += 1;
    }
    if (!stages.isEmpty()) {
        if (!stages.contains(smtp::stageName(error.stage)))
            return 0;
        total += 1;
    }
    if (!codes.isEmpty()) {
        if (!reply || !codes.contains(reply->code))
            return 0;
        total += 1;
    }
    if (!enhanced.isEmpty()) {
        if (!reply || !reply->enhanced.isValid() || !enhanced.contains(reply->enhanced.toString()))
            return 0;
        total += 2;
    }
    if (!texts.isEmpty()) {
        if (!reply || !containsAny(reply->text(), texts))
            return 0;
        total += 4;
    }
    if (!providers.isEmpty()) {
        if (!providers.contains(context.providerId))
            return 0;
        total += 1;
    }
    if (!certificate.isEmpty()) {
        bool found = false;
        if (error.tls) {
            for (const smtp::CertificateProblem problem : error.tls->problems)
                found = found || certificate.contains(smtp::certificateProblemName(problem));
        }
        if (!found)
            return 0;
        total += 2;
    }
    if (!issuers.isEmpty()) {
        if (!error.tls || !containsAny(error.tls->certificate.issuer, issuers))
            return 0;
        total += 4;
    }
    return total;
}

std::optional<DiagnosisCatalogue> DiagnosisCatalogue::load(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<DiagnosisCatalogue> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return fail(QStringLiteral("%1: %2").arg(path, parseError.errorString()));
    if (document.object().value(u"schema").toInt() != 1)
        return fail(QStringLiteral("%1: unknown schema").arg(path));

    DiagnosisCatalogue catalogue;
    for (const QJsonValue &value : document.object().value(u"entries").toArray()) {
        const QJsonObject object = value.toObject();
        DiagnosisEntry entry;
        entry.id = object.value(u"id").toString();
        entry.category = object.value(u"category").toString();
        entry.transient = object.value(u"transient").toBool();
        entry.title = object.value(u"title").toString();
        entry.explanation = object.value(u"explanation").toString();
        entry.steps = strings(object.value(u"steps"));
        entry.link = object.value(u"link").toString();
        for (const QString &name : strings(object.value(u"actions"))) {
            const std::optional<DiagnosisAction> action = diagnosisActionFromName(name);
            if (!action)
                return fail(QStringLiteral("%1: entry %2 has an unknown action %3").arg(path, entry.id, name));
            entry.actions.append(*action);
        }
        for (const QJsonValue &match : object.value(u"match").toArray()) {
            const QJsonObject matchObject = match.toObject();
            for (const QString &key : matchObject.keys()) {
                if (!knownKeys.contains(key))
                    return fail(QStringLiteral("%1: entry %2 matches on unknown field %3").arg(path, entry.id, key));
            }
            entry.rules.append(ruleFrom(matchObject));
        }
        if (entry.id.isEmpty() || entry.category.isEmpty() || entry.title.isEmpty() || entry.rules.isEmpty())
            return fail(QStringLiteral("%1: an entry lacks id, category, title or match").arg(path));
        if (catalogue.byId(entry.id))
            return fail(QStringLiteral("%1: entry %2 appears twice").arg(path, entry.id));
        catalogue.m_entries.append(entry);
    }
    return catalogue;
}

const DiagnosisEntry *DiagnosisCatalogue::byId(const QString &id) const
{
    for (const DiagnosisEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const DiagnosisEntry *DiagnosisCatalogue::bestMatch(const FailureContext &context) const
{
    const DiagnosisEntry *best = nullptr;
    int bestScore = 0;
    for (const DiagnosisEntry &entry : m_entries) {
        for (const MatchRule &rule : entry.rules) {
            const int score = rule.score(context);
            if (score > bestScore) {
                best = &entry;
                bestScore = score;
            }
        }
    }
    return best;
}

} // namespace remitente::diagnosis
