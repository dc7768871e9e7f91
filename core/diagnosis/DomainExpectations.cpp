#include "DomainExpectations.h"

#include "providers/ProviderCatalogue.h"

namespace remitente::diagnosis {

namespace {
const QStringList defaultDkimSelectors
    = {QStringLiteral("default"),   QStringLiteral("dkim"),   QStringLiteral("mail"), QStringLiteral("selector1"),
       QStringLiteral("selector2"), QStringLiteral("google"), QStringLiteral("k1"),   QStringLiteral("s1")};
} // namespace

DomainExpectations DomainExpectations::of(const QString &domain, const QString &smtpHost,
                                          const providers::Provider *provider)
{
    DomainExpectations expected;
    expected.domain = domain;
    expected.smtpHost = smtpHost;
    const providers::DomainSetup *setup = provider && provider->domainSetup ? &*provider->domainSetup : nullptr;
    if (provider)
        expected.providerName = provider->name;
    if (setup) {
        expected.spfIncludes = setup->spfIncludes;
        expected.spfIncludesVerified = setup->verified;
    }
    // Hosting companies each sign their own way: ask in general words rather than naming "your hosting".
    const bool namedSelectors = setup && !setup->dkimSelectors.isEmpty() && provider->kind != u"hosting";
    expected.dkimSelectors = setup && !setup->dkimSelectors.isEmpty() ? setup->dkimSelectors : defaultDkimSelectors;
    for (const QString &selector : defaultDkimSelectors) {
        if (!namedSelectors && !expected.dkimSelectors.contains(selector))
            expected.dkimSelectors.append(selector);
    }
    if (namedSelectors)
        expected.dkimSignerName = provider->name;
    return expected;
}

} // namespace remitente::diagnosis
