#include "VerdictAdvice.h"

#include <QCoreApplication>

namespace remitente::diagnosis {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::VerdictAdvice)
};

const AuthMethodResult *resultOf(const ReceiverVerdict &verdict, const char *method)
{
    if (verdict.authentication) {
        if (const AuthMethodResult *r = verdict.authentication->find(method))
            return r;
    }
    return verdict.arc.isEmpty() ? nullptr : verdict.arc.first().find(method);
}

} // namespace

QList<VerdictProblem> verdictProblems(const ReceiverVerdict &verdict)
{
    QList<VerdictProblem> problems;
    auto add = [&](const AuthMethodResult &r, const QString &words) {
        problems.append({r.method, r.result, r.domain(), words});
    };
    if (const AuthMethodResult *spf = resultOf(verdict, "spf")) {
        const QString domain = spf->domain().isEmpty() ? Text::tr("the sending domain") : spf->domain();
        if (spf->result == u"fail" || spf->result == u"softfail")
            add(*spf,
                Text::tr("SPF %1 for %2: the server that sent the message is not listed in the domain's SPF "
                         "record. Add your mail provider to that TXT record (its \"include:\" entry).")
                    .arg(spf->result, domain));
        else if (spf->result == u"none")
            add(*spf, Text::tr("%1 has no SPF record: publish one that lists your mail provider.").arg(domain));
    }
    if (const AuthMethodResult *dkim = resultOf(verdict, "dkim")) {
        const QString domain = dkim->domain().isEmpty() ? Text::tr("the sending domain") : dkim->domain();
        if (dkim->result == u"fail")
            add(*dkim,
                Text::tr("DKIM failed for %1: the signature did not match the key published in DNS. Check "
                         "the DKIM record your mail provider gives you.")
                    .arg(domain));
        else if (dkim->result == u"none")
            add(*dkim,
                Text::tr("The message was not signed (DKIM). Turn on DKIM signing for %1 at your mail "
                         "provider and publish its key in DNS.")
                    .arg(domain));
    }
    if (const AuthMethodResult *dmarc = resultOf(verdict, "dmarc"); dmarc && dmarc->result == u"fail") {
        const QString domain = dmarc->domain().isEmpty() ? Text::tr("the sending domain") : dmarc->domain();
        add(*dmarc,
            Text::tr("DMARC failed for %1: neither SPF nor DKIM passed for the domain in From, so receivers "
                     "apply its policy (often the junk folder). Fix SPF and DKIM for it, or send through a "
                     "server that may send for it.")
                .arg(domain));
    }
    if (verdict.isJudgedSpam())
        problems.append({QStringLiteral("spam"),
                         QStringLiteral("yes"),
                         {},
                         Text::tr("The receiver's spam filter judged the message as spam. Fix the failures above "
                                  "first; if everything passes, the content or the sender's reputation is the "
                                  "reason.")});
    return problems;
}

} // namespace remitente::diagnosis
