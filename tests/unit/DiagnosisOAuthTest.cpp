// Diagnoses for signing in with Microsoft or Google: refused and expired tokens, Microsoft tenants that turn SMTP
// AUTH off or need an admin's approval, Send As, and the ready message for the IT admin.
#include "diagnosis/AdminRequest.h"
#include "diagnosis/Diagnoser.h"
#include "smtp/ReplyParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::diagnosis;

namespace {

using smtp::CredentialKind;

const QString Mailbox = QStringLiteral("ana@contoso.test");
const QString ClientId = QStringLiteral("9e5f94bc-e8a4-4e73-b8be-63364c29d753");

smtp::Reply reply(const char *raw)
{
    const smtp::ReplyParseResult result = smtp::parseReply(QByteArray(raw));
    EXPECT_EQ(result.status, smtp::ReplyParseResult::Status::Complete) << raw;
    return result.reply;
}

FailureContext rejected(smtp::Stage stage, const char *raw, std::optional<CredentialKind> credentials,
                        const char *providerId = "")
{
    FailureContext context;
    context.error.stage = stage;
    context.error.kind = smtp::ErrorKind::ServerRejected;
    context.error.reply = reply(raw);
    context.error.credentials = credentials;
    context.host = QStringLiteral("smtp.example.com");
    context.port = 587;
    context.security = smtp::Security::StartTls;
    context.providerId = QString::fromUtf8(providerId);
    return context;
}

FailureContext refusedToken(const char *raw, const char *challengeJson, const char *providerId = "")
{
    FailureContext context = rejected(smtp::Stage::Auth, raw, CredentialKind::BearerToken, providerId);
    context.error.oauth = smtp::parseOAuthChallenge(challengeJson);
    return context;
}

Diagnosis diagnose(const FailureContext &context)
{
    return Diagnoser::builtIn().diagnose(context);
}

Diagnosis signIn(const char *error, const char *description, const char *providerId = "microsoft365")
{
    return Diagnoser::builtIn().diagnoseSignIn(QString::fromUtf8(error), QString::fromUtf8(description),
                                               QString::fromUtf8(providerId));
}

void expectComplete(const Diagnosis &diagnosis)
{
    EXPECT_FALSE(diagnosis.title.isEmpty()) << diagnosis.id.toStdString();
    EXPECT_FALSE(diagnosis.explanation.isEmpty()) << diagnosis.id.toStdString();
    EXPECT_FALSE(diagnosis.steps.isEmpty()) << diagnosis.id.toStdString();
    EXPECT_FALSE(diagnosis.explanation.contains(u'{')) << diagnosis.explanation.toStdString();
    EXPECT_EQ(diagnosis.adminChange.has_value(), diagnosis.actions.contains(DiagnosisAction::WriteToAdmin))
        << diagnosis.id.toStdString();
}

const char *const TenantReply = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                                "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [DB8PR]\r\n";
const char *const MailboxReply
    = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
      "the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [DB8PR]\r\n";
const char *const SendAsReply = "554 5.2.252 SendAsDenied; ana@contoso.test not allowed to send as boss@contoso.test; "
                                "STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied\r\n";

} // namespace

TEST(DiagnosisOAuth, ARefusedTokenMeansSignInAgain)
{
    // Google: the error challenge, then 535 5.7.8 (words that, with a password, mean "use an app password").
    Diagnosis diagnosis
        = diagnose(refusedToken("535-5.7.8 Username and Password not accepted. For more information,\r\n"
                                "535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp\r\n",
                                R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})", "gmail"));
    EXPECT_EQ(diagnosis.id, u"oauth-token-refused");
    EXPECT_EQ(diagnosis.category, u"sign-in");
    EXPECT_EQ(diagnosis.actions, QList<DiagnosisAction>{DiagnosisAction::SignInWithProvider});
    EXPECT_TRUE(diagnosis.serverWords.contains(QStringLiteral(R"("status":"401")")))
        << diagnosis.serverWords.toStdString();
    EXPECT_TRUE(diagnosis.technical.contains(QStringLiteral("oauth status 401"))) << diagnosis.technical.toStdString();
    EXPECT_TRUE(diagnosis.technical.contains(QStringLiteral("credentials token")));
    expectComplete(diagnosis);

    EXPECT_EQ(
        diagnose(refusedToken("535 5.7.8 Username and Password not accepted\r\n", R"({"status":"400"})", "gmail")).id,
        u"oauth-token-refused");
    // Dovecot's oauth2 passdb.
    EXPECT_EQ(diagnose(refusedToken("535 5.7.8 Error: authentication failed\r\n",
                                    R"({"status":"invalid_token","schemes":"bearer","scope":"mail"})"))
                  .id,
              u"oauth-token-refused");
    // Microsoft: no challenge, 535 5.7.3.
    diagnosis = diagnose(rejected(smtp::Stage::Auth, "535 5.7.3 Authentication unsuccessful [VI1PR]\r\n",
                                  CredentialKind::BearerToken, "microsoft365"));
    EXPECT_EQ(diagnosis.id, u"oauth-token-refused");
    EXPECT_TRUE(diagnosis.steps.join(u' ').contains(QStringLiteral("shared mailbox")));
}

