#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace remitente::imap {

// One command without its tag and CRLF, and how it appears in a transcript (secrets replaced by <redacted>).
struct ImapCommand {
    QByteArray text;
    QByteArray transcriptText;
};

// Proof of delivery only looks: the commands this client may ever send. Anything that could change a mailbox
// (SELECT, STORE, COPY, MOVE, EXPUNGE, APPEND, CREATE, DELETE, RENAME, SUBSCRIBE, a FETCH of BODY[] without PEEK,
// ...) is refused by the session before it reaches the socket.
bool isReadOnlyCommand(QByteArrayView text);

// "..." with \ and " escaped; nullopt for text a quoted string cannot carry (CR, LF, NUL, 8-bit bytes).
std::optional<QByteArray> quoteImapString(QByteArrayView text);

namespace commands {
ImapCommand capability();
ImapCommand id(const QString &name, const QString &version); // RFC 2971, after sign-in is not required
ImapCommand startTls();
ImapCommand noop();
ImapCommand logout();
// LOGIN with quoted strings, or with non-synchronising literals ({n+}, RFC 7888) for what cannot be quoted (a
// password with "ñ") when the server has LITERAL+; nullopt when neither works (a NUL, or no LITERAL+).
std::optional<ImapCommand> login(const QString &user, const QString &password, bool literalPlus = false);
// AUTHENTICATE with the initial response (already raw; base64-encoded here, "=" for an empty one) when given.
ImapCommand authenticate(const QByteArray &mechanism, const QByteArray *initialResponse);
// A line answering a continuation during AUTHENTICATE (base64), and "*" to give up.
ImapCommand authenticateResponse(const QByteArray &response);
ImapCommand authenticateCancel();
// LIST "" "*", asking for SPECIAL-USE attributes (RFC 6154) with LIST-EXTENDED's RETURN when the server has it.
ImapCommand list(bool returnSpecialUse);
// nullopt for a name that cannot be quoted (names from LIST are 7-bit, modified UTF-7).
std::optional<ImapCommand> examine(const QByteArray &mailboxWireName);
// UID SEARCH HEADER Message-ID "<...>"; nullopt for a Message-ID that cannot be quoted.
std::optional<ImapCommand> uidSearchMessageId(const QByteArray &messageId);
// UID FETCH n (UID FLAGS BODY.PEEK[HEADER]): the header only, never marking the message as read.
ImapCommand uidFetchHeader(quint32 uid);
ImapCommand idle();
} // namespace commands

} // namespace remitente::imap
