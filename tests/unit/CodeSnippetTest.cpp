#include "guides/CodeSnippet.h"
#include "guides/FieldGuide.h"
#include "guides/SnippetTemplate.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace remitente;
using namespace remitente::guides;

namespace {

accounts::Account account(smtp::Security security, quint16 port)
{
    accounts::Account a;
    a.address = QStringLiteral("ana@example.test");
    a.displayName = QStringLiteral("Ana \"Ñ\" \\ O'Brien");
    a.host = QStringLiteral("smtp.example.test");
    a.port = port;
    a.security = security;
    return a;
}

} // namespace

TEST(SnippetLiteral, QuotesBackslashesAndControlsStayInsideTheLiteral)
{
    const QString nasty = QStringLiteral("a\"b\\c'd\ne\rf\tg\x01h\u202Ei$j`k");
    EXPECT_EQ(literal(nasty, Literal::DoubleQuoted),
              QStringLiteral("\"a\\\"b\\\\c'd\\ne\\rf\\tg\\u0001h\\u202ei$j`k\""));
    EXPECT_EQ(literal(nasty, Literal::SingleQuotedPhp), QStringLiteral("'a\"b\\\\c\\'d\ne\rf\tg\x01h\u202Ei$j`k'"));
    EXPECT_EQ(literal(QStringLiteral("it's $HOME"), Literal::Shell), QStringLiteral("'it'\\''s $HOME'"));
    EXPECT_EQ(literal(nasty, Literal::ConfigQuoted), QStringLiteral("\"a\\\"b\\\\c'defghi$j`k\""));
}

TEST(SnippetTemplate, SectionsAndPlaceholders)
{
    SnippetValues values;
    values.text.insert(QStringLiteral("host"), QStringLiteral("h\"x"));
    values.raw.insert(QStringLiteral("port"), QStringLiteral("465"));
    values.flags.insert(QStringLiteral("tls"));
    const QString text = QStringLiteral("a {{host}}:{{port}} {{host|sh}}\n{{#tls}}\nTLS\n{{/tls}}\n{{#starttls}}\n"
                                        "STARTTLS\n{{/starttls}}\n{{^starttls}}\nnot starttls\n{{/starttls}}\nend\n");
    EXPECT_EQ(renderSnippet(text, values, Literal::DoubleQuoted),
              QStringLiteral("a \"h\\\"x\":465 'h\"x'\nTLS\nnot starttls\nend\n"));
}

TEST(CodeSnippet, EachLanguageUsesTheAccountsSecurity)
{
    for (const QString &name : snippetLanguageNames()) {
        const std::optional<SnippetLanguage> language = snippetLanguageFromName(name);
        ASSERT_TRUE(language) << name.toStdString();
        const QString tls = codeSnippet(account(smtp::Security::ImplicitTls, 465), *language);
        const QString starttls = codeSnippet(account(smtp::Security::StartTls, 587), *language);
        ASSERT_FALSE(tls.isEmpty()) << name.toStdString();
        EXPECT_TRUE(tls.contains(QStringLiteral("SMTP_PASSWORD"))) << name.toStdString();
        EXPECT_FALSE(tls.contains(QStringLiteral("{{"))) << name.toStdString();
        EXPECT_TRUE(tls.contains(QStringLiteral("465"))) << name.toStdString();
        EXPECT_TRUE(starttls.contains(QStringLiteral("587"))) << name.toStdString();
        EXPECT_NE(tls, starttls) << name.toStdString();
    }
    EXPECT_TRUE(codeSnippet(account(smtp::Security::ImplicitTls, 465), SnippetLanguage::Python).contains(u"SMTP_SSL"));
    EXPECT_TRUE(codeSnippet(account(smtp::Security::StartTls, 587), SnippetLanguage::Python).contains(u"starttls("));
    EXPECT_TRUE(
        codeSnippet(account(smtp::Security::StartTls, 587), SnippetLanguage::Node).contains(u"requireTLS: true"));
    EXPECT_TRUE(codeSnippet(account(smtp::Security::ImplicitTls, 465), SnippetLanguage::Curl).contains(u"smtps://"));
    EXPECT_TRUE(codeSnippet(account(smtp::Security::StartTls, 587), SnippetLanguage::Curl).contains(u"--ssl-reqd"));
    EXPECT_FALSE(snippetLanguageFromName(QStringLiteral("cobol")));
}