TEST(DiagnosisOAuth, PasswordAdviceIsNeverGivenForATokenNorTheOtherWay)
{
    const char *const microsoft = "535 5.7.3 Authentication unsuccessful [VI1PR]\r\n";
    EXPECT_EQ(diagnose(rejected(smtp::Stage::Auth, microsoft, CredentialKind::Password, "microsoft365")).id,
              u"microsoft-authentication-unsuccessful");
    EXPECT_EQ(diagnose(rejected(smtp::Stage::Auth, microsoft, std::nullopt, "microsoft365")).id,
              u"microsoft-authentication-unsuccessful")
        << "failures that do not say how the session signed in are password failures";
    const char *const google = "535 5.7.8 Username and Password not accepted\r\n";
    EXPECT_EQ(diagnose(rejected(smtp::Stage::Auth, google, CredentialKind::Password, "gmail")).id,
              u"google-password-not-accepted");
    EXPECT_EQ(diagnose(rejected(smtp::Stage::Auth, google, CredentialKind::BearerToken, "gmail")).id,
              u"oauth-token-refused");
    EXPECT_EQ(
        diagnose(rejected(smtp::Stage::Auth, "535 5.7.8 Error: authentication failed\r\n", CredentialKind::BearerToken))
            .id,
        u"oauth-token-refused");
    EXPECT_EQ(
        diagnose(rejected(smtp::Stage::Auth, "535 5.7.8 Error: authentication failed\r\n", CredentialKind::Password))
            .id,
        u"password-not-accepted");
}

TEST(DiagnosisOAuth, ATokenWithoutPermissionToSendAsksToSignInAndAllowIt)
{
    const Diagnosis diagnosis = diagnose(refusedToken("535 5.7.8 Error: authentication failed\r\n",
                                                      R"({"status":"insufficient_scope","scope":"mail"})"));
    EXPECT_EQ(diagnosis.id, u"oauth-scope-missing");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::SignInWithProvider));
    expectComplete(diagnosis);
}

TEST(DiagnosisOAuth, TenantOrMailboxWithoutSmtpAuthNeedsTheAdmin)
{
    for (const std::optional<CredentialKind> credentials :
         {std::optional(CredentialKind::BearerToken), std::optional(CredentialKind::Password)}) {
        Diagnosis diagnosis = diagnose(rejected(smtp::Stage::Auth, TenantReply, credentials, "microsoft365"));
        EXPECT_EQ(diagnosis.id, u"microsoft-smtp-auth-disabled-tenant");
        EXPECT_EQ(diagnosis.adminChange, AdminChange::SmtpAuthForTenant);
        EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::WriteToAdmin));
        EXPECT_TRUE(diagnosis.explanation.contains(QStringLiteral("Sign in with Microsoft")))
            << "signing in with Microsoft does not get around it";
        expectComplete(diagnosis);

        diagnosis = diagnose(rejected(smtp::Stage::Auth, MailboxReply, credentials, "microsoft365"));
        EXPECT_EQ(diagnosis.id, u"microsoft-smtp-auth-disabled");
        EXPECT_EQ(diagnosis.adminChange, AdminChange::SmtpAuthForMailbox);
        EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::WriteToAdmin));
        expectComplete(diagnosis);
    }
}

