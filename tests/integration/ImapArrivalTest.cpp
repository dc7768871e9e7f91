// Proof of delivery against the real Dovecot IMAP server beside the test Postfix (issue 16): the arrival watch finds
// the test email in the Inbox or the junk folder (SPECIAL-USE \Junk, named "Spam" or "Correo no deseado"), reads the
// receiver's Authentication-Results, signs in with a password or an OAuth token, says a wrong password in words,
// waits with IDLE where offered, and leaves the mailbox exactly as it was.
#include "ScriptedSmtpServer.h"
#include "SessionRecorder.h"
#include "TestImapServer.h"
#include "TestMailServer.h"
#include "TestOAuthServer.h"

#include "diagnosis/ReceiverVerdict.h"
#include "imap/ArrivalWatch.h"
#include "imap/ImapCommand.h"
#include "imap/ImapSession.h"
#include "smtp/SmtpSession.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUuid>

#include <gtest/gtest.h>

#include <map>

using namespace remitente;
using namespace remitente::imap;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

QByteArray newMessageId()
{
    return '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@client.example.test>";
}

// Sends one message from ana through the real Postfix (465) to user@example.test, with the X-Test-* headers given.
void sendTo(const char *user, const QByteArray &messageId, const QByteArray &testHeaders = {})
{
    const QByteArray to = QByteArray(user) + "@example.test";
    const QByteArray message = "From: Ana <ana@example.test>\r\nTo: " + to
        + "\r\nSubject: Remitente test\r\nDate: Wed, 02 Dec 2026 10:00:00 +0000\r\nMessage-ID: " + messageId + "\r\n"
        + testHeaders + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHola.\r\n";
    smtp::SmtpSession session(TestMailServer::options(smtp::Security::ImplicitTls));
    session.setCredentials({TestMailServer::user("ana"), TestMailServer::password()});
    SessionRecorder recorder(session);
    session.open();
    session.send({TestMailServer::user("ana"), {QString::fromLatin1(to)}},
                 std::make_shared<smtp::ByteArrayMessageSource>(message));
    session.quit();
    ASSERT_TRUE(recorder.waitUntilFinished(30000));
    ASSERT_EQ(recorder.results.size(), 1);
    ASSERT_EQ(recorder.results.first().outcome, smtp::Outcome::Sent)
        << recorder.results.first().error.value_or(smtp::SmtpError()).message.toStdString();
}

ArrivalResult watch(ArrivalWatchOptions options, ArrivalWatch **keep = nullptr)
{
    auto *watcher = new ArrivalWatch(std::move(options));
    QSignalSpy finished(watcher, &ArrivalWatch::finished);
    watcher->start();
    EXPECT_TRUE(finished.count() == 1 || finished.wait(60000));
    ArrivalResult result = finished.isEmpty() ? ArrivalResult{} : finished.first().first().value<ArrivalResult>();
    if (keep)
        *keep = watcher;
    else
        watcher->deleteLater();
    return result;
}

ArrivalWatchOptions optionsFor(const char *user, const QByteArray &messageId, ImapSecurity security = ImapSecurity::Tls)
{
    ArrivalWatchOptions options;
    options.session = TestImapServer::options(security);
    options.credentials = {TestMailServer::user(user), TestMailServer::password()};
    options.messageId = messageId;
    options.limit = 30s;
    return options;
}

// Every message file of a user's Maildir (Inbox and folders), keyed by its unique name, with its flags ("" for a
// message in new/, the letters after ":2," in cur/): what IMAP reads as the messages and their flags.
std::map<QString, QString> maildirState(const char *user)
{
    std::map<QString, QString> state;
    const QString root = TestMailServer::baseDir() + QStringLiteral("/mail/example.test/") + QString::fromLatin1(user);
    QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString parent = QFileInfo(path).dir().dirName();
        if (parent != u"new" && parent != u"cur")
            continue;
        const QString name = files.fileName();
        const QString folder = QFileInfo(path).dir().path().section(u'/', -2, -2);
        const QString key = folder + u'/' + name.section(u':', 0, 0);
        state[key] = name.contains(QStringLiteral(":2,")) ? name.section(QStringLiteral(":2,"), 1) : QString();
    }
    return state;
}

QString accessToken(const char *user)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(TestOAuthServer::adminUrl("/admin/issue")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem"))));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject body{{QStringLiteral("user"), TestMailServer::user(user)},
                     {QStringLiteral("scope"), QStringLiteral("https://mail.example.test/IMAP offline_access")}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    EXPECT_TRUE(done.wait(15000));
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object().value(QStringLiteral("access_token")).toString();
}