TEST(CodeSnippet, TheRelayStandsInForAnOAuthAccount)
{
    accounts::Account oauth = account(smtp::Security::ImplicitTls, 465);
    oauth.signIn = accounts::SignInKind::OAuth2;
    const accounts::Account relay = relayAccountFor(oauth, QStringLiteral("python"));
    EXPECT_EQ(relay.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(relay.port, 2525);
    EXPECT_EQ(relay.username, QStringLiteral("python"));
    EXPECT_EQ(relay.address, oauth.address);
    const QString snippet = codeSnippet(relay, SnippetLanguage::Msmtp);
    EXPECT_TRUE(snippet.contains(u"tls off"));
    // Its connection is not encrypted: no snippet says the certificate is verified; over TLS every one does.
    for (const QString &name : snippetLanguageNames()) {
        const SnippetLanguage language = *snippetLanguageFromName(name);
        const QString throughRelay = codeSnippet(relay, language);
        EXPECT_FALSE(throughRelay.contains(u"always verified")) << name.toStdString();
        EXPECT_FALSE(throughRelay.contains(u"import ssl")) << name.toStdString();
        EXPECT_TRUE(throughRelay.contains(u"SMTP_PASSWORD.")) << name.toStdString();
        EXPECT_TRUE(codeSnippet(account(smtp::Security::ImplicitTls, 465), language)
                        .contains(u"SMTP_PASSWORD; the server's certificate is always verified."))
            << name.toStdString();
    }
    EXPECT_TRUE(snippet.contains(u"port 2525"));
}

TEST(FieldGuide, OdooInItsOwnWords)
{
    ASSERT_TRUE(fieldGuideIds().contains(QStringLiteral("odoo")));
    accounts::Account a = account(smtp::Security::StartTls, 587);
    a.username = QStringLiteral("ana");
    const std::optional<FieldGuide> guide = fieldGuide(QStringLiteral("odoo"), a, QStringLiteral("en"));
    ASSERT_TRUE(guide);
    EXPECT_TRUE(guide->labelsInLanguage);
    ASSERT_EQ(guide->fields.size(), 6);
    EXPECT_EQ(guide->fields[0].label, QStringLiteral("SMTP Server"));
    EXPECT_EQ(guide->fields[0].value, QStringLiteral("smtp.example.test"));
    EXPECT_EQ(guide->fields[1].value, QStringLiteral("587"));
    EXPECT_EQ(guide->fields[2].value, QStringLiteral("TLS (STARTTLS)"));
    EXPECT_EQ(guide->fields[4].value, QStringLiteral("ana"));
    EXPECT_TRUE(guide->fields[5].isPassword);
    EXPECT_TRUE(guide->fields[5].value.isEmpty());
    EXPECT_EQ(fieldGuide(QStringLiteral("odoo"), account(smtp::Security::ImplicitTls, 465), QStringLiteral("en"))
                  ->fields[2]
                  .value,
              QStringLiteral("SSL/TLS"));
    // Odoo's own Spanish (its base es.po), choices and fixed texts included.
    const std::optional<FieldGuide> spanish = fieldGuide(QStringLiteral("odoo"), a, QStringLiteral("es"));
    ASSERT_TRUE(spanish);
    EXPECT_TRUE(spanish->labelsInLanguage);
    EXPECT_EQ(spanish->fields[0].label, QStringLiteral("Servidor SMTP"));
    EXPECT_EQ(spanish->fields[2].label, QStringLiteral("Encriptación de la conexión"));
    EXPECT_EQ(spanish->fields[2].value, QStringLiteral("TLS (STARTTLS)"));
    EXPECT_EQ(spanish->fields[3].label, QStringLiteral("Autentificar con"));
    EXPECT_EQ(spanish->fields[3].value, QStringLiteral("Nombre de usuario"));
    EXPECT_EQ(
        fieldGuide(QStringLiteral("odoo"), account(smtp::Security::None, 25), QStringLiteral("es"))->fields[2].value,
        QStringLiteral("Ninguno"));
    EXPECT_FALSE(fieldGuide(QStringLiteral("nothing"), a, QStringLiteral("en")));
}

TEST(FieldGuide, WhereNoSpanishWordingIsSourcedTheEnglishLabelsAreShownAndSaidToBe)
{
    const accounts::Account a = account(smtp::Security::StartTls, 587);
    for (const char *id : {"hubspot", "zoho", "salesforce"}) {
        const std::optional<FieldGuide> spanish = fieldGuide(QString::fromLatin1(id), a, QStringLiteral("es"));
        ASSERT_TRUE(spanish) << id;
        EXPECT_FALSE(spanish->labelsInLanguage) << id;
        EXPECT_EQ(spanish->fields[0].label,
                  fieldGuide(QString::fromLatin1(id), a, QStringLiteral("en"))->fields[0].label)
            << id;
    }
    // FluentSMTP has no Spanish for its SMTP form: WordPress shows it in English, which is its Spanish wording.
    const std::optional<FieldGuide> fluent = fieldGuide(QStringLiteral("fluentsmtp"), a, QStringLiteral("es"));
    ASSERT_TRUE(fluent);
    EXPECT_TRUE(fluent->labelsInLanguage);
    EXPECT_EQ(fluent->fields[0].label, QStringLiteral("SMTP Host"));
    for (const char *id : {"wordpress", "joomla", "prestashop", "odoo", "thunderbird"})
        EXPECT_TRUE(fieldGuide(QString::fromLatin1(id), a, QStringLiteral("es"))->labelsInLanguage) << id;
}

TEST(FieldGuide, AProgramThatCannotUseTheAccountsPortGetsTheProvidersOtherServer)
{
    // Salesforce's Email Relay has no TLS-from-the-first-byte port: a Gmail account on 465 is shown Gmail's 587.
    accounts::Account gmail = account(smtp::Security::ImplicitTls, 465);
    gmail.address = QStringLiteral("ana.perez@gmail.com");
    gmail.host = QStringLiteral("smtp.gmail.com");
    gmail.providerId = QStringLiteral("gmail");
    const std::optional<FieldGuide> guide = fieldGuide(QStringLiteral("salesforce"), gmail, QStringLiteral("en"));
    ASSERT_TRUE(guide);
    ASSERT_GE(guide->fields.size(), 3);
    EXPECT_EQ(guide->fields[0].value, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(guide->fields[1].value, QStringLiteral("587"));
    EXPECT_EQ(guide->fields[2].value, QStringLiteral("Required Verify"));
    EXPECT_TRUE(guide->warning.contains(u"465") && guide->warning.contains(u"587")) << guide->warning.toStdString();
    // The same by the address's domain, without a provider id.
    gmail.providerId.clear();
    EXPECT_EQ(fieldGuide(QStringLiteral("salesforce"), gmail, QStringLiteral("en"))->fields[1].value,
              QStringLiteral("587"));
    // A server the catalogue does not know: its own values, and the data's warning that 465 cannot be used.
    const std::optional<FieldGuide> hosting
        = fieldGuide(QStringLiteral("salesforce"), account(smtp::Security::ImplicitTls, 465), QStringLiteral("es"));
    ASSERT_TRUE(hosting);
    EXPECT_EQ(hosting->fields[1].value, QStringLiteral("465"));
    EXPECT_TRUE(hosting->warning.contains(u"no puede usar el puerto 465")) << hosting->warning.toStdString();
    // STARTTLS already: nothing changes, no warning.
    const std::optional<FieldGuide> starttls
        = fieldGuide(QStringLiteral("salesforce"), account(smtp::Security::StartTls, 587), QStringLiteral("en"));
    EXPECT_EQ(starttls->fields[1].value, QStringLiteral("587"));
    EXPECT_TRUE(starttls->warning.isEmpty());
}

TEST(FieldGuide, AMistakeIsShownToTheAccountsItConcerns)
{
    const QString appPasswordMistake
        = QStringLiteral("Pasting the mailbox password where the provider requires an app password.");
    accounts::Account a = account(smtp::Security::ImplicitTls, 465);
    a.signIn = accounts::SignInKind::AppPassword;
    for (const QString &id : fieldGuideIds())
        EXPECT_TRUE(fieldGuide(id, a, QStringLiteral("en"))->mistakes.contains(appPasswordMistake)) << id.toStdString();
    a.signIn = accounts::SignInKind::MailboxPassword;
    for (const QString &id : fieldGuideIds())
        EXPECT_FALSE(fieldGuide(id, a, QStringLiteral("en"))->mistakes.contains(appPasswordMistake))
            << id.toStdString();
    // The ports' meaning only where the account uses TLS (not for the relay, which has none).
    auto mentionsPort465 = [](const FieldGuide &guide) {
        return std::any_of(guide.mistakes.begin(), guide.mistakes.end(),
                           [](const QString &mistake) { return mistake.contains(u"465"); });
    };
    EXPECT_TRUE(mentionsPort465(*fieldGuide(QStringLiteral("joomla"), a, QStringLiteral("en"))));
    EXPECT_FALSE(mentionsPort465(
        *fieldGuide(QStringLiteral("joomla"), relayAccountFor(a, QStringLiteral("joomla")), QStringLiteral("en"))));
    // Zoho's "Email address" holds the user name: said only when it is not the address.
    auto mentionsEmailAddressField = [](const FieldGuide &guide) {
        return std::any_of(guide.mistakes.begin(), guide.mistakes.end(),
                           [](const QString &mistake) { return mistake.contains(u"calls it \"Email address\""); });
    };
    a.username = a.address;
    EXPECT_FALSE(mentionsEmailAddressField(*fieldGuide(QStringLiteral("zoho"), a, QStringLiteral("en"))));
    a.username = QStringLiteral("ana-login");
    EXPECT_TRUE(mentionsEmailAddressField(*fieldGuide(QStringLiteral("zoho"), a, QStringLiteral("en"))));
}

TEST(FieldGuide, AProgramsNameMayDifferByLanguage)
{
    const accounts::Account a = account(smtp::Security::StartTls, 587);
    EXPECT_EQ(fieldGuide(QStringLiteral("wordpress"), a, QStringLiteral("en"))->program,
              QStringLiteral("WordPress (WP Mail SMTP, Other SMTP)"));
    EXPECT_EQ(fieldGuide(QStringLiteral("wordpress"), a, QStringLiteral("es"))->program,
              QStringLiteral("WordPress (WP Mail SMTP, Otro SMTP)"));
    EXPECT_EQ(fieldGuide(QStringLiteral("joomla"), a, QStringLiteral("es"))->program, QStringLiteral("Joomla"));
}

TEST(FieldGuide, AFixedTextIsInTheGuidesLanguage)
{
    const accounts::Account a = account(smtp::Security::ImplicitTls, 465);
    const std::optional<FieldGuide> english = fieldGuide(QStringLiteral("wordpress"), a, QStringLiteral("en"));
    const std::optional<FieldGuide> spanish = fieldGuide(QStringLiteral("wordpress"), a, QStringLiteral("es"));
    ASSERT_TRUE(english && spanish);
    auto line = [](const FieldGuide &guide, const QString &label) {
        for (const GuideField &field : guide.fields) {
            if (field.label == label)
                return field.value;
        }
        return QStringLiteral("(no such field)");
    };
    EXPECT_EQ(line(*english, QStringLiteral("Authentication")), QStringLiteral("On"));
    EXPECT_EQ(line(*spanish, QStringLiteral("Identificación")), QStringLiteral("Activo"));
    EXPECT_EQ(line(*spanish, QStringLiteral("Cifrado")), QStringLiteral("SSL"));
    EXPECT_EQ(line(*spanish, QStringLiteral("Servidor SMTP")), QStringLiteral("smtp.example.test"));
}

TEST(FieldGuide, JoomlaMailSettingsInTheirOrder)
{
    const std::optional<FieldGuide> guide
        = fieldGuide(QStringLiteral("joomla"), account(smtp::Security::ImplicitTls, 465), QStringLiteral("en"));
    ASSERT_TRUE(guide);
    QStringList lines;
    for (const GuideField &field : guide->fields)
        lines.append(field.label + QStringLiteral(": ") + field.value);
    EXPECT_EQ(lines,
              QStringList({QStringLiteral("From Email: ana@example.test"),
                           QStringLiteral("From Name: Ana \"Ñ\" \\ O'Brien"), QStringLiteral("Mailer: SMTP"),
                           QStringLiteral("SMTP Host: smtp.example.test"), QStringLiteral("SMTP Port: 465"),
                           QStringLiteral("SMTP Security: SSL/TLS"), QStringLiteral("SMTP Authentication: Yes"),
                           QStringLiteral("SMTP Username: ana@example.test"), QStringLiteral("SMTP Password: ")}));
    EXPECT_EQ(fieldGuide(QStringLiteral("joomla"), account(smtp::Security::StartTls, 587), QStringLiteral("en"))
                  ->fields[5]
                  .value,
              QStringLiteral("STARTTLS"));
}

TEST(FieldGuide, ThunderbirdSmtpServerDialog)
{
    accounts::Account a = account(smtp::Security::StartTls, 587);
    a.username = QStringLiteral("ana-login");
    const std::optional<FieldGuide> guide = fieldGuide(QStringLiteral("thunderbird"), a, QStringLiteral("en"));
    ASSERT_TRUE(guide);
    ASSERT_EQ(guide->fields.size(), 5);
    EXPECT_EQ(guide->fields[0].label + u'=' + guide->fields[0].value, QStringLiteral("Server Name=smtp.example.test"));
    EXPECT_EQ(guide->fields[2].label + u'=' + guide->fields[2].value, QStringLiteral("Connection security=STARTTLS"));
    EXPECT_EQ(guide->fields[3].label + u'=' + guide->fields[3].value,
              QStringLiteral("Authentication method=Normal password"));
    EXPECT_EQ(guide->fields[4].label + u'=' + guide->fields[4].value, QStringLiteral("User Name=ana-login"));
}

TEST(FieldGuide, WordPressSaysSslForImplicitTlsAndTlsForStartTls)
{
    const auto encryption = [](smtp::Security security, quint16 port) {
        return fieldGuide(QStringLiteral("wordpress"), account(security, port), QStringLiteral("en"))->fields[1];
    };
    EXPECT_EQ(encryption(smtp::Security::ImplicitTls, 465).label, QStringLiteral("Encryption"));
    EXPECT_EQ(encryption(smtp::Security::ImplicitTls, 465).value, QStringLiteral("SSL"));
    EXPECT_EQ(encryption(smtp::Security::StartTls, 587).value, QStringLiteral("TLS"));
}

TEST(FieldGuide, PrestaShopEmailSettings)
{
    const std::optional<FieldGuide> guide
        = fieldGuide(QStringLiteral("prestashop"), account(smtp::Security::StartTls, 587), QStringLiteral("en"));
    ASSERT_TRUE(guide);
    ASSERT_EQ(guide->fields.size(), 5);
    EXPECT_EQ(guide->fields[0].label + u'=' + guide->fields[0].value, QStringLiteral("SMTP server=smtp.example.test"));
    EXPECT_TRUE(guide->fields[2].isPassword);
    EXPECT_EQ(guide->fields[3].label + u'=' + guide->fields[3].value, QStringLiteral("Encryption=TLS"));
    EXPECT_EQ(guide->fields[4].label + u'=' + guide->fields[4].value, QStringLiteral("Port=587"));
}

TEST(FieldGuide, CrmsAndFluentSmtpInTheirOwnWords)
{
    accounts::Account a = account(smtp::Security::StartTls, 587);
    a.username = QStringLiteral("ana-login");
    const auto lines = [&a](const char *id) {
        QStringList shown;
        const std::optional<FieldGuide> guide = fieldGuide(QString::fromLatin1(id), a, QStringLiteral("en"));
        if (!guide)
            return shown;
        for (const GuideField &field : guide->fields)
            shown.append(field.label + u'=' + (field.isPassword ? QStringLiteral("<password>") : field.value));
        return shown;
    };
    for (const char *id : {"hubspot", "zoho", "salesforce", "fluentsmtp"})
        ASSERT_TRUE(fieldGuideIds().contains(QString::fromLatin1(id))) << id;
    EXPECT_EQ(lines("hubspot"),
              QStringList({QStringLiteral("Email address=ana@example.test"), QStringLiteral("Password=<password>"),
                           QStringLiteral("Outgoing Mail (SMTP) server=smtp.example.test"),
                           QStringLiteral("Outgoing Mail (SMTP) port=587"), QStringLiteral("Username=ana-login")}));
    EXPECT_EQ(lines("zoho"),
              QStringList({QStringLiteral("Outgoing Server Name=smtp.example.test"), QStringLiteral("Port=587"),
                           QStringLiteral("Email address=ana-login"), QStringLiteral("Password=<password>")}));
    EXPECT_EQ(lines("salesforce"),
              QStringList({QStringLiteral("Host=smtp.example.test"), QStringLiteral("Port=587"),
                           QStringLiteral("TLS Setting=Required Verify"), QStringLiteral("Enable SMTP Auth=On"),
                           QStringLiteral("Username=ana-login"), QStringLiteral("Password=<password>")}));
    EXPECT_EQ(lines("fluentsmtp"),
              QStringList({QStringLiteral("SMTP Host=smtp.example.test"), QStringLiteral("SMTP Port=587"),
                           QStringLiteral("Encryption=TLS"), QStringLiteral("Authentication=On"),
                           QStringLiteral("SMTP Username=ana-login"), QStringLiteral("SMTP Password=<password>")}));
}

TEST(FieldGuide, SaysWhereTheMistakesAndTheProgramsOwnSignInInEachLanguage)
{
    const accounts::Account a = account(smtp::Security::ImplicitTls, 465);
    for (const QString &id : fieldGuideIds()) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
            const std::optional<FieldGuide> guide = fieldGuide(id, a, language);
            ASSERT_TRUE(guide) << id.toStdString();
            EXPECT_FALSE(guide->where.isEmpty()) << id.toStdString();
            EXPECT_GE(guide->mistakes.size(), 2) << id.toStdString();
            EXPECT_FALSE(guide->source.isEmpty()) << id.toStdString();
        }
        // Remitente's own words are written in both languages in the data, not left in English.
        const std::optional<FieldGuide> english = fieldGuide(id, a, QStringLiteral("en"));
        const std::optional<FieldGuide> spanish = fieldGuide(id, a, QStringLiteral("es"));
        EXPECT_NE(english->where, spanish->where) << id.toStdString();
        for (qsizetype i = 0; i < english->mistakes.size(); ++i)
            EXPECT_NE(english->mistakes[i], spanish->mistakes[i]) << id.toStdString();
        EXPECT_TRUE(english->ownSignIn.isEmpty() || english->ownSignIn != spanish->ownSignIn) << id.toStdString();
    }
    // The CRMs offer their own Google/Microsoft sign-in and cannot reach this computer.
    for (const char *id : {"hubspot", "zoho", "salesforce"}) {
        const std::optional<FieldGuide> guide = fieldGuide(QString::fromLatin1(id), a, QStringLiteral("en"));
        EXPECT_FALSE(guide->ownSignIn.isEmpty()) << id;
        EXPECT_TRUE(guide->cloud) << id;
    }
    // Salesforce has no port 465: said for such an account, not for a STARTTLS one.
    EXPECT_TRUE(fieldGuide(QStringLiteral("salesforce"), a, QStringLiteral("en"))->warning.contains(u"465"));
    EXPECT_TRUE(fieldGuide(QStringLiteral("salesforce"), account(smtp::Security::StartTls, 587), QStringLiteral("en"))
                    ->warning.isEmpty());
}

