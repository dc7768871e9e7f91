// Discovery's choices over what it gathered: plain values, no DNS, no servers.
#include "providers/DiscoveryJudges.h"
#include "TestAccounts.h"

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::providers;
using namespace std::chrono_literals;

using remitente::testing::builtInCatalogue;

namespace {
QStringList order(const QList<Candidate> &candidates)
{
    QStringList names;
    for (const Candidate &candidate : candidates)
        names.append(QStringLiteral("%1:%2").arg(candidate.suggestion.host).arg(candidate.suggestion.port));
    return names;
}

Candidate candidate(ProbeState state, bool confirmed = false)
{
    Candidate c;
    c.state = state;
    c.suggestion.confirmed = confirmed;
    return c;
}
} // namespace

TEST(DiscoveryJudges, CatalogueSuggestionsFillTheDomainAndLeaveRegionsToThePerson)
{
    Provider provider;
    provider.servers = {{QStringLiteral("mail.%DOMAIN%"), 465, QStringLiteral("tls"), true},
                        {QStringLiteral("smtp.%REGION%.example.net"), 587, QStringLiteral("starttls"), true},
                        {QStringLiteral("mail.%DOMAIN%"), 587, QStringLiteral("starttls"), false}};
    const QList<Suggestion> suggestions
        = catalogueSuggestions(provider, QStringLiteral("shop.test"), QStringLiteral("mx"));
    ASSERT_EQ(suggestions.size(), 2);
    EXPECT_EQ(suggestions[0].host, u"mail.shop.test");
    EXPECT_EQ(suggestions[0].security, smtp::Security::ImplicitTls);
    EXPECT_TRUE(suggestions[0].confirmed);
    EXPECT_EQ(suggestions[1].security, smtp::Security::StartTls);
    EXPECT_FALSE(suggestions[1].confirmed) << "an unverified catalogue entry is not a fact";
    EXPECT_EQ(suggestions[1].source, u"mx");
}

TEST(DiscoveryJudges, TheFirstMxThatNamesAKnownProviderWins)
{
    EXPECT_EQ(providerByMx(builtInCatalogue(), {}), nullptr);
    const Provider *google = providerByMx(
        builtInCatalogue(), {{QStringLiteral("mx.unknown.test"), 5}, {QStringLiteral("aspmx.l.google.com"), 10}});
    ASSERT_NE(google, nullptr);
    EXPECT_EQ(google->id, u"google-workspace");
}

TEST(DiscoveryJudges, ASameHostAndPortIsTriedOnce)
{
    QList<Candidate> candidates;
    addCandidate(candidates, QStringLiteral("mail.example.test"), 465, smtp::Security::ImplicitTls,
                 QStringLiteral("srv"));
    addCandidate(candidates, QStringLiteral("MAIL.example.test"), 465, smtp::Security::ImplicitTls,
                 QStringLiteral("autoconfig"));
    addCandidate(candidates, QStringLiteral("mail.example.test"), 587, smtp::Security::StartTls,
                 QStringLiteral("autoconfig"));
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_EQ(candidates[0].suggestion.source, u"srv") << "the first source to name it keeps it";
    EXPECT_EQ(candidates[0].state, ProbeState::Waiting);
    EXPECT_FALSE(candidates[0].suggestion.confirmed);
}

TEST(DiscoveryJudges, SrvBeforeAutoconfigAndImplicitTlsFirstThenGuesses)
{
    QList<Candidate> candidates;
    addCandidate(candidates, QStringLiteral("auto-starttls"), 587, smtp::Security::StartTls,
                 QStringLiteral("autoconfig"));
    addCandidate(candidates, QStringLiteral("auto-tls"), 465, smtp::Security::ImplicitTls,
                 QStringLiteral("autoconfig"));
    addCandidate(candidates, QStringLiteral("srv-starttls"), 587, smtp::Security::StartTls, QStringLiteral("srv"));
    addCandidate(candidates, QStringLiteral("srv-tls-a"), 465, smtp::Security::ImplicitTls, QStringLiteral("srv"));
    addCandidate(candidates, QStringLiteral("srv-tls-b"), 465, smtp::Security::ImplicitTls, QStringLiteral("srv"));
    rankCandidates(candidates);
    addGuesses(candidates, QStringLiteral("example.test"));
    EXPECT_EQ(order(candidates),
              (QStringList{QStringLiteral("srv-tls-a:465"), QStringLiteral("srv-tls-b:465"),
                           QStringLiteral("srv-starttls:587"), QStringLiteral("auto-tls:465"),
                           QStringLiteral("auto-starttls:587"), QStringLiteral("smtp.example.test:465"),
                           QStringLiteral("smtp.example.test:587"), QStringLiteral("mail.example.test:465"),
                           QStringLiteral("mail.example.test:587"), QStringLiteral("example.test:465"),
                           QStringLiteral("example.test:587")}));
    EXPECT_EQ(candidates.last().suggestion.source, u"guess");
    EXPECT_EQ(candidates.last().suggestion.security, smtp::Security::StartTls);
}