void expectOnlyReadOnlyCommands(const ImapSession *session)
{
    ASSERT_NE(session, nullptr);
    for (const smtp::Transcript::Line &line : session->transcript().lines()) {
        if (line.direction != smtp::Transcript::Direction::Client)
            continue;
        const QByteArray text = line.text.toUtf8();
        const QByteArray command = line.text.section(u' ', 1).toUtf8();
        if (text == "DONE" || text == "<redacted>" || text == "*")
            continue;
        EXPECT_TRUE(isReadOnlyCommand(command)) << text.toStdString();
        for (const char *verb : {"SELECT ", "STORE ", "COPY ", "MOVE ", "EXPUNGE", "APPEND ", "BODY["})
            EXPECT_FALSE(text.toUpper().contains(verb) && !text.toUpper().contains("BODY.PEEK[")) << text.toStdString();
    }
}

} // namespace

TEST(ImapArrival, FindsTheMessageInTheInboxAndReadsThePassingVerdict)
{
    const QByteArray id = newMessageId();
    sendTo("erin", id, "X-Test-Verdict: spf=pass dkim=pass dmarc=pass\r\n");
    ArrivalWatch *watcher = nullptr;
    const ArrivalResult result = watch(optionsFor("erin", id), &watcher);
    ASSERT_FALSE(result.error) << result.error->message.toStdString();
    EXPECT_EQ(result.place, ArrivalPlace::Inbox);
    EXPECT_EQ(arrivalPlaceName(result.place), u"inbox");
    EXPECT_EQ(result.mailbox, u"INBOX");
    EXPECT_GT(result.seconds, 0.0);
    EXPECT_LT(result.seconds, 30.0);
    EXPECT_TRUE(result.header.contains("Message-ID: " + id)) << result.header.toStdString();
    EXPECT_FALSE(result.header.contains("Hola.")); // the header only
    const diagnosis::ReceiverVerdict verdict = diagnosis::readReceiverVerdict(result.header);
    ASSERT_TRUE(verdict.authentication);
    EXPECT_EQ(verdict.authentication->authservId, u"mx.example.test");
    EXPECT_EQ(verdict.result("spf"), u"pass");
    EXPECT_EQ(verdict.result("dkim"), u"pass");
    EXPECT_EQ(verdict.result("dmarc"), u"pass");
    EXPECT_FALSE(verdict.isJudgedSpam());
    EXPECT_EQ(diagnosis::describeAuthentication(verdict),
              u"mx.example.test checked: SPF pass for example.test, DKIM pass for example.test, DMARC pass for "
              u"example.test");
    EXPECT_EQ(diagnosis::authenticationLines(verdict),
              QStringList({u"spf pass example.test"_qs, u"dkim pass example.test"_qs, u"dmarc pass example.test"_qs}));
    EXPECT_EQ(watcher->session()->authMechanism(), u"PLAIN");
    expectOnlyReadOnlyCommands(watcher->session());
    EXPECT_FALSE(watcher->session()->transcript().toText().contains(TestMailServer::password()));
    delete watcher;
}

TEST(ImapArrival, FindsAJunkedMessageInTheFolderMarkedJunkNamedSpamOverStartTls)
{
    const QByteArray id = newMessageId();
    sendTo("erin", id, "X-Test-Junk: yes\r\nX-Test-Verdict: spf=fail dkim=fail dmarc=fail\r\n");
    const ArrivalResult result = watch(optionsFor("erin", id, ImapSecurity::StartTls));
    ASSERT_FALSE(result.error) << result.error->message.toStdString();
    EXPECT_EQ(result.place, ArrivalPlace::Junk);
    EXPECT_EQ(arrivalPlaceName(result.place), u"junk");
    EXPECT_EQ(result.mailbox, u"Spam");
    const diagnosis::ReceiverVerdict verdict = diagnosis::readReceiverVerdict(result.header);
    EXPECT_EQ(verdict.result("spf"), u"fail");
    EXPECT_EQ(verdict.result("dkim"), u"fail");
    EXPECT_EQ(verdict.result("dmarc"), u"fail");
    EXPECT_TRUE(verdict.isJudgedSpam());
    EXPECT_EQ(verdict.spamScore.value_or(0), 9.5);
    EXPECT_EQ(diagnosis::describeSpamHeaders(verdict), u"The receiver's spam filter marked it as spam (score 9.5).");
}