TEST(DiagnosisOAuth, PasswordsRefusedByMicrosoftPointToSignInWithMicrosoft)
{
    Diagnosis diagnosis = diagnose(rejected(smtp::Stage::Auth,
                                            "550 5.7.30 Basic authentication is not supported for Client "
                                            "Submission.\r\n",
                                            CredentialKind::Password, "microsoft365"));
    EXPECT_EQ(diagnosis.id, u"microsoft-client-submission-disabled");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::SignInWithProvider));
    EXPECT_FALSE(diagnosis.steps.join(u' ').contains(QStringLiteral("later version")));
    expectComplete(diagnosis);

    diagnosis = diagnose(rejected(smtp::Stage::Auth,
                                  "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.\r\n",
                                  CredentialKind::Password, "outlook"));
    EXPECT_EQ(diagnosis.id, u"microsoft-passwords-disabled");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::SignInWithProvider));

    diagnosis = diagnose(rejected(smtp::Stage::Auth,
                                  "535 5.7.139 Authentication unsuccessful, user is locked by your organization's "
                                  "security defaults policy. Contact your administrator.\r\n",
                                  CredentialKind::Password, "microsoft365"));
    EXPECT_EQ(diagnosis.id, u"microsoft-security-defaults");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::SignInWithProvider));
    EXPECT_EQ(diagnosis.adminChange, AdminChange::SecurityDefaults);
    expectComplete(diagnosis);
}

TEST(DiagnosisOAuth, SendAsDeniedAsksTheAdminForSendAs)
{
    for (const smtp::Stage stage : {smtp::Stage::Mail, smtp::Stage::Data}) {
        const Diagnosis diagnosis = diagnose(rejected(stage, SendAsReply, CredentialKind::BearerToken, "microsoft365"));
        EXPECT_EQ(diagnosis.id, u"send-as-denied");
        EXPECT_EQ(diagnosis.adminChange, AdminChange::SendAs);
        EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::EditSender));
        EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::WriteToAdmin));
        expectComplete(diagnosis);
    }
}

TEST(DiagnosisOAuth, NoOAuthOnTheServerMeansUseAPassword)
{
    FailureContext context;
    context.error.stage = smtp::Stage::Auth;
    context.error.kind = smtp::ErrorKind::NoSupportedAuthMechanism;
    context.error.credentials = CredentialKind::BearerToken;
    context.host = QStringLiteral("mail.example.com");
    context.port = 465;
    Diagnosis diagnosis = diagnose(context);
    EXPECT_EQ(diagnosis.id, u"no-token-sign-in");
    EXPECT_TRUE(diagnosis.explanation.contains(QStringLiteral("mail.example.com")));
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::EditPassword));
    context.error.kind = smtp::ErrorKind::NoAuthOffered;
    EXPECT_EQ(diagnose(context).id, u"no-token-sign-in");
    context.error.credentials = CredentialKind::Password;
    EXPECT_EQ(diagnose(context).id, u"no-password-sign-in");

    context.error.kind = smtp::ErrorKind::InvalidArgument;
    context.error.credentials = CredentialKind::BearerToken;
    EXPECT_EQ(diagnose(context).id, u"token-unusable");
    context.error.credentials = CredentialKind::Password;
    EXPECT_EQ(diagnose(context).id, u"invalid-input");
}

