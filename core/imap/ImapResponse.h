#pragma once

#include <QByteArray>
#include <QList>

namespace remitente::imap {

// One element of a server response (RFC 3501 section 9): an atom or number, a string (quoted or a literal), NIL,
// or a parenthesised list.
struct ImapValue {
    enum class Kind { Atom, String, Nil, List };
    Kind kind = Kind::Atom;
    QByteArray text;       // the atom or the string's content
    QList<ImapValue> list; // the items of a List

    bool isAtom(const char *upperCase) const; // case-insensitive comparison for an Atom
    bool isList() const { return kind == Kind::List; }
    bool operator==(const ImapValue &) const = default;
};

// A complete response: an untagged "* ...", a tagged "a1 ...", or a continuation request "+ ...".
struct ImapResponse {
    enum class Kind { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag; // Tagged only

    // Status responses (OK, NO, BAD, BYE, PREAUTH; tagged or untagged): the status word upper-cased, the response
    // code in brackets split into atoms ("[CAPABILITY IMAP4rev1 IDLE]" -> CAPABILITY, IMAP4rev1, IDLE) and the text.
    QByteArray status;
    QList<QByteArray> code;
    QByteArray text; // for a continuation: everything after "+ "

    // Other untagged responses: every value after "*", e.g. "* 3 EXISTS" -> 3, EXISTS; "* LIST (\Junk) "/" Spam".
    QList<ImapValue> values;

    // The response as one line for a transcript: literals are replaced by "{N bytes}" (their content is message
    // data), at most 1000 characters.
    QByteArray summary;

    bool isStatus() const { return !status.isEmpty(); }
    bool isOk() const { return status == "OK"; }
};

} // namespace remitente::imap
