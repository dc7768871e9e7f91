#pragma once

#include <QStringList>

#include <variant>

namespace remitente::relay {

// What a program asked of `remitente-sendmail` (or `remitente-cli sendmail`), in sendmail's own words: the options
// PHP's mail(), cron, git send-email and mutt use, and Remitente's --account and --wait.
struct SendmailArguments {
    bool recipientsFromHeaders = false; // -t
    bool dotEndsInput = true;           // not with -i / -oi
    QString envelopeFrom;               // -f / -r
    QString fullName;                   // -F
    QString account;                    // --account
    bool wait = false;                  // --wait: until the message is sent (or fails)
    bool help = false;
    bool version = false;
    QStringList recipients;
    QStringList ignored; // harmless options accepted and ignored, as Postfix's sendmail does
};

// Pure function over the arguments after the program's name; a translated reason when one cannot be honoured.
std::variant<SendmailArguments, QString> parseSendmailArguments(const QStringList &arguments);

} // namespace remitente::relay
