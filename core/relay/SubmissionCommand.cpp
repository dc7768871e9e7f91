#include "SubmissionCommand.h"

#include <QList>
#include <QStringDecoder>

namespace remitente::relay {

namespace {

using Verb = SubmissionCommand::Verb;

CommandRefusal refuse(int code, const char *enhanced, const char *text)
{
    return {code, QByteArray(enhanced), QByteArray(text)};
}

std::optional<Verb> verbOf(QByteArrayView word)
{
    static const std::pair<const char *, Verb> verbs[]
        = {{"EHLO", Verb::Ehlo}, {"HELO", Verb::Helo}, {"MAIL", Verb::Mail},         {"RCPT", Verb::Rcpt},
           {"DATA", Verb::Data}, {"BDAT", Verb::Bdat}, {"RSET", Verb::Rset},         {"NOOP", Verb::Noop},
           {"QUIT", Verb::Quit}, {"AUTH", Verb::Auth}, {"STARTTLS", Verb::StartTls}, {"VRFY", Verb::Vrfy},
           {"HELP", Verb::Help}};
    for (const auto &[name, verb] : verbs) {
        if (word.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return verb;
    }
    return std::nullopt;
}

bool hasControlCharacter(QByteArrayView text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return true;
    }
    return false;
}

QList<QByteArrayView> words(QByteArrayView text)
{
    QList<QByteArrayView> list;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text[i] == ' ';
        if (space && start >= 0) {
            list.append(text.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return list;
}

std::optional<qint64> decimal(QByteArrayView digits, int maxDigits)
{
    if (digits.isEmpty() || digits.size() > maxDigits)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "FROM:<path> params" or "TO:<path> params": the path's address (source route dropped) and the parameters.
std::variant<std::pair<QString, QList<QByteArrayView>>, CommandRefusal> pathAndParameters(QByteArrayView argument,
                                                                                          QByteArrayView keyword)
{
    if (argument.size() < keyword.size() || argument.first(keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0)
        return refuse(501, "5.5.4", "Syntax: MAIL FROM:<address> or RCPT TO:<address>");
    QByteArrayView rest = argument.sliced(keyword.size());
    while (rest.startsWith(' ')) // "MAIL FROM: <a>" is common enough to accept
        rest = rest.sliced(1);
    QByteArrayView path;
    if (rest.startsWith('<')) {
        const qsizetype close = rest.indexOf('>');
        if (close < 0)
            return refuse(501, "5.1.7", "Missing > after the address");
        path = rest.sliced(1, close - 1);
        rest = rest.sliced(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(' '))
            return refuse(501, "5.5.4", "A space must follow the address");
    } else {
        const qsizetype space = rest.indexOf(' ');
        path = space < 0 ? rest : rest.first(space);
        rest = space < 0 ? QByteArrayView() : rest.sliced(space);
    }
    if (path.startsWith('@')) { // RFC 5321 4.1.2 source route: "@a,@b:user@host"; only the mailbox counts
        const qsizetype colon = path.indexOf(':');
        if (colon < 0)
            return refuse(501, "5.1.3", "Bad source route in the address");
        path = path.sliced(colon + 1);
    }
    if (hasControlCharacter(path) || path.contains('<') || path.contains('>'))
        return refuse(553, "5.1.3", "Bad address syntax");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString address = utf8.decode(path);
    if (utf8.hasError())
        return refuse(553, "5.6.7", "The address is not valid UTF-8");
    if (!address.isEmpty() && (address.count(u'@') < 1 || address.startsWith(u'@') || address.endsWith(u'@')))
        return refuse(553, "5.1.3", "The address needs a local part and a domain");
    return std::pair{address, words(rest)};
}

ParsedCommand parseMail(QByteArrayView argument)
{
    auto parsed = pathAndParameters(argument, "FROM:");
    if (auto *refusal = std::get_if<CommandRefusal>(&parsed))
        return *refusal;
    auto &[address, parameters] = std::get<0>(parsed);
    SubmissionCommand command;
    command.verb = Verb::Mail;
    command.address = address;
    for (const QByteArrayView parameter : parameters) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray key = (equals < 0 ? parameter : parameter.first(equals)).toByteArray().toUpper();
        const QByteArrayView value = equals < 0 ? QByteArrayView() : parameter.sliced(equals + 1);
        if (key == "SIZE") {
            command.size = decimal(value, 18);
            if (!command.size)
                return refuse(501, "5.5.4", "SIZE takes a number of octets");
        } else if (key == "BODY") {
            const QByteArray body = value.toByteArray().toUpper();
            if (body == "8BITMIME")
                command.eightBitMime = true;
            else if (body != "7BIT")
                return refuse(555, "5.5.4", "BODY takes 7BIT or 8BITMIME");
        } else if (key == "SMTPUTF8" && equals < 0) {
            command.smtpUtf8 = true;
        } else if (key == "AUTH") {
            // RFC 4954 5: the identity that submitted the message; the relay knows its client anyway.
        } else {
            return refuse(555, "5.5.4", "Unsupported MAIL parameter");
        }
    }
    return command;
}

ParsedCommand parseRcpt(QByteArrayView argument)
{
    auto parsed = pathAndParameters(argument, "TO:");
    if (auto *refusal = std::get_if<CommandRefusal>(&parsed))
        return *refusal;
    auto &[address, parameters] = std::get<0>(parsed);
    if (address.isEmpty())
        return refuse(553, "5.1.3", "A recipient cannot be empty");
    if (!parameters.isEmpty())
        return refuse(555, "5.5.4", "Unsupported RCPT parameter");
    SubmissionCommand command;
    command.verb = Verb::Rcpt;
    command.address = address;
    return command;
}

} // namespace

ParsedCommand parseSubmissionCommand(QByteArrayView line)
{
    if (line.size() > MaxAuthLine)
        return refuse(500, "5.5.6", "Line too long");
    if (line.contains('\0') || line.contains('\r') || line.contains('\n'))
        return refuse(500, "5.5.2", "Bad characters in the command");
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView word = space < 0 ? line : line.first(space);
    const QByteArrayView argument = space < 0 ? QByteArrayView() : line.sliced(space + 1);
    const std::optional<Verb> verb = verbOf(word);
    if (!verb)
        return refuse(500, "5.5.2", "Command not recognised");
    if (*verb != Verb::Auth && line.size() > MaxCommandLine)
        return refuse(500, "5.5.6", "Line too long");

    SubmissionCommand command;
    command.verb = *verb;
    switch (*verb) {
    case Verb::Ehlo:
    case Verb::Helo: {
        const QList<QByteArrayView> parts = words(argument);
        if (parts.size() != 1 || hasControlCharacter(parts.first()))
            return refuse(501, "5.5.4", "Syntax: EHLO your-name");
        command.domain = QString::fromUtf8(parts.first());
        return command;
    }
    case Verb::Mail:
        return parseMail(argument);
    case Verb::Rcpt:
        return parseRcpt(argument);
    case Verb::Bdat: {
        const QList<QByteArrayView> parts = words(argument);
        const std::optional<qint64> size = parts.isEmpty() ? std::nullopt : decimal(parts.first(), 18);
        if (!size || parts.size() > 2
            || (parts.size() == 2 && parts.at(1).compare(QByteArrayView("LAST"), Qt::CaseInsensitive) != 0))
            return refuse(501, "5.5.4", "Syntax: BDAT size [LAST]");
        command.chunkSize = *size;
        command.lastChunk = parts.size() == 2;
        return command;
    }
    case Verb::Auth: {
        const QList<QByteArrayView> parts = words(argument);
        if (parts.isEmpty() || parts.size() > 2)
            return refuse(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
        command.mechanism = parts.first().toByteArray().toUpper();
        if (parts.size() == 2)
            command.initialResponse = parts.at(1).toByteArray();
        return command;
    }
    case Verb::Data:
    case Verb::Rset:
    case Verb::Quit:
    case Verb::StartTls:
        if (!words(argument).isEmpty())
            return refuse(501, "5.5.4", "This command takes no parameters");
        return command;
    case Verb::Noop:
    case Verb::Vrfy:
    case Verb::Help:
        return command; // whatever follows is ignored (RFC 5321 4.1.1.9, 4.1.1.6, 4.1.1.8)
    }
    return refuse(500, "5.5.2", "Command not recognised");
}

} // namespace remitente::relay
