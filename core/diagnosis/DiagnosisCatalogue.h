#pragma once

#include "Diagnosis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::diagnosis {

// One way an entry can apply. Every field that is not empty must match (any one of its values).
struct MatchRule {
    QStringList kinds;       // errorKindName()s
    QStringList stages;      // stageName()s
    QList<int> codes;        // reply codes
    QStringList enhanced;    // exact enhanced codes, "5.7.8"
    QStringList texts;       // case-insensitive pieces of the reply text
    QStringList providers;   // catalogue ids; never matches an unknown provider
    QStringList certificate; // certificateProblemName()s
    QStringList issuers;     // case-insensitive pieces of the certificate's issuer
    // "password" or "token": which advice applies, not how specific the match is (adds nothing to the score).
    // "password" also covers failures that do not say how the session signed in.
    QStringList credentials;
    QStringList oauthStatus; // the status of the server's OAuth error challenge ("401", "invalid_token")
    // A failed sign-in with the provider (FailureContext::signIn) is matched only by rules naming one of these two,
    // and such rules match nothing else.
    QStringList oauthErrors; // exact OAuth2 error codes ("invalid_grant")
    QStringList oauthTexts;  // case-insensitive pieces of the error description ("AADSTS65001")

    // 0 when the rule does not apply; otherwise how specific it is (the provider's own words count most).
    int score(const FailureContext &context) const;
};

// One entry of resources/diagnoses.json. Texts are English; the diagnoser translates them.
struct DiagnosisEntry {
    QString id;
    QString category;
    bool transient = false;
    QList<MatchRule> rules;
    QString title;
    QString explanation;
    QStringList steps;
    QString link;
    QList<DiagnosisAction> actions;
    std::optional<AdminChange> admin; // exactly when actions has write-to-admin
};

class DiagnosisCatalogue
{
public:
    static std::optional<DiagnosisCatalogue> load(const QString &path = QStringLiteral(":/remitente/diagnoses.json"),
                                                  QString *error = nullptr);

    const QList<DiagnosisEntry> &entries() const { return m_entries; }
    const DiagnosisEntry *byId(const QString &id) const;
    // The most specific entry for this failure (file order breaks ties), or null.
    const DiagnosisEntry *bestMatch(const FailureContext &context) const;

private:
    QList<DiagnosisEntry> m_entries;
};

} // namespace remitente::diagnosis
