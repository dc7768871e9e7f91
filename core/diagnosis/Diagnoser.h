#pragma once

#include "Diagnosis.h"
#include "DiagnosisCatalogue.h"
#include "providers/ProviderCatalogue.h"

namespace remitente::diagnosis {

// Turns a failure into a Diagnosis: the best catalogue entry, its placeholders filled in and translated; when no
// entry fits, a sensible message from the reply's class and the RFC 3463 meaning of its enhanced code.
class Diagnoser
{
public:
    Diagnoser(DiagnosisCatalogue diagnoses, const providers::ProviderCatalogue *providers = nullptr);
    // The built-in catalogues, loaded once (they are compiled in, so this only fails on a broken build).
    static const Diagnoser &builtIn();
    const DiagnosisCatalogue &catalogue() const { return m_diagnoses; }

    Diagnosis diagnose(const FailureContext &context) const;
    // A sign-in with the provider that failed before any SMTP (the token endpoint's or the authorization redirect's
    // OAuth2 error, RFC 6749 4.1.2.1 and 5.2): the same as diagnose() with FailureContext::signIn set. Matched by the
    // catalogue's oauthErrors/oauthText rules; the provider's words become serverWords.
    Diagnosis diagnoseSignIn(const QString &oauthError, const QString &description,
                             const QString &providerId = {}) const;

private:
    Diagnosis fromReplyClass(const FailureContext &context) const;
    Diagnosis fromSignInFailure() const;

    DiagnosisCatalogue m_diagnoses;
    const providers::ProviderCatalogue *m_providers;
};

// The port people try next: 465 <-> 587.
quint16 otherPort(quint16 port, smtp::Security security);

} // namespace remitente::diagnosis
