// What the IMAP client may send (read-only), how it quotes, and how it reads LIST and CAPABILITY.
#include "imap/ImapCapabilities.h"
#include "imap/ImapCommand.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapResponseParser.h"

#include <gtest/gtest.h>

using namespace remitente::imap;

TEST(ImapCommand, AllowsOnlyCommandsThatLeaveTheMailboxAlone)
{
    for (const char *ok : {"CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "ID (\"name\" \"Remitente\")", "LIST \"\" \"*\"",
                           "EXAMINE \"INBOX\"", "UID SEARCH HEADER Message-ID \"<a@b>\"",
                           "UID FETCH 4 (UID FLAGS BODY.PEEK[HEADER])", "IDLE", "AUTHENTICATE PLAIN", "LOGIN a b"}) {
        EXPECT_TRUE(isReadOnlyCommand(ok)) << ok;
    }
    for (const char *bad : {"SELECT INBOX",
                            "select INBOX",
                            "STORE 1 +FLAGS (\\Seen)",
                            "UID STORE 1 +FLAGS (\\Deleted)",
                            "COPY 1 Trash",
                            "UID COPY 1 Trash",
                            "MOVE 1 Trash",
                            "UID MOVE 1 Trash",
                            "EXPUNGE",
                            "UID EXPUNGE 1",
                            "APPEND INBOX {3}",
                            "CREATE X",
                            "DELETE X",
                            "RENAME A B",
                            "SUBSCRIBE X",
                            "FETCH 1 BODY[]",
                            "UID FETCH 1 (BODY[HEADER])",
                            "FETCH 1 RFC822",
                            "FETCH 1 (RFC822)",
                            "FETCH 1 RFC822.TEXT",
                            "FETCH 1 BINARY[1]",
                            "ENABLE QRESYNC",
                            "",
                            "UID"}) {
        EXPECT_FALSE(isReadOnlyCommand(bad)) << bad;
    }
    // Every builder passes its own check.
    EXPECT_TRUE(isReadOnlyCommand(commands::uidFetchHeader(7).text));
    EXPECT_TRUE(isReadOnlyCommand(commands::list(true).text));
    EXPECT_TRUE(isReadOnlyCommand(commands::examine("Spam")->text));
    EXPECT_TRUE(isReadOnlyCommand(commands::uidSearchMessageId("<x@y>")->text));
}

TEST(ImapCommand, QuotesAndRefusesWhatCannotBeQuoted)
{
    EXPECT_EQ(quoteImapString("a\"b\\c"), QByteArray("\"a\\\"b\\\\c\""));
    EXPECT_FALSE(quoteImapString("a\r\nb"));
    EXPECT_FALSE(quoteImapString("ñ"));
    EXPECT_FALSE(commands::uidSearchMessageId("<a@b>\r\nA1 STORE 1 +FLAGS (\\Deleted)"));
    EXPECT_FALSE(commands::examine("x\ny"));
    EXPECT_FALSE(commands::login(QStringLiteral("ana"), QStringLiteral("Contraseña")));
    // With LITERAL+, what cannot be quoted goes as a non-synchronising literal (never a NUL).
    const auto literal = commands::login(QStringLiteral("ana"), QStringLiteral("Contraseña"), true);
    ASSERT_TRUE(literal);
    EXPECT_EQ(literal->text,
              "LOGIN \"ana\" {11+}\r\nContrase\xc3\xb1"
              "a");
    EXPECT_EQ(literal->transcriptText, "LOGIN \"ana\" <redacted>");
    EXPECT_TRUE(isReadOnlyCommand(literal->text));
    EXPECT_FALSE(commands::login(QStringLiteral("ana"), QString(QChar(0)) + u"x"_qs, true));
}

TEST(ImapCommand, RedactsSecretsInTheTranscriptForm)
{
    const auto login = commands::login(QStringLiteral("ana@example.test"), QStringLiteral("s3cret"));
    ASSERT_TRUE(login);
    EXPECT_EQ(login->text, "LOGIN \"ana@example.test\" \"s3cret\"");
    EXPECT_EQ(login->transcriptText, "LOGIN \"ana@example.test\" <redacted>");
    const QByteArray initial("\0ana\0s3cret", 11);
    const ImapCommand auth = commands::authenticate("PLAIN", &initial);
    EXPECT_EQ(auth.text, "AUTHENTICATE PLAIN " + initial.toBase64());
    EXPECT_EQ(auth.transcriptText, "AUTHENTICATE PLAIN <redacted>");
    EXPECT_EQ(commands::authenticateResponse("tok").transcriptText, "<redacted>");
}

TEST(ImapCapabilities, ReadsAtomsAndMechanisms)
{
    const ImapCapabilities caps = ImapCapabilities::fromAtoms({"IMAP4rev1", "idle", "AUTH=PLAIN", "AUTH=XOAUTH2"});
    EXPECT_TRUE(caps.has("IDLE"));
    EXPECT_TRUE(caps.has("imap4rev1"));
    EXPECT_FALSE(caps.has("STARTTLS"));
    EXPECT_EQ(caps.authMechanisms(), QStringList({u"PLAIN"_qs, u"XOAUTH2"_qs}));
}

TEST(ImapMailbox, FindsJunkBySpecialUseInAnyLanguageAndByNameOtherwise)
{
    auto listed = [](const QByteArray &line) { return *mailboxFromList(parseImapResponse(line + "\r\n").response); };
    const ImapMailbox inbox = listed("* LIST (\\HasNoChildren) \"/\" INBOX");
    const ImapMailbox spanish = listed("* LIST (\\HasNoChildren \\Junk) \"/\" \"Correo no deseado\"");
    const ImapMailbox gmail = listed("* LIST (\\HasNoChildren \\Junk) \"/\" \"[Gmail]/Spam\"");
    const ImapMailbox trash = listed("* LIST (\\Trash) \"/\" \"Junk\"");
    EXPECT_EQ(findJunkMailbox({inbox, spanish})->name, u"Correo no deseado");
    EXPECT_EQ(findJunkMailbox({inbox, gmail})->wireName, "[Gmail]/Spam");
    // No \Junk anywhere: a common name, even one marked otherwise.
    const ImapMailbox bulk = listed("* LIST () \".\" \"INBOX.Bulk Mail\"");
    EXPECT_EQ(findJunkMailbox({inbox, bulk})->wireName, "INBOX.Bulk Mail");
    EXPECT_FALSE(findJunkMailbox({inbox}));
    const ImapMailbox noselect = listed("* LIST (\\Noselect \\Junk) \"/\" Spam");
    EXPECT_FALSE(findJunkMailbox({inbox, noselect}));
    EXPECT_EQ(findJunkMailbox({trash, spanish})->name, u"Correo no deseado"); // \Junk wins over a name
}

TEST(ImapMailbox, DecodesModifiedUtf7Names)
{
    EXPECT_EQ(decodeMailboxName("Courrier ind&AOk-sirable"), u"Courrier indésirable");
    EXPECT_EQ(decodeMailboxName("&ZeVnLIqe-"), u"日本語");
    EXPECT_EQ(decodeMailboxName("A&-B"), u"A&B");
    EXPECT_EQ(decodeMailboxName("broken&AOk"), u"broken&AOk");
}
