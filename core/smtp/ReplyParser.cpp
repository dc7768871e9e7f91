#include "ReplyParser.h"

namespace remitente::smtp {

namespace {

ReplyParseResult error(const QString &message)
{
    ReplyParseResult result;
    result.status = ReplyParseResult::Status::Error;
    result.error = message;
    return result;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

ReplyParseResult parseReply(QByteArrayView buffer, const ReplyLimits &limits)
{
    Reply reply;
    qsizetype pos = 0;
    while (true) {
        const qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0) {
            if (buffer.size() - pos > limits.maxLineLength)
                return error(QStringLiteral("reply line longer than %1 bytes").arg(limits.maxLineLength));
            if (buffer.size() > limits.maxReplyLength)
                return error(QStringLiteral("reply longer than %1 bytes").arg(limits.maxReplyLength));
            return {};
        }
        QByteArrayView line = buffer.sliced(pos, newline - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > limits.maxLineLength)
            return error(QStringLiteral("reply line longer than %1 bytes").arg(limits.maxLineLength));
        if (newline + 1 > limits.maxReplyLength)
            return error(QStringLiteral("reply longer than %1 bytes").arg(limits.maxReplyLength));

        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '2'
            || line[0] > '5')
            return error(QStringLiteral("malformed reply line: %1")
                             .arg(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 80)))));
        const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (reply.code != 0 && code != reply.code)
            return error(
                QStringLiteral("reply code changed from %1 to %2 inside a multi-line reply").arg(reply.code).arg(code));
        reply.code = code;

        const char separator = line.size() > 3 ? line[3] : ' ';
        if (separator != ' ' && separator != '-')
            return error(QStringLiteral("malformed reply line: %1")
                             .arg(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 80)))));
        const QString text = line.size() > 4 ? QString::fromUtf8(line.sliced(4)) : QString();
        if (!reply.enhanced.isValid())
            reply.enhanced = EnhancedStatusCode::parse(text);
        reply.lines.append(text);
        pos = newline + 1;

        if (separator == ' ') {
            ReplyParseResult result;
            result.status = ReplyParseResult::Status::Complete;
            result.reply = std::move(reply);
            result.consumed = pos;
            return result;
        }
    }
}

} // namespace remitente::smtp
