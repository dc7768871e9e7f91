#include "RelaySession.h"

#include <QHostInfo>
#include <QSslSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace remitente::relay {

namespace {
constexpr qsizetype LongestLine = 998;    // RFC 5322 2.1.1: what the account's server will take
constexpr qint64 ReadBuffer = 256 * 1024; // what the socket may hold before the session reads it
constexpr qsizetype LongestPartialDataLine = 64 * 1024;
// Replies the client has not taken yet: above this the relay stops reading it until they are sent, so a client
// that pipelines commands and never reads the answers (each EHLO costs 20 times its size) cannot fill memory.
constexpr qint64 MostUnsentReplies = 64 * 1024;
// After the last reply, what the client still sends is read and dropped this long before the connection ends.
constexpr int LingerMs = 2000;

// Lines of the message longer than mail allows (without their CRLF).
bool hasOverlongLine(const QByteArray &message)
{
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = message.indexOf('\n', start);
        if (end < 0)
            end = message.size();
        qsizetype length = end - start;
        if (length > 0 && end < message.size() && message.at(end - 1) == '\r')
            --length;
        if (length > LongestLine)
            return true;
        start = end + 1;
    }
    return false;
}

QByteArray megabytes(qint64 bytes)
{
    return QByteArray::number(double(bytes) / 1e6, 'f', 1) + " MB";
}
} // namespace

RelaySession::RelaySession(QSslSocket *socket, const RelayClients &clients, RelayDestination &destination,
                           RelayPolicy policy, QObject *parent)
    : QObject(parent), m_socket(socket), m_clients(clients), m_destination(destination), m_policy(std::move(policy))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBuffer);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_policy.limits.idleTimeout);
    m_total.setSingleShot(true);
    m_total.setInterval(m_policy.limits.sessionTimeout);
    connect(&m_idle, &QTimer::timeout, this, [this] { close(421, "4.4.2", "Idle for too long, closing"); });
    connect(&m_total, &QTimer::timeout, this, [this] { close(421, "4.4.2", "Connected for too long, closing"); });
    connect(m_socket, &QSslSocket::readyRead, this, &RelaySession::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_mode == Mode::Closing)
            endOurSideOnceSent();
        else if (m_socket->bytesToWrite() <= MostUnsentReplies)
            onReadyRead(); // what was left unread while the replies waited
    });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_mode == Mode::Closing)
            endOurSideOnceSent();
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_mode = Mode::Closing;
        m_idle.stop();
        m_total.stop();
        Q_EMIT finished();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] { m_idle.start(); });
}

void RelaySession::start()
{
    m_idle.start();
    m_total.start();
    reply(220, {}, QHostInfo::localHostName().toUtf8().left(64) + " ESMTP Remitente relay");
}

bool RelaySession::isSecure() const
{
    return m_socket->isEncrypted();
}

qint64 RelaySession::sizeLimit() const
{
    qint64 limit = m_policy.limits.maxMessageBytes;
    if (m_client)
        limit = std::min(limit, m_destination.maxMessageBytes(*m_client));
    return limit;
}

void RelaySession::reply(int code, const QByteArray &enhanced, const QByteArray &text)
{
    QByteArray line = QByteArray::number(code) + ' ';
    if (!enhanced.isEmpty())
        line += enhanced + ' ';
    m_socket->write(line + text + "\r\n");
}

void RelaySession::replyLines(int code, const QList<QByteArray> &lines)
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += QByteArray::number(code) + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i) + "\r\n";
    m_socket->write(out);
}

void RelaySession::refuse(const CommandRefusal &refusal)
{
    reply(refusal.code, refusal.enhanced, refusal.text);
}

void RelaySession::badCommand(const CommandRefusal &refusal)
{
    if (++m_badCommands > m_policy.limits.maxBadCommands) {
        close(421, "4.7.0", "Too many errors, closing");
        return;
    }
    refuse(refusal);
}

void RelaySession::close(int code, const QByteArray &enhanced, const QByteArray &text)
{
    if (m_mode == Mode::Closing)
        return;
    reply(code, enhanced, text);
    hangUp();
}

// The last reply goes out, then our side of the connection ends (a FIN): what the client still sends meanwhile
// is read and dropped, because closing with unread input would reset the connection, and the client's system
// would then throw the reply away unread. The client closes its side, or the linger time does.
void RelaySession::hangUp()
{
    m_mode = Mode::Closing;
    m_idle.stop();
    m_total.stop();
    m_buffer.clear();
    m_buffer.squeeze();
    m_message.clear();
    m_message.squeeze();
    m_socket->readAll();
    if (isSecure()) {
        m_socket->disconnectFromHost(); // TLS says goodbye itself (close_notify) before the connection ends
        return;
    }
    QTimer::singleShot(LingerMs, m_socket, [this] { m_socket->abort(); });
    m_socket->flush();
    endOurSideOnceSent();
}

