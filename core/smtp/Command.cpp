#include "Command.h"

#include "system/SecretWipe.h"

namespace remitente::smtp {

bool hasLineBreakOrNul(QByteArrayView text)
{
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    }
    return false;
}

namespace commands {

namespace {
Command plain(QByteArray line)
{
    Command command;
    command.transcriptLine = line;
    command.wire = line + "\r\n";
    return command;
}
} // namespace

Command ehlo(QByteArrayView clientName)
{
    return plain("EHLO " + clientName.toByteArray());
}

Command helo(QByteArrayView clientName)
{
    return plain("HELO " + clientName.toByteArray());
}

Command startTls()
{
    return plain("STARTTLS");
}

Command auth(QByteArrayView mechanism, const QByteArray *initialResponse)
{
    const QByteArray line = "AUTH " + mechanism.toByteArray();
    Command command;
    command.transcriptLine = line;
    if (!initialResponse) {
        command.wire = line + "\r\n";
        return command;
    }
    // No length limit: an OAuth2 access token alone can exceed 4 KiB. The line is built in one reserved buffer
    // and the base64 copy wiped, so the secret is left only where the caller can wipe it.
    QByteArray encoded = initialResponse->isEmpty() ? QByteArray("=") : initialResponse->toBase64();
    command.wire.reserve(line.size() + 1 + encoded.size() + 2);
    command.wire.append(line).append(' ').append(encoded).append("\r\n");
    system::wipeSecret(encoded);
    command.transcriptLine += " <redacted>";
    return command;
}

Command authResponse(const QByteArray &response)
{
    QByteArray encoded = response.toBase64();
    Command command;
    command.wire.reserve(encoded.size() + 2);
    command.wire.append(encoded).append("\r\n");
    system::wipeSecret(encoded);
    command.transcriptLine = "<redacted>";
    return command;
}

Command authCancel()
{
    return plain("*");
}

Command mailFrom(QByteArrayView reversePath, const MailParameters &parameters)
{
    QByteArray line = "MAIL FROM:<" + reversePath.toByteArray() + '>';
    if (parameters.size >= 0)
        line += " SIZE=" + QByteArray::number(parameters.size);
    if (parameters.eightBitMime)
        line += " BODY=8BITMIME";
    if (parameters.smtpUtf8)
        line += " SMTPUTF8";
    return plain(line);
}

Command rcptTo(QByteArrayView forwardPath)
{
    return plain("RCPT TO:<" + forwardPath.toByteArray() + '>');
}

Command data()
{
    return plain("DATA");
}

Command bdat(qint64 chunkSize, bool last)
{
    return plain("BDAT " + QByteArray::number(chunkSize) + (last ? " LAST" : ""));
}

Command rset()
{
    return plain("RSET");
}

Command noop()
{
    return plain("NOOP");
}

Command quit()
{
    return plain("QUIT");
}

} // namespace commands
} // namespace remitente::smtp