TEST(DiagnosisOAuth, SignInFailuresFromTheTokenEndpoint)
{
    Diagnosis diagnosis = signIn("invalid_grant",
                                 "AADSTS65001: The user or administrator has not consented to use the application "
                                 "with ID '9e5f94bc-e8a4-4e73-b8be-63364c29d753' named 'Remitente'. Send an "
                                 "interactive authorization request for this user and resource.");
    EXPECT_EQ(diagnosis.id, u"microsoft-consent-required");
    EXPECT_EQ(diagnosis.adminChange, AdminChange::AdminConsent);
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::SignInWithProvider));
    EXPECT_TRUE(diagnosis.serverWords.startsWith(QStringLiteral("invalid_grant: AADSTS65001:")));
    EXPECT_TRUE(diagnosis.technical.contains(QStringLiteral("invalid_grant")));
    expectComplete(diagnosis);

    diagnosis = signIn("access_denied", "AADSTS90094: The grant requires admin permission.");
    EXPECT_EQ(diagnosis.id, u"microsoft-admin-approval-required");
    EXPECT_EQ(diagnosis.actions.first(), DiagnosisAction::WriteToAdmin);
    expectComplete(diagnosis);
    EXPECT_EQ(signIn("invalid_request",
                     "AADSTS90095: Admin consent is required for the permissions requested by "
                     "this application.")
                  .id,
              u"microsoft-admin-approval-required");

    diagnosis = signIn("invalid_grant", "AADSTS700082: The refresh token has expired due to inactivity.");
    EXPECT_EQ(diagnosis.id, u"oauth-sign-in-expired");
    EXPECT_EQ(diagnosis.actions, QList<DiagnosisAction>{DiagnosisAction::SignInWithProvider});
    expectComplete(diagnosis);
    EXPECT_EQ(signIn("invalid_grant", "Token has been expired or revoked.", "gmail").id, u"oauth-sign-in-expired");
    EXPECT_EQ(signIn("access_denied", "AADSTS65004: User declined to consent to access the app.").id,
              u"oauth-consent-declined");
    EXPECT_EQ(signIn("access_denied", "", "gmail").id, u"oauth-consent-declined");

    diagnosis = signIn("temporarily_unavailable", "AADSTS50001: something\x1b[31m new\r\nInjected: line");
    EXPECT_EQ(diagnosis.id, u"sign-in-failed");
    EXPECT_EQ(diagnosis.category, u"sign-in");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::SignInWithProvider));
    EXPECT_FALSE(diagnosis.serverWords.contains(u'\x1b'));
    EXPECT_FALSE(diagnosis.serverWords.contains(u'\n'));
    EXPECT_FALSE(diagnosis.title.isEmpty());

    EXPECT_LE(signIn("invalid_grant", QByteArray(5000, 'x').constData()).serverWords.size(), 601);
}

TEST(DiagnosisOAuth, SignInFailuresAndSmtpFailuresNeverShareEntries)
{
    // An OAuth error whose description looks like an SMTP reply is still a sign-in failure ...
    EXPECT_EQ(signIn("server_error", "535 5.7.8 Username and Password not accepted", "gmail").id, u"sign-in-failed");
    // ... and an SMTP reply that mentions an AADSTS code is still an SMTP failure.
    EXPECT_NE(
        diagnose(rejected(smtp::Stage::Auth, "535 5.7.3 AADSTS65001 invalid_grant\r\n", CredentialKind::Password)).id,
        u"microsoft-consent-required");
}

TEST(DiagnosisOAuth, EveryNewActionAndAdminChangeReadsBack)
{
    EXPECT_EQ(diagnosisActionFromName(u"sign-in-with-provider"), DiagnosisAction::SignInWithProvider);
    EXPECT_EQ(diagnosisActionFromName(u"write-to-admin"), DiagnosisAction::WriteToAdmin);
    for (int i = 0; i <= int(AdminChange::SendAs); ++i) {
        const auto change = AdminChange(i);
        EXPECT_EQ(adminChangeFromName(adminChangeName(change)), change) << i;
    }
    EXPECT_FALSE(adminChangeFromName(u"make-coffee").has_value());
}

namespace {
QString loadError(const char *entry)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("diagnoses.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(R"({"schema": 1, "entries": [)") + entry + "]}");
    file.close();
    QString error;
    EXPECT_FALSE(DiagnosisCatalogue::load(path, &error)) << entry;
    return error;
}
} // namespace

TEST(DiagnosisOAuth, TheCatalogueRefusesAdminRequestsItCannotWrite)
{
    EXPECT_TRUE(loadError(R"({"id": "x", "category": "sign-in", "title": "X", "match": [{"codes": [535]}],
                              "actions": ["write-to-admin"]})")
                    .contains(QStringLiteral("write-to-admin")));
    EXPECT_TRUE(loadError(R"({"id": "x", "category": "sign-in", "title": "X", "match": [{"codes": [535]}],
                              "admin": "send-as"})")
                    .contains(QStringLiteral("write-to-admin")));
    EXPECT_TRUE(loadError(R"({"id": "x", "category": "sign-in", "title": "X", "match": [{"codes": [535]}],
                              "actions": ["write-to-admin"], "admin": "fire-the-intern"})")
                    .contains(QStringLiteral("fire-the-intern")));
    EXPECT_TRUE(loadError(R"({"id": "x", "category": "sign-in", "title": "X",
                              "match": [{"codes": [535], "credentials": ["kerberos"]}]})")
                    .contains(QStringLiteral("kerberos")));
}

