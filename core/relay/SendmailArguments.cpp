#include "SendmailArguments.h"

#include <QCoreApplication>

namespace remitente::relay {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::relay::SendmailArguments)
};

// Options that take a value and change nothing here (DSN, queue and log settings of a full MTA).
bool takesIgnoredValue(QChar option)
{
    return QStringLiteral("NRBLVCXh").contains(option);
}
} // namespace

std::variant<SendmailArguments, QString> parseSendmailArguments(const QStringList &arguments)
{
    SendmailArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&](qsizetype prefix) -> std::optional<QString> {
            if (argument.size() > prefix)
                return argument.mid(prefix);
            if (i + 1 < arguments.size())
                return arguments.at(++i);
            return std::nullopt;
        };
        if (argument == QStringLiteral("--")) {
            for (++i; i < arguments.size(); ++i)
                parsed.recipients += arguments.at(i);
            break;
        }
        if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
            parsed.help = true;
            continue;
        }
        if (argument == QStringLiteral("--version")) {
            parsed.version = true;
            continue;
        }
        if (argument == QStringLiteral("--wait")) {
            parsed.wait = true;
            continue;
        }
        if (argument == QStringLiteral("--account") || argument.startsWith(QStringLiteral("--account="))) {
            const std::optional<QString> account = argument.contains(u'=') ? argument.section(u'=', 1)
                : i + 1 < arguments.size()                                 ? std::optional(arguments.at(++i))
                                                                           : std::nullopt;
            if (!account || account->isEmpty())
                return Text::tr("--account needs an account (its address or id).");
            parsed.account = *account;
            continue;
        }
        if (!argument.startsWith(u'-') || argument.size() < 2) {
            parsed.recipients += argument;
            continue;
        }
        const QChar option = argument.at(1);
        if (argument == QStringLiteral("-t")) {
            parsed.recipientsFromHeaders = true;
        } else if (argument == QStringLiteral("-i") || argument == QStringLiteral("-oi")) {
            parsed.dotEndsInput = false;
        } else if (option == u'f' || option == u'r') {
            const std::optional<QString> from = value(2);
            if (!from)
                return Text::tr("%1 needs the sender's address.").arg(argument.left(2));
            parsed.envelopeFrom = *from;
        } else if (option == u'F') {
            const std::optional<QString> name = value(2);
            if (!name)
                return Text::tr("-F needs the sender's full name.");
            parsed.fullName = *name;
        } else if (option == u'b') {
            if (argument != QStringLiteral("-bm"))
                return Text::tr("%1 is not supported: remitente-sendmail only sends the message on its standard "
                                "input (-bm).")
                    .arg(argument.left(20));
        } else if (option == u'o' || option == u'e' || option == u'v' || option == u'U' || option == u'm') {
            parsed.ignored += argument; // -oem, -odi, -om, -v, ...: delivery and error modes of a full MTA
        } else if (takesIgnoredValue(option)) {
            const std::optional<QString> ignoredValue = value(2);
            if (!ignoredValue)
                return Text::tr("%1 needs a value.").arg(argument.left(2));
            parsed.ignored += argument;
        } else if (option == u'q') {
            return Text::tr("-q (running a mail queue) is not supported: Remitente sends its outbox itself "
                            "(remitente-cli queue run).");
        } else {
            return Text::tr("Unknown option %1.").arg(argument.left(20));
        }
    }
    // "a@example.com, b@example.com" as one argument, as Postfix accepts.
    QStringList recipients;
    for (const QString &argument : std::as_const(parsed.recipients)) {
        for (const QString &piece : argument.split(u',', Qt::SkipEmptyParts)) {
            if (!piece.trimmed().isEmpty())
                recipients += piece.trimmed();
        }
    }
    parsed.recipients = recipients;
    return parsed;
}

} // namespace remitente::relay