void RelaySession::endOurSideOnceSent()
{
    if (m_ourSideEnded || m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0
        || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_ourSideEnded = true;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
}

qint64 RelaySession::bufferedBytes() const
{
    return m_buffer.capacity() + m_message.capacity() + m_socket->bytesAvailable() + m_socket->bytesToWrite();
}

// Input is read a bounded piece at a time, and only when what is buffered has no complete line left.
void RelaySession::onReadyRead()
{
    if (m_mode == Mode::Closing) {
        m_socket->readAll();
        return;
    }
    while (m_mode != Mode::Closing) {
        if (m_socket->bytesToWrite() > MostUnsentReplies)
            return; // bytesWritten brings the session back here
        if (takeFromBuffer())
            continue;
        const qint64 available = std::min(m_socket->bytesAvailable(), ReadBuffer);
        if (available == 0)
            return;
        m_buffer += m_socket->read(available); // read(ReadBuffer) would allocate that much for every byte
    }
}

// One line (or the bytes of a chunk) out of the buffer; false when it needs more input first. The idle timer
// counts from the last complete line, so a client dripping a byte at a time does not keep its connection.
bool RelaySession::takeFromBuffer()
{
    if (m_mode == Mode::Chunk) {
        if (m_buffer.isEmpty() && m_chunkLeft > 0)
            return false;
        m_idle.start();
        takeChunkBytes();
        return m_mode != Mode::Chunk;
    }
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0) {
        if (m_mode == Mode::Data && m_buffer.size() > LongestPartialDataLine) {
            m_idle.start();
            takeDataLine(m_buffer, false);
            m_buffer.clear();
            return true;
        }
        if (m_mode != Mode::Data && m_buffer.size() > MaxAuthLine + 2) {
            close(500, "5.5.6", "Line too long, closing");
            return true;
        }
        return false;
    }
    m_idle.start();
    QByteArray line = m_buffer.left(newline);
    m_buffer.remove(0, newline + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_mode == Mode::Data)
        takeDataLine(line, true);
    else if (m_mode == Mode::AuthResponse)
        continueAuth(line);
    else
        processLine(line);
    return true;
}

bool RelaySession::processLine(const QByteArray &line)
{
    const ParsedCommand parsed = parseSubmissionCommand(line);
    if (const auto *refusal = std::get_if<CommandRefusal>(&parsed)) {
        badCommand(*refusal);
        return false;
    }
    handle(std::get<SubmissionCommand>(parsed));
    return true;
}

void RelaySession::handle(const SubmissionCommand &command)
{
    using Verb = SubmissionCommand::Verb;
    switch (command.verb) {
    case Verb::Ehlo: {
        resetTransaction();
        m_greeted = true;
        QList<QByteArray> lines{QHostInfo::localHostName().toUtf8().left(64) + " Hello "
                                    + command.domain.toUtf8().left(64),
                                "PIPELINING",
                                "SIZE " + QByteArray::number(sizeLimit()),
                                "8BITMIME",
                                "SMTPUTF8",
                                "ENHANCEDSTATUSCODES",
                                "CHUNKING"};
        if (!isSecure() && !m_socket->localCertificate().isNull())
            lines.append("STARTTLS");
        if (!m_client && (isSecure() || !m_policy.tlsRequired))
            lines.append("AUTH PLAIN LOGIN");
        replyLines(250, lines);
        return;
    }
    case Verb::Helo:
        resetTransaction();
        m_greeted = true;
        reply(250, {}, QHostInfo::localHostName().toUtf8().left(64));
        return;
    case Verb::StartTls:
        if (isSecure() || m_socket->localCertificate().isNull()) {
            badCommand({503, "5.5.1", isSecure() ? "Already secure" : "STARTTLS is not offered here"});
            return;
        }
        reply(220, "2.0.0", "Ready to start TLS");
        // Anything pipelined after STARTTLS was sent in the clear: it is thrown away (RFC 3207 4.2).
        m_buffer.clear();
        m_socket->readAll();
        m_greeted = false;
        m_client.reset();
        resetTransaction();
        m_socket->startServerEncryption();
        return;
    case Verb::Auth:
        handleAuth(command);
        return;
    case Verb::Mail:
        handleMail(command);
        return;
    case Verb::Rcpt:
        handleRcpt(command);
        return;
    case Verb::Data:
        if (!m_from || m_recipients.isEmpty()) {
            badCommand({503, "5.5.1", m_from ? "RCPT first" : "MAIL first"});
            return;
        }
        m_message.clear();
        m_tooLarge = false;
        m_midLine = false;
        m_lineLength = 0;
        m_overlongLine = false;
        m_messageBytes = 0;
        m_mode = Mode::Data;
        reply(354, {}, "End data with <CR><LF>.<CR><LF>");
        return;
    case Verb::Bdat:
        if (!m_from || m_recipients.isEmpty()) {
            // The chunk that follows is still read and dropped, so the next command is not taken from it.
            m_from.reset();
            m_tooLarge = true;
        }
        if (m_message.size() + command.chunkSize > sizeLimit()) {
            m_tooLarge = true;
            m_message.clear();
        }
        m_chunkLeft = command.chunkSize;
        m_lastChunk = command.lastChunk;
        m_mode = Mode::Chunk;
        return;
    case Verb::Rset:
        resetTransaction();
        reply(250, "2.0.0", "Ok");
        return;
    case Verb::Noop:
        reply(250, "2.0.0", "Ok");
        return;
    case Verb::Vrfy:
        reply(252, "2.5.0", "Send some mail and the account's server will try");
        return;
    case Verb::Help:
        reply(214, "2.0.0", "Remitente relay: RFC 5321 with AUTH; see remitente-cli relay --help");
        return;
    case Verb::Quit:
        reply(221, "2.0.0", "Bye");
        hangUp();
        return;
    }
}