TEST(AdminRequest, SmtpAuthForTheMailboxHasTheExactCommandAndTheServersWords)
{
    const Diagnosis diagnosis
        = diagnose(rejected(smtp::Stage::Auth, MailboxReply, CredentialKind::BearerToken, "microsoft365"));
    const std::optional<AdminRequest> request = adminRequest(diagnosis, {Mailbox});
    ASSERT_TRUE(request.has_value());
    EXPECT_TRUE(request->subject.contains(Mailbox)) << request->subject.toStdString();
    EXPECT_TRUE(request->body.contains(
        QStringLiteral("    Set-CASMailbox -Identity ana@contoso.test -SmtpClientAuthenticationDisabled $false\n")))
        << request->body.toStdString();
    EXPECT_TRUE(request->body.contains(QStringLiteral("SmtpClientAuthentication is disabled for the Mailbox")));
    EXPECT_TRUE(request->body.contains(Mailbox));
    EXPECT_FALSE(request->body.contains(QStringLiteral("Set-TransportConfig")));
}

TEST(AdminRequest, SmtpAuthForTheTenantOffersTheMailboxAndTheOrganisation)
{
    const Diagnosis diagnosis
        = diagnose(rejected(smtp::Stage::Auth, TenantReply, CredentialKind::BearerToken, "microsoft365"));
    const std::optional<AdminRequest> request = adminRequest(diagnosis, {Mailbox});
    ASSERT_TRUE(request.has_value());
    EXPECT_TRUE(request->body.contains(
        QStringLiteral("Set-CASMailbox -Identity ana@contoso.test -SmtpClientAuthenticationDisabled $false")));
    EXPECT_TRUE(request->body.contains(QStringLiteral("Set-TransportConfig -SmtpClientAuthenticationDisabled $false")));
    EXPECT_TRUE(request->body.contains(QStringLiteral("disabled for the Tenant")));
}

TEST(AdminRequest, SecurityDefaultsNameWhereTheyAreManaged)
{
    const Diagnosis diagnosis = diagnose(rejected(smtp::Stage::Auth,
                                                  "535 5.7.139 Authentication unsuccessful, user is locked by your "
                                                  "organization's security defaults policy.\r\n",
                                                  CredentialKind::Password, "microsoft365"));
    const std::optional<AdminRequest> request = adminRequest(diagnosis, {Mailbox});
    ASSERT_TRUE(request.has_value());
    EXPECT_TRUE(request->body.contains(QStringLiteral("Security Defaults")));
    EXPECT_TRUE(request->body.contains(QStringLiteral("Manage security defaults")));
    EXPECT_TRUE(request->body.contains(QStringLiteral("Set-CASMailbox -Identity ana@contoso.test")));
}

