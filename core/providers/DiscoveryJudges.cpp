#include "DiscoveryJudges.h"

#include <algorithm>

namespace remitente::providers {

QList<Suggestion> catalogueSuggestions(const Provider &provider, const QString &domain, const QString &source)
{
    QList<Suggestion> suggestions;
    for (const ServerSetting &server : provider.servers) {
        if (server.host.contains(QStringLiteral("%REGION%")))
            continue; // the person picks the region
        suggestions.append(Suggestion::fromCatalogue(server, domain, source));
    }
    return suggestions;
}

const Provider *providerByMx(const ProviderCatalogue &catalogue, const QList<net::MxRecord> &records)
{
    for (const net::MxRecord &record : records) {
        if (const Provider *provider = catalogue.byMx(record.exchange))
            return provider;
    }
    return nullptr;
}

void addCandidate(QList<Candidate> &candidates, const QString &host, quint16 port, smtp::Security security,
                  const QString &source)
{
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.suggestion.host.compare(host, Qt::CaseInsensitive) == 0 && candidate.suggestion.port == port)
            return;
    }
    Candidate candidate;
    candidate.suggestion.host = host;
    candidate.suggestion.port = port;
    candidate.suggestion.security = security;
    candidate.suggestion.source = source;
    candidates.append(candidate);
}

void rankCandidates(QList<Candidate> &candidates)
{
    auto rank = [](const Suggestion &s) {
        return (s.source == u"srv" ? 0 : 2) + (s.security == smtp::Security::ImplicitTls ? 0 : 1);
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Candidate &a, const Candidate &b) { return rank(a.suggestion) < rank(b.suggestion); });
}

void addGuesses(QList<Candidate> &candidates, const QString &domain)
{
    for (const QString &host : {QStringLiteral("smtp.") + domain, QStringLiteral("mail.") + domain, domain}) {
        addCandidate(candidates, host, 465, smtp::Security::ImplicitTls, QStringLiteral("guess"));
        addCandidate(candidates, host, 587, smtp::Security::StartTls, QStringLiteral("guess"));
    }
}

ProbeDecision decideAfterProbes(const QList<Candidate> &candidates)
{
    if (candidates.isEmpty())
        return ProbeDecision::KeepWaiting;
    qsizetype firstConfirmed = -1;
    bool allDone = true;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates[i].state != ProbeState::Done)
            allDone = false;
        if (firstConfirmed < 0 && candidates[i].suggestion.confirmed)
            firstConfirmed = i;
    }
    if (allDone)
        return ProbeDecision::Finish;
    if (firstConfirmed < 0)
        return ProbeDecision::KeepWaiting;
    const bool betterPending = std::any_of(candidates.begin(), candidates.begin() + firstConfirmed,
                                           [](const Candidate &c) { return c.state != ProbeState::Done; });
    return betterPending ? ProbeDecision::WaitBriefly : ProbeDecision::Finish;
}

std::chrono::milliseconds graceAfter(std::chrono::milliseconds elapsed)
{
    return std::max(std::chrono::milliseconds(100), elapsed / 10);
}

QList<Suggestion> confirmedFirst(const QList<Candidate> &candidates)
{
    QList<Suggestion> confirmed, rest;
    for (const Candidate &candidate : candidates)
        (candidate.suggestion.confirmed ? confirmed : rest).append(candidate.suggestion);
    return confirmed + rest;
}

QString chosenUsername(const DiscoveryResult &result, const QString &autoconfigUsername)
{
    const std::optional<Suggestion> chosen = result.best();
    if (chosen && chosen->source == u"autoconfig" && !autoconfigUsername.isEmpty())
        return autoconfigUsername;
    return result.username;
}

} // namespace remitente::providers
