#include "diagnosis/Diagnoser.h"
#include "diagnosis/StatusCodeMeaning.h"
#include "providers/ProviderCatalogue.h"
#include "smtp/ReplyParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::diagnosis;

namespace {

smtp::Reply reply(const char *raw)
{
    const smtp::ReplyParseResult result = smtp::parseReply(QByteArray(raw));
    EXPECT_EQ(result.status, smtp::ReplyParseResult::Status::Complete) << raw;
    return result.reply;
}

FailureContext rejected(smtp::Stage stage, const char *raw, const char *providerId = "")
{
    FailureContext context;
    context.error.stage = stage;
    context.error.kind = smtp::ErrorKind::ServerRejected;
    context.error.reply = reply(raw);
    context.host = QStringLiteral("smtp.example.com");
    context.port = 465;
    context.providerId = QString::fromUtf8(providerId);
    return context;
}

FailureContext failed(smtp::Stage stage, smtp::ErrorKind kind, quint16 port = 465)
{
    FailureContext context;
    context.error.stage = stage;
    context.error.kind = kind;
    context.host = QStringLiteral("smtp.example.com");
    context.port = port;
    context.security = port == 587 ? smtp::Security::StartTls : smtp::Security::ImplicitTls;
    return context;
}

const Diagnoser &diagnoser()
{
    return Diagnoser::builtIn();
}

struct ReplyCase {
    smtp::Stage stage;
    const char *reply;
    const char *provider;
    const char *id;
    const char *category;
    bool transient;
    const char *action; // one action the card must offer ("" for none in particular)
};

// Every reply text of shared/reference/providers.md, in the form the servers send it, at the stage it comes.
const ReplyCase referenceReplies[] = {
    {smtp::Stage::Auth,
     "534-5.7.9 Application-specific password required. Learn more at\r\n"
     "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d2sm1 - gsmtp\r\n",
     "gmail", "google-app-password-required", "sign-in", false, "edit-password"},
    {smtp::Stage::Auth,
     "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
     "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1 - gsmtp\r\n",
     "gmail", "google-password-not-accepted", "sign-in", false, "edit-password"},
    {smtp::Stage::Auth,
     "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1>\r\n"
     "534-5.7.14 Please log in via your web browser and\r\n"
     "534 5.7.14 then try again. - gsmtp\r\n",
     "gmail", "google-confirm-in-browser", "sign-in", false, "open-link"},
    {smtp::Stage::Data, "550 5.4.5 Daily user sending limit exceeded. - gsmtp\r\n", "gmail", "daily-limit-google",
     "limits", true, "wait"},
    {smtp::Stage::Data,
     "552-5.3.4 Your message exceeded Google's message size limits. Please visit\r\n"
     "552 5.3.4  https://support.google.com/mail/?p=MaxSizeError - gsmtp\r\n",
     "gmail", "message-too-large", "size", false, ""},
    {smtp::Stage::Rcpt, "452 4.5.3 Your message has too many recipients. - gsmtp\r\n", "gmail", "too-many-recipients",
     "recipients", false, ""},
    {smtp::Stage::Greeting, "421 4.7.0 Try again later, closing connection. - gsmtp\r\n", "gmail", "slow-down",
     "limits", true, "wait"},
    {smtp::Stage::Auth, "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR]\r\n",
     "outlook", "microsoft-passwords-disabled", "sign-in", false, ""},
    {smtp::Stage::Auth,
     "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
     " Visit https://aka.ms/smtp_auth_disabled for more information. [DB8PR]\r\n",
     "microsoft365", "microsoft-smtp-auth-disabled-tenant", "sign-in", false, "write-to-admin"},
    {smtp::Stage::Auth,
     "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."
     " Visit https://aka.ms/smtp_auth_disabled for more information. [DB8PR]\r\n",
     "microsoft365", "microsoft-smtp-auth-disabled", "sign-in", false, "write-to-admin"},
    {smtp::Stage::Auth,
     "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security "
     "defaults policy. Contact your administrator. [AS4P]\r\n",
     "microsoft365", "microsoft-security-defaults", "sign-in", false, ""},
    {smtp::Stage::Auth, "535 5.7.3 Authentication unsuccessful [VI1PR]\r\n", "microsoft365",
     "microsoft-authentication-unsuccessful", "sign-in", false, "edit-password"},
    {smtp::Stage::Mail, "530 5.7.57 Client not authenticated to send mail. [LO2P]\r\n", "microsoft365", "not-signed-in",
     "sign-in", false, "edit-password"},
    {smtp::Stage::Auth, "550 5.7.30 Basic authentication is not supported for Client Submission.\r\n", "microsoft365",
     "microsoft-client-submission-disabled", "sign-in", false, ""},
    {smtp::Stage::Greeting,
     "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to "
     "support TLS 1.2.\r\n",
     "microsoft365", "tls-version-refused", "tls", false, ""},
    {smtp::Stage::Data,
     "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process "
     "message due to a permanent exception\r\n",
     "microsoft365", "daily-limit-microsoft", "limits", true, "wait"},
    {smtp::Stage::Data,
     "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; WASCL UserAction verdict is "
     "not None. Actual verdict is RefuseQuota, ShowTierUpgrade.\r\n",
     "outlook", "blocked-as-spam-microsoft", "limits", false, "open-link"},
    {smtp::Stage::Data, "554 5.2.252 SendAsDenied; ana@contoso.test not allowed to send as boss@contoso.test\r\n",
     "microsoft365", "send-as-denied", "sender", false, "edit-sender"},
    {smtp::Stage::Data, "550 5.7.1 Client does not have permissions to send as this sender\r\n", "microsoft365",
     "send-as-denied", "sender", false, "edit-sender"},
    {smtp::Stage::Auth, "535 5.7.0 (#AUTH005) Too many bad auth attempts.\r\n", "yahoo", "too-many-failed-sign-ins",
     "sign-in", false, "open-link"},
    {smtp::Stage::Auth, "535 5.7.0 (#AUTH005) Too many bad auth attempts.\r\n", "aol", "too-many-failed-sign-ins",
     "sign-in", false, "edit-password"},
    {smtp::Stage::Data,
     "550 5.7.1 [CS01] Message rejected due to local policy. You have exceeded your daily sending "
     "limit.\r\n",
     "icloud", "daily-limit", "limits", true, "wait"},
    {smtp::Stage::Mail, "553 Relaying disallowed as boss@example.com\r\n", "zoho", "zoho-relaying-disallowed", "sender",
     false, "edit-sender"},
    {smtp::Stage::Mail, "550 5.4.6 Unusual sending activity detected. Please try after sometime.\r\n", "zoho",
     "blocked-unusual-activity", "limits", false, ""},
    {smtp::Stage::Data,
     "554 Message rejected: Email address is not verified. The following identities failed the "
     "check in region EU-WEST-1: ana@example.com\r\n",
     "amazon-ses", "ses-unverified-sender", "sender", false, "open-link"},
    {smtp::Stage::Mail, "454 Throttling failure: Maximum sending rate exceeded.\r\n", "amazon-ses", "sending-rate",
     "limits", true, "wait"},
    {smtp::Stage::Mail, "454 Throttling failure: Daily message quota exceeded.\r\n", "amazon-ses", "daily-limit",
     "limits", true, "wait"},
    {smtp::Stage::Mail,
     "550 The from address does not match a verified Sender Identity. Mail cannot be sent until "
     "this error is resolved.\r\n",
     "sendgrid", "sendgrid-unverified-sender", "sender", false, "open-link"},
    {smtp::Stage::Rcpt,
     "550 Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  "
     "Message discarded.\r\n",
     "hosting", "hourly-limit", "limits", true, "wait"},
    // Generic sign-in, sender, recipient and policy replies (Postfix and others).
    {smtp::Stage::Auth, "535 5.7.8 Error: authentication failed: authentication failure\r\n", "hosting",
     "password-not-accepted", "sign-in", false, "edit-password"},
    {smtp::Stage::Auth, "454 4.7.0 Temporary authentication failure\r\n", "", "sign-in-unavailable", "sign-in", true,
     "retry"},
    {smtp::Stage::Mail, "530 5.7.0 Authentication required\r\n", "", "not-signed-in", "sign-in", false, ""},
    {smtp::Stage::Rcpt, "553 5.7.1 <boss@example.test>: Sender address rejected: not owned by user ana\r\n", "",
     "sender-not-owned", "sender", false, "edit-sender"},
    {smtp::Stage::Mail, "550 5.7.1 Sender not allowed\r\n", "", "sender-not-owned", "sender", false, "edit-sender"},
    {smtp::Stage::Rcpt, "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown\r\n", "",
     "recipient-unknown", "recipients", false, "edit-recipients"},
    {smtp::Stage::Rcpt, "554 5.7.1 <x@example.test>: Relay access denied\r\n", "", "refused-by-policy", "policy", false,
     "check-domain"},
    {smtp::Stage::Data,
     "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC "
     "policy.\r\n",
     "", "authentication-checks-failed", "policy", false, "check-domain"},
    {smtp::Stage::Data, "554 5.7.1 Message rejected as spam by Content Filtering.\r\n", "", "refused-by-policy",
     "policy", false, "check-domain"},
    {smtp::Stage::Data, "552 5.3.4 Message size exceeds fixed limit\r\n", "", "message-too-large", "size", false, ""},
};

class ReferenceReplyTest : public testing::TestWithParam<ReplyCase>
{
};

} // namespace

