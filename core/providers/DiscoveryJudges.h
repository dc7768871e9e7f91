#pragma once

#include "ProviderCatalogue.h"
#include "Suggestion.h"

#include "net/DnsAnswers.h"

#include <chrono>

namespace remitente::providers {

// Discovery's decisions over what it has gathered: which servers to try, in which order, when to stop waiting and
// what to offer. Pure, so they are tested without DNS or servers.

enum class ProbeState { Waiting, Running, Done };

// A server discovery may try, and how far its probe has got.
struct Candidate {
    Suggestion suggestion;
    ProbeState state = ProbeState::Waiting;
};

// The catalogue's servers for an address at `domain`, without those in a region the person has to pick.
QList<Suggestion> catalogueSuggestions(const Provider &provider, const QString &domain, const QString &source);

// The provider whose MX pattern the first matching record (best preference first) fits.
const Provider *providerByMx(const ProviderCatalogue &catalogue, const QList<net::MxRecord> &records);

// Appends a server to try unless the same host (in any case) and port is there already.
void addCandidate(QList<Candidate> &candidates, const QString &host, quint16 port, smtp::Security security,
                  const QString &source);

// Lookups answer in any order: ranks by trust (SRV, then autoconfig), and implicit TLS first (RFC 8314 5.1).
// Stable: equal ranks keep the order they arrived in.
void rankCandidates(QList<Candidate> &candidates);

// The usual names of a domain's server (smtp., mail., the domain itself), each on 465 and 587.
void addGuesses(QList<Candidate> &candidates, const QString &domain);

enum class ProbeDecision {
    KeepWaiting, // nothing confirmed yet, or nothing to probe
    WaitBriefly, // a server works, but better-ranked ones are still being probed: give them graceAfter()
    Finish,      // every probe is done, or the best-ranked working server has no better one pending
};
ProbeDecision decideAfterProbes(const QList<Candidate> &candidates);
// A tenth of the time discovery has taken so far, at least 100 ms: not the better ones' full timeouts.
std::chrono::milliseconds graceAfter(std::chrono::milliseconds elapsed);

// The candidates as they are offered: the confirmed ones first, each group in rank order.
QList<Suggestion> confirmedFirst(const QList<Candidate> &candidates);

// Autoconfig's user name when the best server came from autoconfig and it named one; result.username otherwise.
QString chosenUsername(const DiscoveryResult &result, const QString &autoconfigUsername);

} // namespace remitente::providers
