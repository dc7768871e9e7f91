#include "Diagnoser.h"

#include "StatusCodeMeaning.h"

#include <QCoreApplication>

namespace remitente::diagnosis {

namespace {
QString translated(const QString &text)
{
    return QCoreApplication::translate("remitente::diagnosis", text.toUtf8().constData());
}

QString fillIn(QString text, const FailureContext &context, const QString &providerName)
{
    const std::optional<smtp::TlsFailure> &tls = context.error.tls;
    text.replace(QStringLiteral("{host}"), context.host);
    text.replace(QStringLiteral("{port}"), QString::number(context.port));
    text.replace(QStringLiteral("{otherPort}"), QString::number(otherPort(context.port, context.security)));
    text.replace(QStringLiteral("{names}"), tls ? tls->certificate.names.join(u", ") : QString());
    text.replace(QStringLiteral("{issuer}"), tls ? tls->certificate.issuer : QString());
    text.replace(QStringLiteral("{provider}"), providerName);
    return text;
}

QString categoryForStage(smtp::Stage stage, int subject)
{
    switch (subject) {
    case 1:
        return stage == smtp::Stage::Mail ? QStringLiteral("sender") : QStringLiteral("recipients");
    case 2: return QStringLiteral("recipients");
    case 3: return QStringLiteral("size");
    case 4: return QStringLiteral("network");
    case 7: return stage == smtp::Stage::Auth ? QStringLiteral("sign-in") : QStringLiteral("policy");
    default: break;
    }
    switch (stage) {
    case smtp::Stage::Auth: return QStringLiteral("sign-in");
    case smtp::Stage::Mail: return QStringLiteral("sender");
    case smtp::Stage::Rcpt: return QStringLiteral("recipients");
    default: return QStringLiteral("server");
    }
}

QString technicalLine(const FailureContext &context)
{
    QStringList parts = {smtp::stageName(context.error.stage), smtp::errorKindName(context.error.kind)};
    if (!context.host.isEmpty())
        parts.append(
            QStringLiteral("%1:%2 %3").arg(context.host).arg(context.port).arg(smtp::securityName(context.security)));
    if (!context.error.message.isEmpty())
        parts.append(context.error.message);
    if (context.error.tls) {
        for (const QString &detail : context.error.tls->details)
            parts.append(detail);
        if (!context.error.tls->certificate.isNull())
            parts.append(QStringLiteral("SHA-256 %1").arg(context.error.tls->certificate.fingerprint()));
    }
    return parts.join(u"; ");
}
} // namespace

quint16 otherPort(quint16 port, smtp::Security security)
{
    if (port == 465)
        return 587;
    if (port == 587)
        return 465;
    return security == smtp::Security::StartTls ? 465 : 587;
}

Diagnoser::Diagnoser(DiagnosisCatalogue diagnoses, const providers::ProviderCatalogue *providers)
    : m_diagnoses(std::move(diagnoses)), m_providers(providers)
{
}

const Diagnoser &Diagnoser::builtIn()
{
    static const std::optional<providers::ProviderCatalogue> providerCatalogue = providers::ProviderCatalogue::load();
    static const Diagnoser instance = [] {
        std::optional<DiagnosisCatalogue> diagnoses = DiagnosisCatalogue::load();
        Q_ASSERT(diagnoses && providerCatalogue);
        return Diagnoser(diagnoses.value_or(DiagnosisCatalogue{}), providerCatalogue ? &*providerCatalogue : nullptr);
    }();
    return instance;
}

Diagnosis Diagnoser::diagnose(const FailureContext &context) const
{
    const providers::Provider *provider = m_providers ? m_providers->byId(context.providerId) : nullptr;
    const QString providerName = provider ? provider->name : QString();

    Diagnosis diagnosis;
    if (const DiagnosisEntry *entry = m_diagnoses.bestMatch(context)) {
        diagnosis.id = entry->id;
        diagnosis.category = entry->category;
        diagnosis.transient = entry->transient;
        diagnosis.title = fillIn(translated(entry->title), context, providerName);
        diagnosis.explanation = fillIn(translated(entry->explanation), context, providerName);
        for (const QString &step : entry->steps)
            diagnosis.steps.append(fillIn(translated(step), context, providerName));
        diagnosis.actions = entry->actions;
        diagnosis.link = entry->link;
        if (diagnosis.link == u"provider:passwordPage")
            diagnosis.link = provider ? provider->passwordPage : QString();
        if (diagnosis.link.isEmpty())
            diagnosis.actions.removeAll(DiagnosisAction::OpenLink);
    } else {
        diagnosis = fromReplyClass(context);
    }
    if (context.error.reply)
        diagnosis.serverWords = context.error.reply->toString();
    if (context.error.tls)
        diagnosis.certificateNames = context.error.tls->certificate.names;
    diagnosis.technical = technicalLine(context);
    return diagnosis;
}

Diagnosis Diagnoser::fromReplyClass(const FailureContext &context) const
{
    const smtp::SmtpError &error = context.error;
    const smtp::EnhancedStatusCode code = error.reply ? error.reply->enhanced : smtp::EnhancedStatusCode{};
    const bool transient = error.reply ? error.reply->isTransientFailure() : error.transient;

    Diagnosis diagnosis;
    diagnosis.id = code.isValid() ? QStringLiteral("reply-%1").arg(code.toString())
                                  : QStringLiteral("reply-%1xx").arg(error.reply ? error.reply->code / 100 : 0);
    diagnosis.category = categoryForStage(error.stage, code.subject);
    diagnosis.transient = transient;
    if (transient) {
        diagnosis.title = QCoreApplication::translate("remitente::diagnosis", "The server could not do this right now");
        diagnosis.steps = {QCoreApplication::translate("remitente::diagnosis",
                                                       "Try again later: a temporary problem usually passes.")};
        diagnosis.actions = {DiagnosisAction::Retry};
    } else {
        diagnosis.title = QCoreApplication::translate("remitente::diagnosis", "The server refused");
        diagnosis.steps = {QCoreApplication::translate(
            "remitente::diagnosis", "Read the server's words below; if they do not help, send them to your provider.")};
    }
    const QString meaning = statusCodeMeaning(code);
    diagnosis.explanation = meaning.isEmpty() ? error.message : meaning;
    return diagnosis;
}

} // namespace remitente::diagnosis