void RelaySession::handleAuth(const SubmissionCommand &command)
{
    if (!m_greeted) {
        badCommand({503, "5.5.1", "EHLO first"});
        return;
    }
    if (m_client) {
        badCommand({503, "5.5.1", "Already authenticated"});
        return;
    }
    if (m_policy.tlsRequired && !isSecure()) {
        badCommand({530, "5.7.0", "Must issue a STARTTLS command first"});
        return;
    }
    if (command.mechanism != "PLAIN" && command.mechanism != "LOGIN") {
        badCommand({504, "5.5.4", "Unrecognized authentication type (PLAIN or LOGIN)"});
        return;
    }
    m_authMechanism = command.mechanism;
    m_loginUser.clear();
    m_mode = Mode::AuthResponse;
    if (command.initialResponse) {
        continueAuth(*command.initialResponse == "=" ? QByteArray() : *command.initialResponse);
        return;
    }
    reply(334, {}, m_authMechanism == "LOGIN" ? "VXNlcm5hbWU6" : "");
}

void RelaySession::continueAuth(const QByteArray &response)
{
    if (response == "*") {
        m_mode = Mode::Commands;
        badCommand({501, "5.0.0", "Authentication cancelled"});
        return;
    }
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(response, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || response.size() > MaxAuthLine) {
        m_mode = Mode::Commands;
        badCommand({501, "5.5.2", "Cannot decode the response"});
        return;
    }
    if (m_authMechanism == "LOGIN") {
        if (m_loginUser.isEmpty() && !decoded.decoded.isEmpty()) {
            m_loginUser = decoded.decoded;
            reply(334, {}, "UGFzc3dvcmQ6");
            return;
        }
        finishAuth(QString::fromUtf8(m_loginUser), QString::fromUtf8(decoded.decoded));
        return;
    }
    // PLAIN (RFC 4616): authorization identity, NUL, user, NUL, password.
    const QList<QByteArray> parts = decoded.decoded.split('\0');
    if (parts.size() != 3 || (!parts.at(0).isEmpty() && parts.at(0) != parts.at(1))) {
        m_mode = Mode::Commands;
        badCommand({535, "5.7.8", "Authentication credentials invalid"});
        return;
    }
    finishAuth(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
}

void RelaySession::finishAuth(const QString &user, const QString &password)
{
    m_mode = Mode::Commands;
    m_loginUser.clear();
    m_client = m_clients.authenticate(user, password);
    if (!m_client) {
        badCommand({535, "5.7.8",
                    "Authentication credentials invalid: use the user and password Remitente made for this program "
                    "(remitente-cli relay client add NAME), not the mailbox password"});
        return;
    }
    reply(235, "2.7.0", "Authentication successful");
}

void RelaySession::handleMail(const SubmissionCommand &command)
{
    if (!m_greeted) {
        badCommand({503, "5.5.1", "EHLO first"});
        return;
    }
    if (!m_client) {
        badCommand({530, "5.7.0",
                    "Authentication required: sign in with the user and password Remitente made for "
                    "this program"});
        return;
    }
    if (m_from) {
        badCommand({503, "5.5.1", "A transaction is already open (RSET first)"});
        return;
    }
    if (command.size && *command.size > sizeLimit()) {
        refuse({552, "5.3.4",
                "The message is " + megabytes(*command.size) + " and the account's server takes at most "
                    + megabytes(sizeLimit()) + ": make the attachments smaller or send a link"});
        return;
    }
    if (const std::optional<CommandRefusal> refusal = m_destination.checkSender(*m_client, command.address)) {
        refuse(*refusal);
        return;
    }
    m_from = command.address;
    reply(250, "2.1.0", "Ok");
}

void RelaySession::handleRcpt(const SubmissionCommand &command)
{
    if (!m_from) {
        badCommand({503, "5.5.1", "MAIL first"});
        return;
    }
    if (m_recipients.size() >= m_policy.limits.maxRecipients) {
        refuse({452, "4.5.3", "Too many recipients: send the rest in another message"});
        return;
    }
    m_recipients.append(command.address);
    reply(250, "2.1.5", "Ok");
}

void RelaySession::takeDataLine(const QByteArray &line, bool complete)
{
    QByteArrayView content = line;
    if (!m_midLine) {
        if (complete && line == ".") {
            m_mode = Mode::Commands;
            endOfMessage();
            return;
        }
        if (content.startsWith('.'))
            content = content.sliced(1); // dot-stuffing (RFC 5321 4.5.2)
    }
    m_midLine = !complete;
    const qsizetype lineLength = m_lineLength + content.size();
    m_lineLength = complete ? 0 : lineLength;
    const bool tooLarge = m_messageBytes + content.size() + 2 > sizeLimit();
    m_messageBytes += content.size() + (complete ? 2 : 0);
    // Either is refused at the final dot whatever follows (too large first): nothing more of it is kept.
    if ((tooLarge && !m_tooLarge) || (lineLength > LongestLine && !m_overlongLine)) {
        m_message.clear();
        m_message.squeeze();
    }
    m_tooLarge = m_tooLarge || tooLarge;
    m_overlongLine = m_overlongLine || lineLength > LongestLine;
    if (m_tooLarge || m_overlongLine)
        return;
    m_message += content;
    if (complete)
        m_message += "\r\n";
}

void RelaySession::takeChunkBytes()
{
    const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, m_buffer.size()));
    if (!m_tooLarge)
        m_message += m_buffer.left(take);
    m_buffer.remove(0, take);
    m_chunkLeft -= take;
    if (m_chunkLeft > 0)
        return;
    m_mode = Mode::Commands;
    if (!m_from) {
        resetTransaction();
        badCommand({503, "5.5.1", "MAIL and RCPT first"});
        return;
    }
    if (m_lastChunk) {
        endOfMessage();
        return;
    }
    if (m_tooLarge) // the rest of the message is not wanted; RFC 3030 lets the refusal come now
        reply(552, "5.3.4", "The message is larger than the account's server takes (" + megabytes(sizeLimit()) + ")");
    else
        reply(250, "2.0.0", QByteArray::number(m_message.size()) + " octets received");
}