TEST(FieldGuide, ThunderbirdInItsOwnSpanishWording)
{
    accounts::Account a = account(smtp::Security::None, 25);
    a.username = QStringLiteral("ana-login");
    const std::optional<FieldGuide> spanish = fieldGuide(QStringLiteral("thunderbird"), a, QStringLiteral("es"));
    ASSERT_TRUE(spanish);
    EXPECT_TRUE(spanish->labelsInLanguage);
    QStringList lines;
    for (const GuideField &field : spanish->fields)
        lines.append(field.label + u'=' + field.value);
    EXPECT_EQ(lines,
              QStringList({QStringLiteral("Nombre del servidor=smtp.example.test"), QStringLiteral("Puerto=25"),
                           QStringLiteral("Seguridad de la conexión=Ninguna"),
                           QStringLiteral("Método de identificación=Contraseña, transmitida de manera insegura"),
                           QStringLiteral("Nombre de usuario=ana-login")}));
    EXPECT_EQ(fieldGuide(QStringLiteral("thunderbird"), a, QStringLiteral("en"))->fields[2].value,
              QStringLiteral("None"));
    EXPECT_EQ(fieldGuide(QStringLiteral("thunderbird"), account(smtp::Security::ImplicitTls, 465), QStringLiteral("es"))
                  ->fields[2]
                  .value,
              QStringLiteral("SSL/TLS"));
}
