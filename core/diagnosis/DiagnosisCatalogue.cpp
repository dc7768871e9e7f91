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
    rule.credentials = strings(object.value(u"credentials"));
    rule.oauthStatus = strings(object.value(u"oauthStatus"));
    rule.oauthErrors = strings(object.value(u"oauthErrors"));
    rule.oauthTexts = strings(object.value(u"oauthText"));
    return rule;
}

const QStringList knownKeys
    = {QStringLiteral("kinds"),       QStringLiteral("stages"),      QStringLiteral("codes"),
       QStringLiteral("enhanced"),    QStringLiteral("text"),        QStringLiteral("providers"),
       QStringLiteral("certificate"), QStringLiteral("issuer"),      QStringLiteral("credentials"),
       QStringLiteral("oauthStatus"), QStringLiteral("oauthErrors"), QStringLiteral("oauthText")};

const QStringList credentialNames = {smtp::credentialKindName(smtp::CredentialKind::Password),
                                     smtp::credentialKindName(smtp::CredentialKind::BearerToken)};

// Scores a failed sign-in with the provider, which only rules about one match.
int signInScore(const MatchRule &rule, const FailureContext &context)
{
    if (rule.oauthErrors.isEmpty() && rule.oauthTexts.isEmpty())
        return 0;
    const SignInFailure &failure = *context.signIn;
    int total = 0;
    if (!rule.oauthErrors.isEmpty()) {
        if (!rule.oauthErrors.contains(failure.error))
            return 0;
        total += 2;
    }
    if (!rule.oauthTexts.isEmpty()) {
        if (!containsAny(failure.description, rule.oauthTexts))
            return 0;
        total += 4;
    }
    if (!rule.providers.isEmpty()) {
        if (!rule.providers.contains(context.providerId))
            return 0;
        total += 1;
    }
    return total;
}
} // namespace

int MatchRule::score(const FailureContext &context) const
{
    if (context.signIn)
        return signInScore(*this, context);
    if (!oauthErrors.isEmpty() || !oauthTexts.isEmpty())
        return 0;
    const smtp::SmtpError &error = context.error;
    const std::optional<smtp::Reply> &reply = error.reply;
    int total = 0;
    if (!credentials.isEmpty()) {
        const smtp::CredentialKind kind = error.credentials.value_or(smtp::CredentialKind::Password);
        if (!credentials.contains(smtp::credentialKindName(kind)))
            return 0;
    }
    if (!oauthStatus.isEmpty()) {
        if (!error.oauth || !oauthStatus.contains(error.oauth->status, Qt::CaseInsensitive))
            return 0;
        total += 4;
    }
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
        if (object.contains(u"admin")) {
            const QString name = object.value(u"admin").toString();
            entry.admin = adminChangeFromName(name);
            if (!entry.admin)
                return fail(
                    QStringLiteral("%1: entry %2 asks the admin for an unknown change %3").arg(path, entry.id, name));
        }
        if (entry.admin.has_value() != entry.actions.contains(DiagnosisAction::WriteToAdmin))
            return fail(
                QStringLiteral("%1: entry %2 needs both write-to-admin and admin, or neither").arg(path, entry.id));
        for (const QJsonValue &match : object.value(u"match").toArray()) {
            const QJsonObject matchObject = match.toObject();
            for (const QString &key : matchObject.keys()) {
                if (!knownKeys.contains(key))
                    return fail(QStringLiteral("%1: entry %2 matches on unknown field %3").arg(path, entry.id, key));
            }
            const MatchRule rule = ruleFrom(matchObject);
            for (const QString &name : rule.credentials) {
                if (!credentialNames.contains(name))
                    return fail(
                        QStringLiteral("%1: entry %2 matches unknown credentials %3").arg(path, entry.id, name));
            }
            entry.rules.append(rule);
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