TEST(AdminRequest, AdminConsentNamesTheAppItsClientIdAndTheConsentAddress)
{
    const Diagnosis diagnosis = signIn("access_denied", "AADSTS90094: The grant requires admin permission.");
    AdminRequestDetails details;
    details.mailbox = Mailbox;
    details.clientId = ClientId;
    std::optional<AdminRequest> request = adminRequest(diagnosis, details);
    ASSERT_TRUE(request.has_value());
    EXPECT_TRUE(request->subject.contains(QStringLiteral("Remitente")));
    EXPECT_TRUE(request->body.contains(ClientId));
    EXPECT_TRUE(request->body.contains(QStringLiteral("SMTP.Send")));
    EXPECT_TRUE(request->body.contains(
        QStringLiteral("https://login.microsoftonline.com/contoso.test/adminconsent?client_id=") + ClientId))
        << request->body.toStdString();
    EXPECT_TRUE(request->body.contains(QStringLiteral("AADSTS90094")));

    details.tenant = QStringLiteral("organizations");
    EXPECT_TRUE(adminRequest(diagnosis, details)->body.contains(QStringLiteral("microsoftonline.com/contoso.test/")));
    details.tenant = QStringLiteral("0b8a9c3e-1111-2222-3333-444455556666");
    EXPECT_TRUE(
        adminRequest(diagnosis, details)
            ->body.contains(QStringLiteral("microsoftonline.com/0b8a9c3e-1111-2222-3333-444455556666/adminconsent")));
    details.scopes
        = {QStringLiteral("https://outlook.office.com/SMTP.Send"),
           QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"), QStringLiteral("offline_access")};
    EXPECT_TRUE(adminRequest(diagnosis, details)->body.contains(QStringLiteral("IMAP.AccessAsUser.All")));

    details.clientId.clear();
    request = adminRequest(diagnosis, details);
    EXPECT_FALSE(request->body.contains(QStringLiteral("adminconsent?")));
    EXPECT_TRUE(request->body.contains(QStringLiteral("Grant admin consent")));
}

TEST(AdminRequest, SendAsNamesTheSharedMailboxAndTheTrustee)
{
    const Diagnosis diagnosis
        = diagnose(rejected(smtp::Stage::Data, SendAsReply, CredentialKind::BearerToken, "microsoft365"));
    AdminRequestDetails details;
    details.mailbox = Mailbox;
    details.sendAs = QStringLiteral("boss@contoso.test");
    std::optional<AdminRequest> request = adminRequest(diagnosis, details);
    ASSERT_TRUE(request.has_value());
    EXPECT_TRUE(request->subject.contains(QStringLiteral("boss@contoso.test")));
    EXPECT_TRUE(request->body.contains(QStringLiteral(
        "Add-RecipientPermission -Identity boss@contoso.test -Trustee ana@contoso.test -AccessRights SendAs")))
        << request->body.toStdString();

    details.sendAs.clear();
    request = adminRequest(diagnosis, details);
    EXPECT_TRUE(request->body.contains(QStringLiteral("-Identity <shared mailbox> -Trustee ana@contoso.test")));
}

TEST(AdminRequest, UntrustedTextCannotBreakTheMessageOrTheCommand)
{
    FailureContext context = rejected(smtp::Stage::Auth, MailboxReply, CredentialKind::BearerToken, "microsoft365");
    context.error.reply->lines = {QStringLiteral("5.7.139 SmtpClientAuthentication is disabled\x1b[2J\r\nBcc: x")};
    const Diagnosis diagnosis = diagnose(context);
    const std::optional<AdminRequest> request
        = adminRequest(diagnosis, {QStringLiteral("o'brien$(Remove-Item C:)@contoso.test\nInjected")});
    ASSERT_TRUE(request.has_value());
    EXPECT_FALSE(request->body.contains(u'\x1b'));
    EXPECT_FALSE(request->body.contains(QStringLiteral("\nBcc:")));
    EXPECT_FALSE(request->body.contains(QStringLiteral("\nInjected")));
    EXPECT_FALSE(request->subject.contains(u'\n'));
    EXPECT_TRUE(request->body.contains(QStringLiteral("-Identity 'o''brien$(Remove-Item C:)@contoso.test\\nInjected'")))
        << request->body.toStdString();
}

TEST(AdminRequest, OnlyForDiagnosesWithWriteToAdmin)
{
    const Diagnosis diagnosis
        = diagnose(rejected(smtp::Stage::Auth, "535 5.7.8 Error: authentication failed\r\n", CredentialKind::Password));
    EXPECT_FALSE(adminRequest(diagnosis, {Mailbox}).has_value());
}

TEST(AdminRequest, IsWrittenInThePersonsLanguage)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/remitente_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    const Diagnosis diagnosis
        = diagnose(rejected(smtp::Stage::Auth, MailboxReply, CredentialKind::BearerToken, "microsoft365"));
    const std::optional<AdminRequest> request = adminRequest(diagnosis, {Mailbox});
    QCoreApplication::removeTranslator(&spanish);
    ASSERT_TRUE(request.has_value());
    EXPECT_TRUE(request->body.startsWith(QStringLiteral("Hola,"))) << request->body.toStdString();
    EXPECT_TRUE(request->subject.contains(Mailbox));
    EXPECT_TRUE(request->body.contains(
        QStringLiteral("Set-CASMailbox -Identity ana@contoso.test -SmtpClientAuthenticationDisabled $false")));
    EXPECT_FALSE(diagnosis.title.isEmpty());
}