void RelaySession::endOfMessage()
{
    if (m_tooLarge) {
        refuse({552, "5.3.4",
                "The message is larger than the account's server takes (" + megabytes(sizeLimit())
                    + "): make the attachments smaller or send a link"});
    } else if (m_overlongLine || hasOverlongLine(m_message)) {
        refuse({554, "5.6.0",
                "A line of the message is longer than 998 characters, which mail servers refuse: "
                "wrap the text or encode it (quoted-printable or base64)"});
    } else {
        const std::variant<QByteArray, CommandRefusal> committed
            = m_destination.commit(*m_client, *m_from, m_recipients, m_message);
        if (const auto *refusal = std::get_if<CommandRefusal>(&committed)) {
            refuse(*refusal);
        } else {
            ++m_accepted;
            reply(250, "2.0.0", std::get<QByteArray>(committed));
        }
    }
    resetTransaction();
}

void RelaySession::resetTransaction()
{
    m_from.reset();
    m_recipients.clear();
    m_message.clear();
    m_message.squeeze();
    m_tooLarge = false;
    m_midLine = false;
    m_lineLength = 0;
    m_overlongLine = false;
    m_messageBytes = 0;
    m_chunkLeft = 0;
    m_lastChunk = false;
}

} // namespace remitente::relay