TEST(ImapArrival, FindsAJunkedMessageInAJunkFolderWithASpanishName)
{
    const QByteArray id = newMessageId();
    sendTo("fede", id, "X-Test-Junk: yes\r\nX-Test-Verdict: spf=softfail dkim=pass dmarc=fail\r\n");
    const ArrivalResult result = watch(optionsFor("fede", id));
    ASSERT_FALSE(result.error) << result.error->message.toStdString();
    EXPECT_EQ(result.place, ArrivalPlace::Junk);
    EXPECT_EQ(result.mailbox, u"Correo no deseado");
    const diagnosis::ReceiverVerdict verdict = diagnosis::readReceiverVerdict(result.header);
    EXPECT_EQ(verdict.result("spf"), u"softfail");
    EXPECT_EQ(verdict.result("dkim"), u"pass");
    EXPECT_EQ(verdict.result("dmarc"), u"fail");
}

TEST(ImapArrival, SaysNotFoundWhenTheLimitPasses)
{
    ArrivalWatchOptions options = optionsFor("erin", newMessageId());
    options.limit = 3s;
    const ArrivalResult result = watch(options);
    EXPECT_FALSE(result.error);
    EXPECT_EQ(result.place, ArrivalPlace::NotFound);
    EXPECT_EQ(arrivalPlaceName(result.place), u"not-found");
    EXPECT_GE(result.seconds, 3.0);
    EXPECT_LT(result.seconds, 10.0);
    EXPECT_GE(result.rounds, 2);
    EXPECT_TRUE(result.header.isEmpty());
}

TEST(ImapArrival, WaitsInIdleAndWakesWhenADelayedMessageLands)
{
    const QByteArray id = newMessageId();
    sendTo("fede", id, "X-Test-Delay: 3\r\n");
    ArrivalWatchOptions options = optionsFor("fede", id);
    options.firstPoll = 20s; // a poll could not find it in time: only IDLE's wake-up can
    options.maxPoll = 20s;
    const ArrivalResult result = watch(options);
    ASSERT_FALSE(result.error) << result.error->message.toStdString();
    EXPECT_EQ(result.place, ArrivalPlace::Inbox);
    EXPECT_TRUE(result.usedIdle);
    EXPECT_GE(result.seconds, 2.0);
    EXPECT_LT(result.seconds, 8.0);
}

TEST(ImapArrival, PollsWithBackOffWhenIdleIsNotUsed)
{
    const QByteArray id = newMessageId();
    sendTo("erin", id, "X-Test-Delay: 2\r\n");
    ArrivalWatchOptions options = optionsFor("erin", id);
    options.useIdle = false;
    options.firstPoll = 500ms;
    const ArrivalResult result = watch(options);
    ASSERT_FALSE(result.error) << result.error->message.toStdString();
    EXPECT_EQ(result.place, ArrivalPlace::Inbox);
    EXPECT_FALSE(result.usedIdle);
    EXPECT_GE(result.rounds, 2);
}

TEST(ImapArrival, SaysAWrongPasswordInWordsAndNeverWritesIt)
{
    ArrivalWatchOptions options = optionsFor("erin", newMessageId());
    options.credentials.secret = QStringLiteral("not-the-password-42");
    ArrivalWatch *watcher = nullptr;
    const ArrivalResult result = watch(options, &watcher);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, ImapErrorKind::WrongCredentials);
    EXPECT_TRUE(result.error->message.contains(u"refused the user name or password"))
        << result.error->message.toStdString();
    EXPECT_EQ(result.place, ArrivalPlace::NotFound);
    const QString transcript = watcher->session()->transcript().toText();
    EXPECT_FALSE(transcript.contains(u"not-the-password-42"));
    EXPECT_FALSE(transcript.contains(
        QString::fromLatin1(QByteArray("\0erin@example.test\0not-the-password-42", 38).toBase64())));
    EXPECT_TRUE(transcript.contains(u"AUTHENTICATE PLAIN <redacted>")) << transcript.toStdString();
    delete watcher;
}

TEST(ImapArrival, SignsInWithAnOAuthTokenThroughXOAuth2AndOAuthBearer)
{
    const QByteArray id = newMessageId();
    sendTo("erin", id);
    for (const char *mechanism : {"XOAUTH2", "OAUTHBEARER"}) {
        const QString token = accessToken("erin");
        ASSERT_FALSE(token.isEmpty());
        ArrivalWatchOptions options = optionsFor("erin", id);
        options.credentials = {TestMailServer::user("erin"), token, smtp::CredentialKind::BearerToken};
        options.session.allowedMechanisms = {QString::fromLatin1(mechanism)};
        ArrivalWatch *watcher = nullptr;
        const ArrivalResult result = watch(options, &watcher);
        ASSERT_FALSE(result.error) << mechanism << ": " << result.error->message.toStdString();
        EXPECT_EQ(result.place, ArrivalPlace::Inbox);
        EXPECT_EQ(watcher->session()->authMechanism(), QString::fromLatin1(mechanism));
        EXPECT_FALSE(watcher->session()->transcript().toText().contains(token));
        delete watcher;
    }
}

