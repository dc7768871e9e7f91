#include "providers/ProviderCatalogue.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente::providers;

namespace {
ProviderCatalogue builtIn()
{
    QString error;
    const std::optional<ProviderCatalogue> catalogue = ProviderCatalogue::load(&error);
    EXPECT_TRUE(catalogue.has_value()) << error.toStdString();
    return catalogue.value_or(ProviderCatalogue());
}
} // namespace

TEST(ProviderCatalogue, HasEveryProviderOfTheReference)
{
    const ProviderCatalogue catalogue = builtIn();
    for (const char *id : {"gmail", "google-workspace", "outlook", "microsoft365", "yahoo", "aol", "icloud", "zoho",
                           "zoho-eu", "zoho-org", "zoho-org-eu", "zoho-in", "zoho-au", "zoho-jp", "gmx", "fastmail",
                           "proton-bridge", "proton-smtp", "yandex", "hosting", "amazon-ses", "sendgrid", "mailgun",
                           "mailgun-eu", "brevo", "postmark", "mailjet"})
        EXPECT_NE(catalogue.byId(QString::fromLatin1(id)), nullptr) << id;
}

TEST(ProviderCatalogue, FindsByDomainAndByMx)
{
    const ProviderCatalogue catalogue = builtIn();
    ASSERT_NE(catalogue.byDomain(QStringLiteral("GMAIL.com")), nullptr);
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("gmail.com"))->id, QStringLiteral("gmail"));
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("hotmail.es"))->id, QStringLiteral("outlook"));
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("me.com"))->id, QStringLiteral("icloud"));
    EXPECT_EQ(catalogue.byDomain(QStringLiteral("example.es")), nullptr);
    EXPECT_EQ(catalogue.byMx(QStringLiteral("aspmx.l.google.com."))->id, QStringLiteral("google-workspace"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("contoso-com.mail.protection.outlook.com"))->id, QStringLiteral("microsoft365"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("in1-smtp.messagingengine.com"))->id, QStringLiteral("fastmail"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("mx.zoho.eu"))->id, QStringLiteral("zoho-org-eu"));
    EXPECT_EQ(catalogue.byMx(QStringLiteral("mail.example.es")), nullptr);
}

TEST(ProviderCatalogue, KeepsTheReferenceFacts)
{
    const ProviderCatalogue catalogue = builtIn();
    const Provider *gmail = catalogue.byId(QStringLiteral("gmail"));
    EXPECT_EQ(gmail->servers.first().host, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(gmail->servers.first().port, 465) << "implicit TLS first (RFC 8314)";
    EXPECT_EQ(gmail->passwordPage, QStringLiteral("https://myaccount.google.com/apppasswords"));
    bool perDayUnverified = false;
    for (const auto &[name, limit] : gmail->limits)
        perDayUnverified = perDayUnverified || (name == u"recipientsPerDay" && !limit.verified);
    EXPECT_TRUE(perDayUnverified) << "the reference marks Gmail's daily limit unverified";
    EXPECT_EQ(catalogue.byId(QStringLiteral("outlook"))->signIn, QStringLiteral("oauth2"));
    EXPECT_EQ(catalogue.byId(QStringLiteral("postmark"))->servers.size(), 1) << "no 465";
    EXPECT_EQ(catalogue.byId(QStringLiteral("icloud"))->servers.first().port, 587);
    EXPECT_FALSE(catalogue.byId(QStringLiteral("fastmail"))->servers.at(1).verified);
}

TEST(ProviderCatalogue, UsernamesAndPasswordsAsProvidersExpect)
{
    const ProviderCatalogue catalogue = builtIn();
    const Provider *gmail = catalogue.byId(QStringLiteral("gmail"));
    EXPECT_EQ(gmail->normalisePassword(QStringLiteral(" abcd efgh ijkl mnop ")), QStringLiteral("abcdefghijklmnop"));
    EXPECT_EQ(gmail->normalisePassword(QStringLiteral("my normal pass")), QStringLiteral("my normal pass"))
        << "not an app password: left as typed, so the diagnosis can say so";
    EXPECT_EQ(catalogue.byId(QStringLiteral("yahoo"))->normalisePassword(QStringLiteral("a b")), QStringLiteral("a b"));
    EXPECT_EQ(gmail->usernameFor(QStringLiteral("ana@gmail.com")), QStringLiteral("ana@gmail.com"));
    EXPECT_EQ(catalogue.byId(QStringLiteral("sendgrid"))->usernameFor(QStringLiteral("ana@x.es")), QStringLiteral("apikey"));
    EXPECT_TRUE(catalogue.byId(QStringLiteral("amazon-ses"))->usernameFor(QStringLiteral("ana@x.es")).isEmpty());
}

TEST(ProviderCatalogue, RefusesABrokenCatalogue)
{
    QTemporaryDir dir;
    auto load = [&](const QByteArray &json) {
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(json);
        file.close();
        QString error;
        const bool ok = ProviderCatalogue::loadFrom(path, &error).has_value();
        return ok ? QString() : error;
    };
    const QByteArray server = R"("servers": [{"host": "smtp.x.test", "port": 465, "security": "tls"}])";
    EXPECT_TRUE(load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
                     "\"signIn\": \"mailbox-password\", \"domains\": [\"a.test\"], " + server + "}]}").isEmpty());
    EXPECT_TRUE(load("{\"schema\": 2, \"providers\": []}").contains(QStringLiteral("schema")));
    EXPECT_TRUE(load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
                     "\"signIn\": \"app-password\", " + server + "}]}").contains(QStringLiteral("app password")));
    EXPECT_TRUE(load("{\"schema\": 1, \"providers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"mailbox\", "
                     "\"signIn\": \"mailbox-password\", \"domains\": [\"a.test\"], " + server + "}, {\"id\": \"b\", "
                     "\"name\": \"B\", \"kind\": \"mailbox\", \"signIn\": \"mailbox-password\", \"domains\": [\"a.test\"], "
                     + server + "}]}").contains(QStringLiteral("a.test")));
    EXPECT_FALSE(load("not json").isEmpty());
}
