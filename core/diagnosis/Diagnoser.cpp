#include "Diagnoser.h"

#include "StatusCodeMeaning.h"

#include "text/TerminalText.h"

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
    case 2:
        return QStringLiteral("recipients");
    case 3:
        return QStringLiteral("size");
    case 4:
        return QStringLiteral("network");
    case 7:
        return stage == smtp::Stage::Auth ? QStringLiteral("sign-in") : QStringLiteral("policy");
    default:
        break;
    }
    switch (stage) {
    case smtp::Stage::Auth:
        return QStringLiteral("sign-in");
    case smtp::Stage::Mail:
        return QStringLiteral("sender");
    case smtp::Stage::Rcpt:
        return QStringLiteral("recipients");
    default:
        return QStringLiteral("server");
    }
}

// What the provider or the server wrote, for the diagnosis to show: one line, control characters escaped, bounded.
QString untrustedWords(const QString &text)
{
    constexpr qsizetype limit = 600;
    const QString safe = text::terminalSafe(text.trimmed());
    return safe.size() > limit ? safe.left(limit) + u'…' : safe;
}

QString signInWords(const SignInFailure &failure)
{
    if (failure.description.isEmpty())
        return untrustedWords(failure.error);
    return untrustedWords(failure.error + QStringLiteral(": ") + failure.description);
}

QString technicalLine(const FailureContext &context)
{
    if (context.signIn)
        return QStringLiteral("sign-in; oauth error %1").arg(untrustedWords(context.signIn->error.left(100)));
    QStringList parts = {smtp::stageName(context.error.stage), smtp::errorKindName(context.error.kind)};
    if (!context.host.isEmpty())
        parts.append(
            QStringLiteral("%1:%2 %3").arg(context.host).arg(context.port).arg(smtp::securityName(context.security)));
    if (context.error.credentials)
        parts.append(QStringLiteral("credentials %1").arg(smtp::credentialKindName(*context.error.credentials)));
    if (!context.error.message.isEmpty())
        parts.append(context.error.message);
    if (context.error.oauth && !context.error.oauth->status.isEmpty())
        parts.append(QStringLiteral("oauth status %1").arg(context.error.oauth->status));
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
        diagnosis.adminChange = entry->admin;
        diagnosis.link = entry->link;
        if (diagnosis.link == u"provider:passwordPage")
            diagnosis.link = provider ? provider->passwordPage : QString();
        if (diagnosis.link.isEmpty())
            diagnosis.actions.removeAll(DiagnosisAction::OpenLink);
    } else if (context.signIn) {
        diagnosis = fromSignInFailure();
    } else {
        diagnosis = fromReplyClass(context);
    }
    if (context.signIn) {
        diagnosis.serverWords = signInWords(*context.signIn);
        diagnosis.technical = technicalLine(context);
        return diagnosis;
    }
    if (context.error.reply)
        diagnosis.serverWords = context.error.reply->toString();
    // The decoded error challenge says why a token was refused; it holds no secret (already made safe).
    if (context.error.reply && context.error.oauth && !context.error.oauth->text.isEmpty())
        diagnosis.serverWords += QStringLiteral(" (%1)").arg(context.error.oauth->text);
    if (context.error.tls)
        diagnosis.certificateNames = context.error.tls->certificate.names;
    diagnosis.technical = technicalLine(context);
    return diagnosis;
}

Diagnosis Diagnoser::diagnoseSignIn(const QString &oauthError, const QString &description,
                                    const QString &providerId) const
{
    FailureContext context;
    context.error.stage = smtp::Stage::Auth;
    context.providerId = providerId;
    context.signIn = SignInFailure{oauthError, description};
    return diagnose(context);
}

Diagnosis Diagnoser::fromSignInFailure() const
{
    Diagnosis diagnosis;
    diagnosis.id = QStringLiteral("sign-in-failed");
    diagnosis.category = QStringLiteral("sign-in");
    diagnosis.title = QCoreApplication::translate("remitente::diagnosis", "The sign-in did not work");
    diagnosis.explanation = QCoreApplication::translate(
        "remitente::diagnosis", "Your email provider did not complete the sign-in; its answer is shown below.");
    diagnosis.steps = {QCoreApplication::translate("remitente::diagnosis", "Sign in again."),
                       QCoreApplication::translate("remitente::diagnosis",
                                                   "If it fails again, send the answer shown below to whoever "
                                                   "manages your email account.")};
    diagnosis.actions = {DiagnosisAction::SignInWithProvider};
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