TEST_P(ReferenceReplyTest, MapsToItsCategoryAndAdvice)
{
    const ReplyCase &row = GetParam();
    const Diagnosis diagnosis = diagnoser().diagnose(rejected(row.stage, row.reply, row.provider));
    EXPECT_EQ(diagnosis.id, QString::fromUtf8(row.id)) << row.reply;
    EXPECT_EQ(diagnosis.category, QString::fromUtf8(row.category)) << row.reply;
    EXPECT_EQ(diagnosis.transient, row.transient) << row.reply;
    if (*row.action) {
        const std::optional<DiagnosisAction> action = diagnosisActionFromName(QString::fromUtf8(row.action));
        ASSERT_TRUE(action.has_value()) << row.action;
        EXPECT_TRUE(diagnosis.actions.contains(*action))
            << row.reply << " " << diagnosisActionNames(diagnosis.actions).join(u',').toStdString();
    }
    EXPECT_FALSE(diagnosis.title.isEmpty());
    EXPECT_FALSE(diagnosis.explanation.isEmpty());
    EXPECT_FALSE(diagnosis.steps.isEmpty());
    EXPECT_FALSE(diagnosis.title.contains(u'{')) << diagnosis.title.toStdString();
    for (const QString &step : diagnosis.steps)
        EXPECT_FALSE(step.contains(u'{')) << step.toStdString();
    // The server's own words are always kept beside the plain ones.
    EXPECT_TRUE(diagnosis.serverWords.startsWith(QString::number(reply(row.reply).code))) << row.reply;
    if (diagnosis.actions.contains(DiagnosisAction::OpenLink)) {
        EXPECT_TRUE(diagnosis.link.startsWith(u"https://")) << row.reply;
    }
}

