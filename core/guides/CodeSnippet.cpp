#include "CodeSnippet.h"

#include "GuideData.h"
#include "SnippetTemplate.h"
#include "mime/HeaderEncoding.h"

namespace remitente::guides {

namespace {

struct LanguageInfo {
    SnippetLanguage language;
    const char *name;
    const char *fileName; // in snippets/
    Literal literal;
};

constexpr LanguageInfo languages[] = {
    {SnippetLanguage::Python, "python", "python.py", Literal::DoubleQuoted},
    {SnippetLanguage::Php, "php", "php.php", Literal::SingleQuotedPhp},
    {SnippetLanguage::Node, "node", "node.js", Literal::DoubleQuoted},
    {SnippetLanguage::Curl, "curl", "curl.sh", Literal::Shell},
    {SnippetLanguage::Msmtp, "msmtp", "msmtp.msmtprc", Literal::ConfigQuoted},
};

const LanguageInfo &infoFor(SnippetLanguage language)
{
    for (const LanguageInfo &info : languages) {
        if (info.language == language)
            return info;
    }
    return languages[0];
}

// The From header's value as curl sends it: the name as RFC 2047 encoded-words when it is not plain ASCII.
QString fromHeaderValue(const accounts::Account &account)
{
    const QString name = account.displayName.simplified();
    const QByteArray field = mime::addressHeader(
        "From", {mime::Mailbox{mime::isSafeHeaderValue(name) ? name : QString(), account.address}});
    // "From: value\r\n", folded: one line for the shell's here-document.
    QByteArray value = field.mid(qsizetype(sizeof("From: ")) - 1);
    value.replace("\r\n", "");
    return QString::fromUtf8(value.trimmed());
}

QString urlHost(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

QStringList snippetLanguageNames()
{
    QStringList names;
    for (const LanguageInfo &info : languages)
        names.append(QString::fromLatin1(info.name));
    return names;
}

QStringList snippetTemplateFiles()
{
    QStringList names;
    for (const LanguageInfo &info : languages)
        names.append(QString::fromLatin1(info.fileName));
    return names;
}

SnippetTemplateNames snippetTemplateNames()
{
    // What codeSnippet() fills in.
    return {{QStringLiteral("host"), QStringLiteral("address"), QStringLiteral("username"),
             QStringLiteral("displayName"), QStringLiteral("fromHeader"), QStringLiteral("tlsUrl"),
             QStringLiteral("plainUrl"), QStringLiteral("port"), QStringLiteral("fingerprint")},
            {QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("plain"), QStringLiteral("secure"),
             QStringLiteral("pinned"), QStringLiteral("ownUsername")}};
}

std::optional<SnippetLanguage> snippetLanguageFromName(const QString &name)
{
    for (const LanguageInfo &info : languages) {
        if (name == QLatin1String(info.name))
            return info.language;
    }
    return std::nullopt;
}

QString codeSnippet(const accounts::Account &account, SnippetLanguage language)
{
    const LanguageInfo &info = infoFor(language);
    const QString templateText = GuideData::current().snippetTemplate(QString::fromLatin1(info.fileName));
    if (templateText.isEmpty())
        return {};

    SnippetValues values;
    const QString username = account.username.isEmpty() ? account.address : account.username;
    const QString port = QString::number(account.port);
    values.text = {{QStringLiteral("host"), account.host},
                   {QStringLiteral("address"), account.address},
                   {QStringLiteral("username"), username},
                   {QStringLiteral("displayName"), account.displayName},
                   {QStringLiteral("fromHeader"), fromHeaderValue(account)},
                   {QStringLiteral("tlsUrl"), QStringLiteral("smtps://%1:%2").arg(urlHost(account.host), port)},
                   {QStringLiteral("plainUrl"), QStringLiteral("smtp://%1:%2").arg(urlHost(account.host), port)}};
    values.raw = {{QStringLiteral("port"), port},
                  {QStringLiteral("fingerprint"), QString::fromLatin1(account.pinnedSha256.toHex(':').toUpper())}};
    switch (account.security) {
    case smtp::Security::ImplicitTls:
        values.flags = {QStringLiteral("tls"), QStringLiteral("secure")};
        break;
    case smtp::Security::StartTls:
        values.flags = {QStringLiteral("starttls"), QStringLiteral("secure")};
        break;
    case smtp::Security::None:
        values.flags = {QStringLiteral("plain")};
        break;
    }
    if (!account.pinnedSha256.isEmpty() && account.security != smtp::Security::None)
        values.flags.insert(QStringLiteral("pinned"));
    if (username != account.address)
        values.flags.insert(QStringLiteral("ownUsername"));
    return renderSnippet(templateText, values, info.literal);
}

accounts::Account relayAccountFor(const accounts::Account &account, const QString &relayUser)
{
    accounts::Account relay;
    relay.displayName = account.displayName;
    relay.address = account.address;
    relay.host = QStringLiteral("127.0.0.1");
    relay.port = 2525;
    relay.security = smtp::Security::None;
    relay.username = relayUser;
    relay.signIn = accounts::SignInKind::MailboxPassword;
    return relay;
}

} // namespace remitente::guides
