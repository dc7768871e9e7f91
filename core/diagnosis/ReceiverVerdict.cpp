#include "ReceiverVerdict.h"

#include "mime/HeaderFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace remitente::diagnosis {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::ReceiverVerdict)
};

constexpr int MaxFields = 20;

const AuthMethodResult *findResult(const ReceiverVerdict &verdict, const char *method)
{
    if (verdict.authentication) {
        if (const AuthMethodResult *r = verdict.authentication->find(method))
            return r;
    }
    if (!verdict.arc.isEmpty())
        return verdict.arc.first().find(method);
    return nullptr;
}

QString methodLabel(const QString &method)
{
    if (method == u"spf" || method == u"dkim" || method == u"dmarc" || method == u"arc")
        return method.toUpper();
    return method;
}

} // namespace

QString ReceiverVerdict::result(const char *method) const
{
    const AuthMethodResult *r = findResult(*this, method);
    return r ? r->result : QString();
}

bool ReceiverVerdict::isJudgedSpam() const
{
    return spamFlag.value_or(false) || microsoftScl.value_or(-1) >= 5;
}

ReceiverVerdict readReceiverVerdict(QByteArrayView headerBlock, const QString &trustedAuthservId)
{
    ReceiverVerdict verdict;
    for (const QByteArray &value : mime::headerFieldValues(headerBlock, "Authentication-Results", MaxFields)) {
        std::optional<AuthenticationResults> parsed = parseAuthenticationResults(value);
        if (!parsed)
            continue;
        if (!trustedAuthservId.isEmpty() && parsed->authservId.compare(trustedAuthservId, Qt::CaseInsensitive) != 0)
            continue;
        verdict.authentication = std::move(parsed);
        break;
    }
    for (const QByteArray &value : mime::headerFieldValues(headerBlock, "ARC-Authentication-Results", MaxFields)) {
        if (std::optional<AuthenticationResults> parsed = parseAuthenticationResults(value))
            verdict.arc.append(std::move(*parsed));
    }
    const QList<QByteArray> flags = mime::headerFieldValues(headerBlock, "X-Spam-Flag", 1);
    if (!flags.isEmpty())
        verdict.spamFlag = flags.first().trimmed().toUpper().startsWith("YES");
    const QList<QByteArray> status = mime::headerFieldValues(headerBlock, "X-Spam-Status", 1);
    if (!status.isEmpty()) {
        const QByteArray upper = status.first().trimmed().toUpper();
        if (!verdict.spamFlag && (upper.startsWith("YES") || upper.startsWith("NO")))
            verdict.spamFlag = upper.startsWith("YES");
        static const QRegularExpression score(QStringLiteral("score=(-?[0-9]{1,4}(\\.[0-9]{1,3})?)"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = score.match(QString::fromLatin1(status.first().left(1000)));
        if (match.hasMatch())
            verdict.spamScore = match.captured(1).toDouble();
    }
    const QList<QByteArray> scl = mime::headerFieldValues(headerBlock, "X-MS-Exchange-Organization-SCL", 1);
    if (!scl.isEmpty()) {
        bool ok = false;
        const int value = scl.first().trimmed().left(3).toInt(&ok);
        if (ok && value >= -1 && value <= 9)
            verdict.microsoftScl = value;
    }
    return verdict;
}

QString describeAuthentication(const ReceiverVerdict &verdict)
{
    QStringList parts;
    for (const char *method : {"spf", "dkim", "dmarc"}) {
        const AuthMethodResult *r = findResult(verdict, method);
        if (!r)
            continue;
        const QString domain = r->domain();
        parts << (domain.isEmpty() ? Text::tr("%1 %2").arg(methodLabel(r->method), r->result)
                                   : Text::tr("%1 %2 for %3").arg(methodLabel(r->method), r->result, domain));
    }
    if (parts.isEmpty())
        return {};
    const QString list = parts.join(QStringLiteral(", "));
    const QString checker = verdict.authentication
        ? verdict.authentication->authservId
        : (verdict.arc.isEmpty() ? QString() : verdict.arc.first().authservId);
    return checker.isEmpty() ? list : Text::tr("%1 checked: %2").arg(checker, list);
}

QString describeSpamHeaders(const ReceiverVerdict &verdict)
{
    if (verdict.microsoftScl) {
        const int scl = *verdict.microsoftScl;
        return scl >= 5 ? Text::tr("Microsoft's spam confidence is %1 of 9: junk.").arg(scl)
                        : Text::tr("Microsoft's spam confidence is %1 of 9: not junk.").arg(scl);
    }
    if (verdict.spamFlag) {
        if (*verdict.spamFlag)
            return verdict.spamScore
                ? Text::tr("The receiver's spam filter marked it as spam (score %1).").arg(*verdict.spamScore)
                : Text::tr("The receiver's spam filter marked it as spam.");
        return verdict.spamScore
            ? Text::tr("The receiver's spam filter did not mark it as spam (score %1).").arg(*verdict.spamScore)
            : Text::tr("The receiver's spam filter did not mark it as spam.");
    }
    return {};
}

QStringList authenticationLines(const ReceiverVerdict &verdict)
{
    QStringList lines;
    for (const char *method : {"spf", "dkim", "dmarc"}) {
        const AuthMethodResult *r = findResult(verdict, method);
        if (!r)
            continue;
        QString line = r->method + u' ' + r->result;
        if (const QString domain = r->domain(); !domain.isEmpty())
            line += u' ' + domain;
        lines << line;
    }
    return lines;
}

} // namespace remitente::diagnosis