TEST(DiscoveryJudges, GuessesDoNotRepeatWhatWasFound)
{
    QList<Candidate> candidates;
    addCandidate(candidates, QStringLiteral("mail.example.test"), 465, smtp::Security::ImplicitTls,
                 QStringLiteral("srv"));
    addGuesses(candidates, QStringLiteral("example.test"));
    EXPECT_EQ(candidates.size(), 6);
    EXPECT_EQ(candidates.first().suggestion.source, u"srv");
}

TEST(DiscoveryJudges, WhenToStopWaitingForProbes)
{
    EXPECT_EQ(decideAfterProbes({}), ProbeDecision::KeepWaiting);
    EXPECT_EQ(decideAfterProbes({candidate(ProbeState::Running), candidate(ProbeState::Waiting)}),
              ProbeDecision::KeepWaiting);
    EXPECT_EQ(decideAfterProbes({candidate(ProbeState::Done), candidate(ProbeState::Done)}), ProbeDecision::Finish)
        << "all done, none confirmed";
    EXPECT_EQ(decideAfterProbes({candidate(ProbeState::Done, true), candidate(ProbeState::Running)}),
              ProbeDecision::Finish)
        << "the best-ranked works: the rest cannot do better";
    EXPECT_EQ(decideAfterProbes(
                  {candidate(ProbeState::Done), candidate(ProbeState::Done, true), candidate(ProbeState::Waiting)}),
              ProbeDecision::Finish);
    EXPECT_EQ(decideAfterProbes({candidate(ProbeState::Running), candidate(ProbeState::Done, true)}),
              ProbeDecision::WaitBriefly)
        << "a better-ranked one still answering";
}

TEST(DiscoveryJudges, GraceIsATenthOfTheTimeSoFar)
{
    EXPECT_EQ(graceAfter(0ms), 100ms);
    EXPECT_EQ(graceAfter(900ms), 100ms);
    EXPECT_EQ(graceAfter(3000ms), 300ms);
}

TEST(DiscoveryJudges, ConfirmedServersComeFirstInRankOrder)
{
    QList<Candidate> candidates;
    for (const QString &host : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
        addCandidate(candidates, host, 465, smtp::Security::ImplicitTls, QStringLiteral("guess"));
    candidates[1].suggestion.confirmed = true;
    candidates[3].suggestion.confirmed = true;
    QStringList hosts;
    for (const Suggestion &suggestion : confirmedFirst(candidates))
        hosts.append(suggestion.host);
    EXPECT_EQ(hosts, (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c")}));
}

TEST(DiscoveryJudges, AutoconfigsUserNameOnlyForAnAutoconfigServer)
{
    DiscoveryResult result;
    result.username = QStringLiteral("ana@example.test");
    Suggestion fromAutoconfig;
    fromAutoconfig.source = QStringLiteral("autoconfig");
    fromAutoconfig.confirmed = true;
    Suggestion fromSrv = fromAutoconfig;
    fromSrv.source = QStringLiteral("srv");

    EXPECT_EQ(chosenUsername(result, QStringLiteral("ana")), u"ana@example.test") << "nothing confirmed";
    result.suggestions = {fromAutoconfig};
    EXPECT_EQ(chosenUsername(result, QStringLiteral("ana")), u"ana");
    EXPECT_EQ(chosenUsername(result, {}), u"ana@example.test");
    result.suggestions = {fromSrv, fromAutoconfig};
    EXPECT_EQ(chosenUsername(result, QStringLiteral("ana")), u"ana@example.test");
}
