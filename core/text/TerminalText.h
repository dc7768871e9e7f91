#pragma once

#include <QString>
#include <QStringView>

namespace remitente::text {

// What another party wrote (a server's reply, a certificate's subject, a DNS record, a subject line read from a
// file) made safe to print on a terminal, as OpenSSH does with what the other side sends: control characters
// cannot move the cursor, clear the screen, set the window title, or reorder what follows.
//
// Escaped, never dropped, so nothing is hidden: C0 controls (including line breaks and tabs: one field stays on one
// line), DEL and C1 controls as \xHH ("\r", "\n" and "\t" as such), and the bidirectional overrides and isolates
// (U+202A..U+202E, U+2066..U+2069) as \uHHHH. Everything else, accents and emoji included, is kept.
QString terminalSafe(QStringView text);

// The same for text of several lines (a transcript, an explanation): line feeds are kept, everything else above
// is escaped, and CRLF counts as one line feed.
QString terminalSafeLines(QStringView text);

} // namespace remitente::text