INSTANTIATE_TEST_SUITE_P(Reference, ReferenceReplyTest, testing::ValuesIn(referenceReplies));

TEST(Diagnosis, EveryCatalogueReplyOfEveryProviderHasItsOwnEntry)
{
    const auto providers = providers::ProviderCatalogue::load();
    ASSERT_TRUE(providers);
    int checked = 0;
    for (const providers::Provider &provider : providers->providers()) {
        for (const QString &text : provider.replies) {
            // The catalogue keeps the text as the reference gives it; the stage is where such replies come.
            const QByteArray raw = text.toUtf8().left(3) + ' ' + text.toUtf8().mid(4) + "\r\n";
            const Diagnosis diagnosis
                = diagnoser().diagnose(rejected(smtp::Stage::Auth, raw.constData(), provider.id.toUtf8().constData()));
            EXPECT_FALSE(diagnosis.id.startsWith(u"reply-")) << provider.id.toStdString() << ": " << text.toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 20);
}

TEST(Diagnosis, NetworkFailuresSuggestTheOtherPort)
{
    Diagnosis diagnosis = diagnoser().diagnose(failed(smtp::Stage::Connect, smtp::ErrorKind::Timeout, 465));
    EXPECT_EQ(diagnosis.id, u"port-blocked");
    EXPECT_EQ(diagnosis.category, u"network");
    EXPECT_TRUE(diagnosis.transient);
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::TryOtherPort));
    EXPECT_TRUE(diagnosis.steps.first().contains(u"587")) << diagnosis.steps.first().toStdString();
    EXPECT_TRUE(diagnosis.explanation.contains(u"smtp.example.com on port 465"));

    diagnosis = diagnoser().diagnose(failed(smtp::Stage::Connect, smtp::ErrorKind::Timeout, 587));
    EXPECT_TRUE(diagnosis.steps.first().contains(u"465"));

    diagnosis = diagnoser().diagnose(failed(smtp::Stage::Data, smtp::ErrorKind::Timeout));
    EXPECT_EQ(diagnosis.id, u"server-stopped-answering");

    EXPECT_EQ(diagnoser().diagnose(failed(smtp::Stage::Resolve, smtp::ErrorKind::HostNotFound)).id, u"host-not-found");
    EXPECT_EQ(diagnoser().diagnose(failed(smtp::Stage::Connect, smtp::ErrorKind::ConnectionRefused)).id,
              u"connection-refused");
    EXPECT_EQ(diagnoser().diagnose(failed(smtp::Stage::Connect, smtp::ErrorKind::NetworkUnreachable)).id,
              u"network-unreachable");
    EXPECT_EQ(diagnoser().diagnose(failed(smtp::Stage::Auth, smtp::ErrorKind::ConnectionLost)).id, u"connection-lost");
    EXPECT_EQ(diagnoser().diagnose(failed(smtp::Stage::Tls, smtp::ErrorKind::TlsHandshakeFailed)).id,
              u"tls-handshake-failed");
    EXPECT_EQ(diagnoser().diagnose(failed(smtp::Stage::StartTls, smtp::ErrorKind::StartTlsNotOffered, 587)).id,
              u"starttls-not-offered");
}

