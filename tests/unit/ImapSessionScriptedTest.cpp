// The IMAP session against scripted servers, for the corners a real Dovecot does not show on demand: STARTTLS not
// offered, no SASL-IR, refusals in plain words, a silent server, an answer to a command never sent.
#include "ScriptedSmtpServer.h"

#include "imap/ImapSession.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::imap;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

struct ScriptedImap {
    std::unique_ptr<ScriptedSmtpServer> server;
    std::unique_ptr<ImapSession> session;
};

ScriptedImap startSession(const QStringList &script, ImapSecurity security, smtp::Credentials credentials = {})
{
    ScriptedImap run;
    run.server = std::make_unique<ScriptedSmtpServer>(script,
                                                      security == ImapSecurity::Tls
                                                          ? ScriptedSmtpServer::Transport::ImplicitTls
                                                          : ScriptedSmtpServer::Transport::Plain);
    EXPECT_TRUE(run.server->start());
    ImapSessionOptions options;
    options.server = {QStringLiteral("localhost"), run.server->serverPort(), security};
    options.extraCaCertificates = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
    options.timeouts.command = 1500ms;
    run.session = std::make_unique<ImapSession>(options);
    if (credentials.isEmpty())
        credentials = {QStringLiteral("ana@example.test"), QStringLiteral("s3cret-ñ")};
    run.session->setCredentials(credentials);
    run.session->open();
    return run;
}

ImapError failure(ScriptedImap &run)
{
    QSignalSpy failed(run.session.get(), &ImapSession::failed);
    EXPECT_TRUE(failed.count() > 0 || failed.wait(10000));
    return failed.isEmpty() ? ImapError{} : failed.first().first().value<ImapError>();
}

} // namespace

TEST(ImapSessionScripted, RefusesToGoOnWithoutStartTlsAndSendsNothingElse)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi"_qs, u"!hang"_qs}, ImapSecurity::StartTls);
    const ImapError error = failure(run);
    EXPECT_EQ(error.kind, ImapErrorKind::StartTlsNotOffered);
    EXPECT_TRUE(run.server->receivedBytes().isEmpty()) << run.server->receivedBytes().toStdString();
}

TEST(ImapSessionScripted, DropsWhatCameBeforeTlsAndAsksForCapabilitiesAgain)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi"_qs, u"C: r1 STARTTLS"_qs,
                        u"S~ r1 OK go\\r\\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\\r\\n"_qs, u"!starttls"_qs,
                        u"C: r2 CAPABILITY"_qs, u"S: * CAPABILITY IMAP4rev1 AUTH=PLAIN"_qs, u"S: r2 OK done"_qs,
                        u"C: r3 AUTHENTICATE PLAIN"_qs, u"S: + "_qs, u"C: AGFuYUBleGFtcGxlLnRlc3QAczNjcmV0LcOx"_qs,
                        u"S: r3 OK [CAPABILITY IMAP4rev1 IDLE] signed in"_qs, u"!hang"_qs},
                       ImapSecurity::StartTls);
    QSignalSpy ready(run.session.get(), &ImapSession::ready);
    ASSERT_TRUE(ready.wait(10000)) << run.server->scriptError().toStdString()
                                   << run.session->transcript().toText().toStdString();
    EXPECT_TRUE(run.server->scriptCompleted()) << run.server->scriptError().toStdString();
    EXPECT_TRUE(run.session->capabilities().has("IDLE")); // from the OK after sign-in
    const QString transcript = run.session->transcript().toText();
    EXPECT_FALSE(transcript.contains(u"AGFuYUBleGFtcGxlLnRlc3QAczNjcmV0LcOx"));
    EXPECT_FALSE(transcript.contains(u"s3cret"));
}

TEST(ImapSessionScripted, SaysWrongCredentialsInWords)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"_qs, u"C: r1 AUTHENTICATE PLAIN *"_qs,
                        u"S: r1 NO [AUTHENTICATIONFAILED] Authentication failed."_qs, u"!hang"_qs},
                       ImapSecurity::Tls);
    const ImapError error = failure(run);
    EXPECT_EQ(error.kind, ImapErrorKind::WrongCredentials);
    EXPECT_EQ(error.message,
              u"The mail server refused the user name or password for reading mail. The server said: "
              u"[AUTHENTICATIONFAILED] Authentication failed.");
    EXPECT_EQ(imapErrorKindName(error.kind), u"wrong-credentials");
}

