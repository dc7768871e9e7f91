#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <variant>

namespace remitente::relay {

// What a program said to the relay on one command line (RFC 5321 4.1, with the extensions the relay offers:
// SIZE, 8BITMIME, SMTPUTF8, CHUNKING, AUTH, STARTTLS).
struct SubmissionCommand {
    enum class Verb { Ehlo, Helo, Mail, Rcpt, Data, Bdat, Rset, Noop, Quit, Auth, StartTls, Vrfy, Help };
    Verb verb = Verb::Noop;
    QString domain;                            // EHLO, HELO: how the client names itself
    QString address;                           // MAIL, RCPT: the path without brackets or source route; empty is "<>"
    std::optional<qint64> size;                // MAIL SIZE=
    bool eightBitMime = false;                 // MAIL BODY=8BITMIME
    bool smtpUtf8 = false;                     // MAIL SMTPUTF8
    QByteArray mechanism;                      // AUTH, upper case
    std::optional<QByteArray> initialResponse; // AUTH: as sent (base64, or "=" for an empty one)
    qint64 chunkSize = 0;                      // BDAT
    bool lastChunk = false;                    // BDAT ... LAST
};

// The reply a malformed or unsupported command gets.
struct CommandRefusal {
    int code = 500;
    QByteArray enhanced; // "5.5.2"
    QByteArray text;
};

using ParsedCommand = std::variant<SubmissionCommand, CommandRefusal>;

// The longest command line taken, without CRLF: RFC 5321's 512 octets, and RFC 4954's 12,288 for AUTH (whose
// initial response may be long).
constexpr qsizetype MaxCommandLine = 510;
constexpr qsizetype MaxAuthLine = 12286;

// Pure function over one line without its CRLF. Addresses must be valid UTF-8 and free of control characters.
ParsedCommand parseSubmissionCommand(QByteArrayView line);

} // namespace remitente::relay