namespace {
FailureContext certificateFailure(smtp::CertificateProblem problem, const QString &issuer)
{
    FailureContext context = failed(smtp::Stage::Tls, smtp::ErrorKind::CertificateRejected);
    smtp::TlsFailure tls;
    tls.problems = {problem};
    tls.certificate.issuer = issuer;
    tls.certificate.subject = QStringLiteral("CN=server1.hosting.test");
    tls.certificate.names = {QStringLiteral("server1.hosting.test"), QStringLiteral("*.hosting.test")};
    tls.certificate.sha256 = QByteArray(32, '\x11');
    context.error.tls = tls;
    return context;
}
} // namespace

TEST(Diagnosis, CertificateProblemsSayWhichAndOfferTheRightAction)
{
    Diagnosis diagnosis = diagnoser().diagnose(
        certificateFailure(smtp::CertificateProblem::HostNameMismatch, QStringLiteral("CN=R11, O=Let's Encrypt")));
    EXPECT_EQ(diagnosis.id, u"certificate-wrong-name");
    EXPECT_TRUE(diagnosis.explanation.contains(u"server1.hosting.test, *.hosting.test"))
        << diagnosis.explanation.toStdString();
    EXPECT_EQ(diagnosis.certificateNames.first(), u"server1.hosting.test");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::UseCertificateHost));
    EXPECT_FALSE(diagnosis.actions.contains(DiagnosisAction::TrustCertificate));
    EXPECT_TRUE(diagnosis.technical.contains(u"SHA-256 11:11:11"));

    diagnosis
        = diagnoser().diagnose(certificateFailure(smtp::CertificateProblem::SelfSigned, QStringLiteral("CN=mail")));
    EXPECT_EQ(diagnosis.id, u"certificate-untrusted");
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::TrustCertificate));

    diagnosis = diagnoser().diagnose(certificateFailure(smtp::CertificateProblem::Expired, QStringLiteral("CN=R11")));
    EXPECT_EQ(diagnosis.id, u"certificate-out-of-date");

    // An antivirus re-signing the connection: never offered as "trust this certificate".
    diagnosis = diagnoser().diagnose(
        certificateFailure(smtp::CertificateProblem::Untrusted, QStringLiteral("CN=Avast Web/Mail Shield Root")));
    EXPECT_EQ(diagnosis.id, u"tls-intercepted");
    EXPECT_FALSE(diagnosis.actions.contains(DiagnosisAction::TrustCertificate));
    EXPECT_TRUE(diagnosis.explanation.contains(u"Avast Web/Mail Shield Root"));
}