TEST(ImapSessionScripted, SaysWhenTheAccountHasNoImapAccess)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi"_qs, u"C: r1 AUTHENTICATE PLAIN"_qs, u"S: + "_qs,
                        u"C: *"_qs, u"S: r1 NO [ALERT] Your account is not enabled for IMAP use."_qs, u"!hang"_qs},
                       ImapSecurity::Tls);
    const ImapError error = failure(run);
    EXPECT_EQ(error.kind, ImapErrorKind::NoImapAccess);
    EXPECT_TRUE(error.message.contains(u"turn IMAP access on")) << error.message.toStdString();
}

TEST(ImapSessionScripted, UsesLoginWhenPlainIsNotOfferedAndNeverWithPlaintext)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1] hi"_qs, u"C: r1 LOGIN \"ana@example.test\" \"pw\""_qs,
                        u"S: r1 OK [CAPABILITY IMAP4rev1] in"_qs, u"!hang"_qs},
                       ImapSecurity::Tls, {QStringLiteral("ana@example.test"), QStringLiteral("pw")});
    QSignalSpy ready(run.session.get(), &ImapSession::ready);
    ASSERT_TRUE(ready.wait(10000)) << run.server->scriptError().toStdString();
    EXPECT_EQ(run.session->authMechanism(), u"LOGIN");
    EXPECT_TRUE(run.session->transcript().toText().contains(u"LOGIN \"ana@example.test\" <redacted>"));
}

TEST(ImapSessionScripted, TimesOutOnASilentServerInWords)
{
    ScriptedImap run = startSession(
        {u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi"_qs, u"C: r1 AUTHENTICATE *"_qs, u"!hang"_qs},
        ImapSecurity::Tls);
    const ImapError error = failure(run);
    EXPECT_EQ(error.kind, ImapErrorKind::Timeout);
    EXPECT_TRUE(error.transient);
    EXPECT_TRUE(error.message.startsWith(u"No answer from the mail server localhost:")) << error.message.toStdString();
}

TEST(ImapSessionScripted, RefusesAnAnswerToACommandNeverSent)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi"_qs, u"C: r1 AUTHENTICATE *"_qs,
                        u"S: zz9 OK [CAPABILITY IMAP4rev1] fine"_qs, u"!hang"_qs},
                       ImapSecurity::Tls);
    EXPECT_EQ(failure(run).kind, ImapErrorKind::ProtocolViolation);
}

TEST(ImapSessionScripted, RefusesAGreetingThatIsNotImap)
{
    ScriptedImap run = startSession({u"S: 220 smtp.example ESMTP"_qs, u"!hang"_qs}, ImapSecurity::Tls);
    const ImapError error = failure(run);
    EXPECT_EQ(error.kind, ImapErrorKind::ProtocolViolation);
}

TEST(ImapSessionScripted, SaysWhyTheServerHungUpInTheMiddleOfACommand)
{
    ScriptedImap run = startSession({u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi"_qs,
                                     u"C: r1 AUTHENTICATE *"_qs, u"S: * BYE Server shutting down."_qs, u"!close"_qs},
                                    ImapSecurity::Tls);
    const ImapError error = failure(run);
    EXPECT_EQ(error.kind, ImapErrorKind::ConnectionLost);
    EXPECT_EQ(error.message, u"The mail server ended the connection: Server shutting down.");
    EXPECT_TRUE(error.transient);
}

TEST(ImapSessionScripted, SendsAPasswordThatCannotBeQuotedAsALiteralWithLiteralPlus)
{
    ScriptedImap run
        = startSession({u"S: * OK [CAPABILITY IMAP4rev1 LITERAL+] hi"_qs, u"C: r1 LOGIN \"ana@example.test\" {9+}"_qs,
                        u"C: s3cret-\u00f1"_qs, u"S: r1 OK [CAPABILITY IMAP4rev1] in"_qs, u"!hang"_qs},
                       ImapSecurity::Tls);
    QSignalSpy ready(run.session.get(), &ImapSession::ready);
    ASSERT_TRUE(ready.wait(10000)) << run.server->scriptError().toStdString();
    EXPECT_EQ(run.session->authMechanism(), u"LOGIN");
    EXPECT_FALSE(run.session->transcript().toText().contains(u"s3cret"));
}