TEST(ImapArrival, RefusesAnotherUsersTokenInWords)
{
    const QString token = accessToken("fede");
    ASSERT_FALSE(token.isEmpty());
    ArrivalWatchOptions options = optionsFor("erin", newMessageId());
    options.credentials = {TestMailServer::user("erin"), token, smtp::CredentialKind::BearerToken};
    const ArrivalResult result = watch(options);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, ImapErrorKind::WrongCredentials);
    EXPECT_TRUE(result.error->message.contains(u"sign in again")) << result.error->message.toStdString();
}

TEST(ImapArrival, LeavesTheMailboxExactlyAsItWas)
{
    const QByteArray inboxId = newMessageId();
    const QByteArray junkId = newMessageId();
    sendTo("erin", inboxId);
    sendTo("erin", junkId, "X-Test-Junk: yes\r\n");
    // Both landed (seen by one watch each) before the "before" picture is taken.
    ASSERT_EQ(watch(optionsFor("erin", inboxId)).place, ArrivalPlace::Inbox);
    ASSERT_EQ(watch(optionsFor("erin", junkId)).place, ArrivalPlace::Junk);
    const std::map<QString, QString> before = maildirState("erin");
    ASSERT_GE(before.size(), 2u);

    const ArrivalResult inbox = watch(optionsFor("erin", inboxId, ImapSecurity::StartTls));
    const ArrivalResult junk = watch(optionsFor("erin", junkId));
    ASSERT_EQ(inbox.place, ArrivalPlace::Inbox);
    ASSERT_EQ(junk.place, ArrivalPlace::Junk);
    EXPECT_FALSE(inbox.flags.contains("\\Seen"));
    EXPECT_FALSE(junk.flags.contains("\\Seen"));
    EXPECT_FALSE(inbox.flags.contains("\\Deleted"));

    const std::map<QString, QString> after = maildirState("erin");
    EXPECT_EQ(after, before); // the same messages, in the same folders, with the same flags
}

TEST(ImapArrival, ReportsACertificateItDoesNotTrust)
{
    ArrivalWatchOptions options = optionsFor("erin", newMessageId());
    options.session.extraCaCertificates.clear();
    const ArrivalResult result = watch(options);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, ImapErrorKind::CertificateRejected);
    ASSERT_TRUE(result.error->tls);
}

TEST(ImapArrival, TrustsTheCertificateThePersonApprovedAndNoOther)
{
    const QList<QSslCertificate> server
        = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("server.pem")));
    ASSERT_FALSE(server.isEmpty());
    const QByteArray id = newMessageId();
    sendTo("erin", id);
    ArrivalWatchOptions options = optionsFor("erin", id);
    options.session.extraCaCertificates.clear(); // the system does not know the test CA
    options.session.pinnedSha256 = server.first().digest(QCryptographicHash::Sha256);
    const ArrivalResult pinned = watch(options);
    ASSERT_FALSE(pinned.error) << pinned.error->message.toStdString();
    EXPECT_EQ(pinned.place, ArrivalPlace::Inbox);

    options.session.pinnedSha256 = QByteArray(32, 'x'); // another certificate's pin
    const ArrivalResult other = watch(options);
    ASSERT_TRUE(other.error);
    EXPECT_EQ(other.error->kind, ImapErrorKind::CertificateRejected);
}

TEST(ImapArrival, StopsAtOnceWhenCancelledWhileWaiting)
{
    auto *watcher = new ArrivalWatch(optionsFor("fede", newMessageId()));
    QSignalSpy finished(watcher, &ArrivalWatch::finished);
    QSignalSpy searched(watcher, &ArrivalWatch::searched);
    watcher->start();
    ASSERT_TRUE(searched.wait(15000)); // signed in, looked once, now waiting (in IDLE)
    QElapsedTimer clock;
    clock.start();
    watcher->cancel();
    ASSERT_TRUE(finished.count() == 1 || finished.wait(5000));
    EXPECT_LT(clock.elapsed(), 1000);
    const ArrivalResult result = finished.first().first().value<ArrivalResult>();
    EXPECT_EQ(result.place, ArrivalPlace::NotFound);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, ImapErrorKind::Cancelled);
    QTest::qWait(200);
    EXPECT_EQ(finished.count(), 1); // exactly once
    delete watcher;
}

TEST(ImapArrival, ReportsANonListeningPortInWords)
{
    ArrivalWatchOptions options = optionsFor("erin", newMessageId());
    options.session.server.port = 9; // discard: nothing listens on loopback
    const ArrivalResult result = watch(options);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, ImapErrorKind::ConnectionRefused);
    EXPECT_TRUE(result.error->message.contains(u"refused the connection"));
}