TEST(Diagnosis, UnknownRepliesFallBackToTheirClassAndEnhancedCode)
{
    Diagnosis diagnosis = diagnoser().diagnose(rejected(smtp::Stage::Data, "451 4.3.0 Temporary lookup failure\r\n"));
    EXPECT_EQ(diagnosis.id, u"reply-4.3.0");
    EXPECT_TRUE(diagnosis.transient);
    EXPECT_EQ(diagnosis.explanation, statusCodeMeaning(smtp::EnhancedStatusCode{4, 3, 0}));
    EXPECT_TRUE(diagnosis.actions.contains(DiagnosisAction::Retry));

    diagnosis = diagnoser().diagnose(rejected(smtp::Stage::Rcpt, "452 4.2.2 Mailbox full\r\n"));
    EXPECT_EQ(diagnosis.id, u"reply-4.2.2");
    EXPECT_EQ(diagnosis.explanation, u"The recipient's mailbox is full.");
    EXPECT_EQ(diagnosis.category, u"recipients");

    diagnosis = diagnoser().diagnose(rejected(smtp::Stage::Ehlo, "502 Command not implemented\r\n"));
    EXPECT_EQ(diagnosis.id, u"reply-5xx");
    EXPECT_FALSE(diagnosis.transient);
    EXPECT_EQ(diagnosis.serverWords, u"502 Command not implemented");
}

TEST(Diagnosis, EnhancedCodesAreComparedWhole)
{
    // 5.7.3 is Microsoft's "authentication unsuccessful"; 5.7.30 is something else entirely.
    const Diagnosis diagnosis = diagnoser().diagnose(rejected(smtp::Stage::Auth, "535 5.7.30 Something new\r\n"));
    EXPECT_NE(diagnosis.id, u"microsoft-authentication-unsuccessful");
}

TEST(Diagnosis, EveryKindOfErrorHasAnEntry)
{
    for (int kind = 0; kind <= int(smtp::ErrorKind::LocalFailure); ++kind) {
        if (smtp::ErrorKind(kind) == smtp::ErrorKind::ServerRejected)
            continue;
        const Diagnosis diagnosis = diagnoser().diagnose(failed(smtp::Stage::Connect, smtp::ErrorKind(kind)));
        EXPECT_FALSE(diagnosis.id.startsWith(u"reply-")) << smtp::errorKindName(smtp::ErrorKind(kind)).toStdString();
    }
}

TEST(Diagnosis, EveryEntryIsInSpanish)
{
    const auto catalogue = DiagnosisCatalogue::load();
    ASSERT_TRUE(catalogue);
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/remitente_es.qm")));
    auto untranslated = [&spanish](const QString &text) {
        return spanish.translate("remitente::diagnosis", text.toUtf8().constData()).isEmpty();
    };
    int checked = 0;
    for (const DiagnosisEntry &entry : catalogue->entries()) {
        QStringList texts = entry.steps;
        texts << entry.title << entry.explanation;
        for (const QString &text : texts) {
            EXPECT_FALSE(untranslated(text)) << entry.id.toStdString() << ": " << text.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 150);
}

TEST(Diagnosis, ACatalogueNamingAnUnknownActionIsRefused)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("diagnoses.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "entries": [{"id": "x", "category": "network", "title": "X",
                   "match": [{"kinds": ["timeout"]}], "actions": ["retry", "make-coffee"]}]})");
    file.close();
    QString error;
    EXPECT_FALSE(DiagnosisCatalogue::load(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("make-coffee"))) << error.toStdString();
}

TEST(Diagnosis, EveryActionNameReadsBack)
{
    for (int i = 0; i <= int(DiagnosisAction::WriteToAdmin); ++i) {
        const auto action = DiagnosisAction(i);
        EXPECT_EQ(diagnosisActionFromName(diagnosisActionName(action)), action) << i;
    }
}
