#include "ImapCommand.h"

#include <QList>

namespace remitente::imap {

bool isReadOnlyCommand(QByteArrayView text)
{
    const QByteArray upper = text.toByteArray().toUpper();
    QList<QByteArray> words = upper.split(' ');
    if (words.isEmpty())
        return false;
    QByteArray verb = words.takeFirst();
    if (verb == "UID") {
        if (words.isEmpty())
            return false;
        verb = words.takeFirst();
        if (verb != "SEARCH" && verb != "FETCH")
            return false;
    }
    static const QList<QByteArray> allowed{"CAPABILITY",   "ID",   "STARTTLS", "NOOP",   "LOGOUT", "LOGIN",
                                           "AUTHENTICATE", "LIST", "EXAMINE",  "SEARCH", "FETCH",  "IDLE"};
    if (!allowed.contains(verb))
        return false;
    if (verb == "FETCH") {
        // BODY[...] and RFC822 / RFC822.TEXT set \Seen; only the PEEK forms and RFC822.HEADER leave it alone.
        const QByteArray rest = words.join(' ');
        if (rest.contains("RFC822.TEXT") || rest.contains("BINARY["))
            return false;
        qsizetype at = 0;
        while ((at = rest.indexOf("BODY[", at)) >= 0) {
            if (at < 5 || rest.mid(at - 5, 5) != "BODY.") // only BODY.PEEK[ is fine
                return false;
            ++at;
        }
        for (const QByteArray &word : std::as_const(words)) {
            QByteArray bare = word;
            bare.replace('(', "").replace(')', "");
            if (bare == "RFC822")
                return false;
        }
    }
    return true;
}

std::optional<QByteArray> quoteImapString(QByteArrayView text)
{
    QByteArray quoted = "\"";
    for (char c : text) {
        if (c == '\r' || c == '\n' || c == '\0' || uchar(c) >= 0x80)
            return std::nullopt;
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

namespace commands {

namespace {
ImapCommand plain(QByteArray text)
{
    return {text, text};
}
} // namespace

ImapCommand capability()
{
    return plain("CAPABILITY");
}

ImapCommand id(const QString &name, const QString &version)
{
    const auto quotedName = quoteImapString(name.toUtf8()).value_or("\"Remitente\"");
    const auto quotedVersion = quoteImapString(version.toUtf8()).value_or("NIL");
    return plain("ID (\"name\" " + quotedName + " \"version\" " + quotedVersion + ")");
}

ImapCommand startTls()
{
    return plain("STARTTLS");
}

ImapCommand noop()
{
    return plain("NOOP");
}

ImapCommand logout()
{
    return plain("LOGOUT");
}

std::optional<ImapCommand> login(const QString &user, const QString &password, bool literalPlus)
{
    auto argument = [literalPlus](const QString &text) -> std::optional<QByteArray> {
        const QByteArray bytes = text.toUtf8();
        if (auto quoted = quoteImapString(bytes))
            return quoted;
        if (!literalPlus || bytes.contains('\0'))
            return std::nullopt;
        return '{' + QByteArray::number(bytes.size()) + "+}\r\n" + bytes;
    };
    const auto userArgument = argument(user);
    const auto passwordArgument = argument(password);
    if (!userArgument || !passwordArgument)
        return std::nullopt;
    const QByteArray shownUser = userArgument->startsWith('{') ? QByteArray("<literal>") : *userArgument;
    return ImapCommand{"LOGIN " + *userArgument + ' ' + *passwordArgument, "LOGIN " + shownUser + " <redacted>"};
}

ImapCommand authenticate(const QByteArray &mechanism, const QByteArray *initialResponse)
{
    if (!initialResponse)
        return plain("AUTHENTICATE " + mechanism);
    const QByteArray encoded = initialResponse->isEmpty() ? QByteArray("=") : initialResponse->toBase64();
    return {"AUTHENTICATE " + mechanism + ' ' + encoded, "AUTHENTICATE " + mechanism + " <redacted>"};
}

ImapCommand authenticateResponse(const QByteArray &response)
{
    return {response.toBase64(), "<redacted>"};
}

ImapCommand authenticateCancel()
{
    return plain("*");
}

ImapCommand list(bool returnSpecialUse)
{
    return plain(returnSpecialUse ? "LIST \"\" \"*\" RETURN (SPECIAL-USE)" : "LIST \"\" \"*\"");
}

std::optional<ImapCommand> examine(const QByteArray &mailboxWireName)
{
    const auto quoted = quoteImapString(mailboxWireName);
    if (!quoted || mailboxWireName.isEmpty())
        return std::nullopt;
    return plain("EXAMINE " + *quoted);
}

std::optional<ImapCommand> uidSearchMessageId(const QByteArray &messageId)
{
    const auto quoted = quoteImapString(messageId);
    if (!quoted || messageId.isEmpty())
        return std::nullopt;
    return plain("UID SEARCH HEADER Message-ID " + *quoted);
}

ImapCommand uidFetchHeader(quint32 uid)
{
    return plain("UID FETCH " + QByteArray::number(uid) + " (UID FLAGS BODY.PEEK[HEADER])");
}

ImapCommand idle()
{
    return plain("IDLE");
}

} // namespace commands

} // namespace remitente::imap
