#include "SmtpSession.h"

#include "ReplyParser.h"
#include "sasl/OAuthMechanism.h"

#include "system/SecretWipe.h"

#include <QHostInfo>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>
#include <QTimer>

namespace remitente::smtp {

using namespace std::chrono_literals;

namespace {

bool isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    if (!address.isNull())
        return address.isLoopback();
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(duration.count() / 1000.0, 'g', 3);
}

QString describeCapabilities(const Capabilities &caps)
{
    QStringList parts;
    if (caps.startTls)
        parts << QStringLiteral("STARTTLS");
    if (caps.pipelining)
        parts << QStringLiteral("PIPELINING");
    if (caps.chunking)
        parts << QStringLiteral("CHUNKING");
    if (caps.eightBitMime)
        parts << QStringLiteral("8BITMIME");
    if (caps.smtpUtf8)
        parts << QStringLiteral("SMTPUTF8");
    if (caps.sizeAdvertised)
        parts << QStringLiteral("SIZE=%1").arg(caps.maxSize);
    if (!caps.authMechanisms.isEmpty())
        parts << QStringLiteral("AUTH=") + caps.authMechanisms.join(u',');
    return parts.join(u' ');
}

// The transcript lines for bytes the server sent unasked, and its words for the error message (first line only
// when they do not form a complete reply).
QString recordUnsolicited(const QByteArray &buffer, Transcript &transcript)
{
    const ReplyParseResult parsed = parseReply(buffer);
    if (parsed.status == ReplyParseResult::Status::Complete) {
        for (qsizetype i = 0; i < parsed.reply.lines.size(); ++i) {
            const QChar separator = i + 1 < parsed.reply.lines.size() ? u'-' : u' ';
            transcript.server(QString::number(parsed.reply.code) + separator + parsed.reply.lines[i]);
        }
        return parsed.reply.toString();
    }
    const QString line = QString::fromUtf8(buffer.left(buffer.indexOf('\n')).left(512)).trimmed();
    transcript.server(line);
    return line;
}

} // namespace

SmtpSession::SmtpSession(SessionOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_socket(new QSslSocket(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    auto onProgress = [this] {
        if (m_tx && m_tx->isStreaming()) {
            rearmTimer();
            m_tx->pump();
        }
    };
    connect(m_socket, &QSslSocket::bytesWritten, this, onProgress);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, onProgress);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_options.extraCaCertificates);
    m_socket->setSslConfiguration(tls);
}

SmtpSession::~SmtpSession()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    system::wipeSecret(m_deferredInitialResponse);
}

void SmtpSession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_credentialKind = credentials.isEmpty() ? std::nullopt : std::optional(credentials.kind);
}

QSslCertificate SmtpSession::peerCertificate() const
{
    return m_socket->peerCertificate();
}

QString SmtpSession::tlsDescription() const
{
    if (!m_socket->isEncrypted())
        return {};
    const QSslCipher cipher = m_socket->sessionCipher();
    return cipher.protocolString() + QStringLiteral(", ") + cipher.name();
}

void SmtpSession::open()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Resolving;
    QTimer::singleShot(0, this, &SmtpSession::start);
}

JobId SmtpSession::send(const Envelope &envelope, std::shared_ptr<MessageSource> message)
{
    const JobId id = ++m_lastJobId;
    enqueue({Job::Kind::Send, id, envelope, std::move(message)});
    return id;
}

JobId SmtpSession::verify(const Envelope &envelope)
{
    const JobId id = ++m_lastJobId;
    enqueue({Job::Kind::Verify, id, envelope, nullptr});
    return id;
}

void SmtpSession::enqueue(Job job)
{
    if (m_phase == Phase::Closed) {
        reportNotSent(
            job, m_error.value_or(makeError(Stage::Connect, ErrorKind::Cancelled, tr("The connection is closed."))));
        return;
    }
    m_jobs.push_back(std::move(job));
    if (m_phase == Phase::Ready)
        QTimer::singleShot(0, this, &SmtpSession::runNextJob);
}

void SmtpSession::quit()
{
    m_quitRequested = true;
    if (m_phase == Phase::Ready)
        QTimer::singleShot(0, this, &SmtpSession::runNextJob);
}

void SmtpSession::cancel()
{
    if (m_phase == Phase::Closed)
        return;
    fail(makeError(currentStage(), ErrorKind::Cancelled, tr("Cancelled.")));
}

// ---- connecting ------------------------------------------------------------------------------------------------

void SmtpSession::start()
{
    if (m_phase != Phase::Resolving)
        return;
    const QString &host = m_options.host;
    if (host.isEmpty() || hasLineBreakOrNul(host.toUtf8())) {
        fail(makeError(Stage::Resolve, ErrorKind::InvalidArgument, tr("No valid server name was given.")));
        return;
    }
    if (m_options.security == Security::None) {
        if (!isLoopbackHost(host)) {
            fail(makeError(Stage::Connect, ErrorKind::PlaintextRefused,
                           tr("An unencrypted connection is only allowed to this computer (localhost); %1 needs "
                              "SSL/TLS or STARTTLS.")
                               .arg(host)));
            return;
        }
        if (!m_credentials.isEmpty()) {
            fail(makeError(Stage::Auth, ErrorKind::PlaintextRefused,
                           m_credentials.kind == CredentialKind::BearerToken
                               ? tr("A sign-in token is never sent over an unencrypted connection; choose SSL/TLS "
                                    "or STARTTLS.")
                               : tr("A password is never sent over an unencrypted connection; choose SSL/TLS or "
                                    "STARTTLS.")));
            return;
        }
    }

    m_timer->start(m_options.timeouts.connect);
    beginStage(Stage::Resolve);
    const QHostAddress literal(host);
    if (!literal.isNull() || !m_options.addresses.isEmpty()) {
        m_addresses = literal.isNull() ? m_options.addresses : QList<QHostAddress>{literal};
        endStage(Stage::Resolve, true, m_addresses.first().toString());
        connectToNextAddress();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, &SmtpSession::onLookedUp);
}

void SmtpSession::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_phase != Phase::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        endStage(Stage::Resolve, false);
        fail(makeError(Stage::Resolve, ErrorKind::HostNotFound,
                       tr("The server name %1 could not be found (%2). Check the spelling, and that this "
                          "computer is online.")
                           .arg(m_options.host, info.errorString())));
        return;
    }
    m_addresses = info.addresses();
    if (m_options.security == Security::None) {
        for (const QHostAddress &address : std::as_const(m_addresses)) {
            if (!address.isLoopback()) {
                fail(makeError(
                    Stage::Connect, ErrorKind::PlaintextRefused,
                    tr("%1 is not this computer; an unencrypted connection is refused.").arg(m_options.host)));
                return;
            }
        }
    }
    QStringList shown;
    for (const QHostAddress &address : std::as_const(m_addresses))
        shown << address.toString();
    endStage(Stage::Resolve, true, shown.join(u", "));
    connectToNextAddress();
}

void SmtpSession::connectToNextAddress()
{
    if (m_addressIndex == 0)
        beginStage(Stage::Connect);
    m_phase = Phase::Connecting;
    const QString address = m_addresses.at(m_addressIndex).toString();
    m_transcript.note(tr("Connecting to %1 (%2) port %3").arg(m_options.host, address).arg(m_options.port));
    if (m_options.security == Security::ImplicitTls)
        m_socket->connectToHostEncrypted(address, m_options.port, m_options.host);
    else
        m_socket->connectToHost(address, m_options.port);
}

void SmtpSession::onConnected()
{
    // Commands are small and each waits for a reply: Nagle's algorithm would hold them for the peer's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    endStage(Stage::Connect, true, m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort()));
    if (m_options.security == Security::ImplicitTls) {
        m_phase = Phase::Handshaking;
        beginStage(Stage::Tls);
        return; // the connect timeout keeps running through the handshake
    }
    m_phase = Phase::Greeting;
    beginStage(Stage::Greeting);
    sendCommand({}, Stage::Greeting, m_options.timeouts.command, [this](const Reply &r) { onGreeting(r); });
}

void SmtpSession::onEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    endStage(Stage::Tls, true, tlsDescription());
    m_transcript.note(tr("TLS established: %1").arg(tlsDescription()));
    if (m_options.security == Security::ImplicitTls) {
        m_phase = Phase::Greeting;
        beginStage(Stage::Greeting);
        sendCommand({}, Stage::Greeting, m_options.timeouts.command, [this](const Reply &r) { onGreeting(r); });
        return;
    }
    m_phase = Phase::Negotiating;
    sendEhlo();
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_socket->peerCertificate();
    const QByteArray fingerprint = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
    if (!m_options.pinnedSha256.isEmpty() && fingerprint == m_options.pinnedSha256) {
        m_transcript.note(tr("The certificate is not trusted by the system, but it is the exact certificate "
                             "approved for this account (SHA-256 %1).")
                              .arg(QString::fromLatin1(fingerprint.toHex(':').toUpper())));
        m_socket->ignoreSslErrors(errors);
        return;
    }
    SmtpError error = makeError(Stage::Tls, ErrorKind::CertificateRejected, {});
    error.tls = TlsFailure::fromSslErrors(errors, peer, m_options.host);
    error.message = tr("The server's certificate was not accepted (%1), so the connection was stopped before "
                       "anything private was sent.")
                        .arg(error.tls->details.join(u"; "));
    fail(std::move(error));
}

void SmtpSession::onSocketError()
{
    if (m_phase == Phase::Closed || m_phase == Phase::Quitting)
        return;
    const auto socketError = m_socket->error();
    if (m_phase == Phase::Connecting) {
        if (m_addressIndex + 1 < m_addresses.size()) {
            m_transcript.note(m_socket->errorString());
            ++m_addressIndex;
            m_socket->abort();
            connectToNextAddress();
            return;
        }
        endStage(Stage::Connect, false);
        const QString where = m_options.host + u':' + QString::number(m_options.port);
        if (socketError == QAbstractSocket::ConnectionRefusedError) {
            fail(makeError(Stage::Connect, ErrorKind::ConnectionRefused,
                           tr("%1 refused the connection: nothing is listening on that port, or a firewall "
                              "rejects it.")
                               .arg(where)));
        } else {
            SmtpError error = makeError(Stage::Connect, ErrorKind::NetworkUnreachable,
                                        tr("Could not reach %1: %2").arg(where, m_socket->errorString()));
            error.transient = true;
            fail(std::move(error));
        }
        return;
    }
    if (m_phase == Phase::Handshaking && socketError != QAbstractSocket::RemoteHostClosedError) {
        SmtpError error = makeError(Stage::Tls, ErrorKind::TlsHandshakeFailed,
                                    tr("The secure connection could not be set up: %1").arg(m_socket->errorString()));
        TlsFailure tls;
        tls.expectedHostName = m_options.host;
        tls.certificate = CertificateSummary::from(m_socket->peerCertificate());
        tls.details << m_socket->errorString();
        error.tls = tls;
        fail(std::move(error));
        return;
    }
    onDisconnected();
}

void SmtpSession::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::Quitting) {
        closeNow();
        return;
    }
    SmtpError error
        = makeError(currentStage(), ErrorKind::ConnectionLost, tr("The server closed the connection unexpectedly."));
    error.transient = true;
    if (m_phase == Phase::Handshaking)
        error.message = tr("The server closed the connection during the secure handshake; check that the port "
                           "and the security setting (SSL/TLS or STARTTLS) match.");
    if (m_tx && m_tx->endSent())
        error.message = tr("The connection was lost after the whole message was sent and before the server "
                           "confirmed it. It may or may not have been delivered.");
    fail(std::move(error));
}

void SmtpSession::onTimeout()
{
    const Stage stage = currentStage();
    std::chrono::milliseconds waited = m_options.timeouts.command;
    if (m_phase == Phase::Resolving || m_phase == Phase::Connecting || m_phase == Phase::Handshaking)
        waited = m_options.timeouts.connect;
    else if (m_tx && m_tx->isStreaming())
        waited = m_options.timeouts.dataBlock;
    else if (!m_pending.empty())
        waited = m_pending.front().timeout;
    SmtpError error = makeError(stage, ErrorKind::Timeout,
                                tr("No answer from %1:%2 for %3 seconds (while at the \"%4\" step).")
                                    .arg(m_options.host)
                                    .arg(m_options.port)
                                    .arg(seconds(waited), stageName(stage)));
    error.transient = true;
    if (m_phase == Phase::Connecting)
        error.message = tr("Could not connect to %1:%2 within %3 seconds. A firewall or the network provider may "
                           "be blocking this port; the other port (465 or 587) may work.")
                            .arg(m_options.host)
                            .arg(m_options.port)
                            .arg(seconds(waited));
    fail(std::move(error));
}

// ---- replies and commands --------------------------------------------------------------------------------------

void SmtpSession::onReadyRead()
{
    if (m_phase == Phase::Closed)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void SmtpSession::processBuffer()
{
    while (!m_buffer.isEmpty() && m_phase != Phase::Closed) {
        ReplyParseResult parsed = parseReply(m_buffer);
        if (parsed.status == ReplyParseResult::Status::Incomplete)
            return;
        if (parsed.status == ReplyParseResult::Status::Error) {
            m_transcript.note(parsed.error);
            fail(makeError(currentStage(), ErrorKind::ProtocolViolation,
                           tr("The server's reply could not be understood (%1).").arg(parsed.error)));
            return;
        }
        m_buffer.remove(0, parsed.consumed);
        const Reply &reply = parsed.reply;
        for (qsizetype i = 0; i < reply.lines.size(); ++i) {
            const QChar separator = i + 1 < reply.lines.size() ? u'-' : u' ';
            m_transcript.server(QString::number(reply.code) + separator + reply.lines[i]);
        }
        if (m_phase == Phase::Quitting)
            continue;
        if (m_pending.empty()) {
            if (reply.code == 421) {
                SmtpError error = replyError(currentStage(), reply);
                fail(std::move(error));
            } else {
                fail(makeError(currentStage(), ErrorKind::ProtocolViolation,
                               tr("The server sent a reply nobody asked for: %1").arg(reply.toString())));
            }
            return;
        }
        PendingReply pending = std::move(m_pending.front());
        m_pending.pop_front();
        rearmTimer();
        const bool wasLastAwaited = m_pending.empty();
        pending.handler(reply);
        // Bytes already received when the handler sent its command cannot be that command's reply: the server
        // spoke unasked (say, a second line after the greeting, before EHLO went out).
        if (wasLastAwaited && !m_pending.empty() && !m_buffer.isEmpty() && m_phase != Phase::Closed
            && m_phase != Phase::Quitting) {
            const QString words = recordUnsolicited(m_buffer, m_transcript);
            m_buffer.clear();
            fail(makeError(currentStage(), ErrorKind::ProtocolViolation,
                           tr("The server sent a line before it was asked anything, so its replies cannot be "
                              "matched to the commands: %1")
                               .arg(words)));
            return;
        }
    }
}

void SmtpSession::sendCommand(const Command &command, Stage stage, std::chrono::milliseconds timeout,
                              ReplyHandler handler)
{
    if (!command.wire.isEmpty()) {
        m_transcript.client(QString::fromUtf8(command.transcriptLine));
        write(command.wire);
    }
    m_pending.push_back({stage, timeout, std::move(handler)});
    if (m_pending.size() == 1)
        rearmTimer();
}

void SmtpSession::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SmtpSession::rearmTimer()
{
    if (m_tx && m_tx->isStreaming())
        m_timer->start(m_options.timeouts.dataBlock);
    else if (!m_pending.empty())
        m_timer->start(m_pending.front().timeout);
    else if (m_phase != Phase::Handshaking && m_phase != Phase::Connecting && m_phase != Phase::Resolving)
        m_timer->stop();
}

void SmtpSession::onGreeting(const Reply &reply)
{
    if (!reply.isPositive()) {
        endStage(Stage::Greeting, false, reply.toString());
        fail(replyError(Stage::Greeting, reply));
        return;
    }
    endStage(Stage::Greeting, true, reply.text());
    m_caps.serverName = reply.lines.value(0).section(u' ', 0, 0);
    m_phase = Phase::Negotiating;
    sendEhlo();
}

QByteArray SmtpSession::clientName() const
{
    if (!m_options.clientName.isEmpty())
        return m_options.clientName.toUtf8();
    const QString machine = QSysInfo::machineHostName();
    static const QRegularExpression fqdn(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    if (fqdn.match(machine).hasMatch())
        return machine.toLatin1();
    const QHostAddress local = m_socket->localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

void SmtpSession::sendEhlo()
{
    const QByteArray name = clientName();
    if (hasLineBreakOrNul(name)) {
        fail(makeError(Stage::Ehlo, ErrorKind::InvalidArgument, tr("The client name contains a line break.")));
        return;
    }
    beginStage(Stage::Ehlo);
    sendCommand(commands::ehlo(name), Stage::Ehlo, m_options.timeouts.command,
                [this](const Reply &r) { onEhloReply(r); });
}

void SmtpSession::onEhloReply(const Reply &reply)
{
    if (reply.isPositive() && reply.code != 250) {
        // Only 250 answers EHLO (RFC 5321 4.3.2): a 220, say, is a second greeting or a confused server.
        endStage(Stage::Ehlo, false, reply.toString());
        fail(makeError(Stage::Ehlo, ErrorKind::ProtocolViolation,
                       tr("The server answered EHLO with %1 instead of 250, so it cannot be trusted to follow the "
                          "protocol.")
                           .arg(reply.toString())));
        return;
    }
    if (reply.isPositive()) {
        m_caps = Capabilities::fromEhloReply(reply);
        endStage(Stage::Ehlo, true, describeCapabilities(m_caps));
        afterEhlo();
        return;
    }
    if (reply.isPermanentFailure()) {
        m_transcript.note(tr("The server does not take EHLO; trying HELO (no extensions)."));
        sendCommand(commands::helo(clientName()), Stage::Ehlo, m_options.timeouts.command,
                    [this](const Reply &r) { onHeloReply(r); });
        return;
    }
    endStage(Stage::Ehlo, false, reply.toString());
    fail(replyError(Stage::Ehlo, reply));
}

void SmtpSession::onHeloReply(const Reply &reply)
{
    if (reply.isPositive() && reply.code != 250) {
        endStage(Stage::Ehlo, false, reply.toString());
        fail(makeError(Stage::Ehlo, ErrorKind::ProtocolViolation,
                       tr("The server answered HELO with %1 instead of 250, so it cannot be trusted to follow the "
                          "protocol.")
                           .arg(reply.toString())));
        return;
    }
    if (!reply.isPositive()) {
        endStage(Stage::Ehlo, false, reply.toString());
        fail(replyError(Stage::Ehlo, reply));
        return;
    }
    m_caps = Capabilities::fromHeloReply(reply);
    endStage(Stage::Ehlo, true, QStringLiteral("HELO"));
    afterEhlo();
}

void SmtpSession::afterEhlo()
{
    if (m_options.security == Security::StartTls && !m_socket->isEncrypted()) {
        if (!m_caps.startTls) {
            // Nothing else is sent: not even QUIT, since the server may be an impostor in the middle.
            fail(makeError(Stage::StartTls, ErrorKind::StartTlsNotOffered,
                           tr("%1 did not offer STARTTLS, so the connection cannot be secured. Nothing was sent. "
                              "Try SSL/TLS on port 465, or check that the port is right.")
                               .arg(m_options.host)));
            return;
        }
        beginStage(Stage::StartTls);
        sendCommand(commands::startTls(), Stage::StartTls, m_options.timeouts.command,
                    [this](const Reply &r) { onStartTlsReply(r); });
        return;
    }
    if (!m_credentials.isEmpty())
        startAuth();
    else
        becomeReady();
}

void SmtpSession::onStartTlsReply(const Reply &reply)
{
    if (reply.code != 220) {
        endStage(Stage::StartTls, false, reply.toString());
        fail(replyError(Stage::StartTls, reply));
        return;
    }
    endStage(Stage::StartTls, true);
    // Anything that came with or after the 220 was sent before TLS and could be an attacker's; drop it, and forget
    // what EHLO said before TLS (RFC 3207 4.2).
    const qint64 dropped = m_buffer.size() + m_socket->bytesAvailable();
    m_buffer.clear();
    m_socket->readAll();
    if (dropped > 0)
        m_transcript.note(tr("Ignored %1 bytes the server sent before the secure connection began.").arg(dropped));
    m_caps = Capabilities();
    m_phase = Phase::Handshaking;
    beginStage(Stage::Tls);
    m_timer->start(m_options.timeouts.connect);
    m_socket->setPeerVerifyName(m_options.host);
    m_socket->startClientEncryption();
}

void SmtpSession::startAuth()
{
    const bool token = m_credentials.kind == CredentialKind::BearerToken;
    if (!m_socket->isEncrypted()) {
        fail(makeError(Stage::Auth, ErrorKind::PlaintextRefused,
                       token ? tr("A sign-in token is never sent over an unencrypted connection.")
                             : tr("A password is never sent over an unencrypted connection.")));
        return;
    }
    if (token && (!isUsableBearerToken(m_credentials.secret) || !isUsableOAuthUsername(m_credentials.username))) {
        system::wipeSecret(m_credentials.secret);
        fail(makeError(Stage::Auth, ErrorKind::InvalidArgument,
                       tr("The sign-in token or the username has characters that cannot be sent, so nothing was "
                          "sent; sign in again.")));
        return;
    }
    if (m_caps.authMechanisms.isEmpty()) {
        fail(makeError(Stage::Auth, ErrorKind::NoAuthOffered,
                       tr("%1 does not offer sign-in (AUTH) on this port. Check the port, or whether this server "
                          "needs a password at all.")
                           .arg(m_options.host)));
        return;
    }
    m_sasl = chooseSaslMechanism(m_caps.authMechanisms, m_credentials, m_options.host, m_options.port);
    if (!m_sasl) {
        const QString offered = m_caps.authMechanisms.join(u", ");
        const QString supported = supportedSaslMechanisms(m_credentials.kind).join(u", ");
        fail(makeError(Stage::Auth, ErrorKind::NoSupportedAuthMechanism,
                       token ? tr("%1 offers no sign-in with a token (%2), only %3: use a password or an app "
                                  "password for this server.")
                                   .arg(m_options.host, supported, offered)
                             : tr("%1 offers sign-in methods Remitente does not use with a password (%2); it "
                                  "supports %3.")
                                   .arg(m_options.host, offered, supported)));
        return;
    }
    beginStage(Stage::Auth);
    std::optional<QByteArray> initial = m_sasl->initialResponse();
    // RFC 4954 section 4: an AUTH command longer than SMTP's 512 octets goes without its initial response, which
    // then answers the server's empty 334. OAuth2 tokens run to kilobytes, and a stock Postfix cuts command lines
    // at 2048 octets (its limit for a response line is 12288).
    constexpr qsizetype MaxCommandLine = 512;
    if (initial && 5 + m_sasl->name().size() + 1 + (initial->size() + 2) / 3 * 4 + 2 > MaxCommandLine) {
        m_deferredInitialResponse = *initial;
        system::wipeSecret(*initial);
        initial.reset();
    }
    Command command = commands::auth(m_sasl->name(), initial ? &*initial : nullptr);
    sendCommand(command, Stage::Auth, m_options.timeouts.command, [this](const Reply &r) { onAuthReply(r); });
    // The socket has its own copy now: the ones holding the password or token in clear or in base64 go.
    system::wipeSecret(command.wire);
    if (initial)
        system::wipeSecret(*initial);
}

void SmtpSession::onAuthReply(const Reply &reply)
{
    if (reply.isPositive()) {
        endStage(Stage::Auth, true, QString::fromLatin1(m_sasl->name()));
        m_sasl.reset();
        system::wipeSecret(m_credentials.secret); // signed in: a session signs in once
        becomeReady();
        return;
    }
    if (reply.code == 334 && m_sasl) {
        const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).toLatin1());
        const bool hadOAuthChallenge = m_oauthChallenge.has_value();
        std::optional<QByteArray> response;
        if (!m_deferredInitialResponse.isEmpty()) {
            response = std::exchange(m_deferredInitialResponse, {});
        } else {
            response = m_sasl->respond(challenge);
        }
        m_oauthChallenge = m_sasl->oauthChallenge();
        if (m_oauthChallenge && !hadOAuthChallenge)
            m_transcript.note(tr("The server refused the sign-in token and explained: %1").arg(m_oauthChallenge->text));
        if (response) {
            Command command = commands::authResponse(*response);
            sendCommand(command, Stage::Auth, m_options.timeouts.command, [this](const Reply &r) { onAuthReply(r); });
            system::wipeSecret(command.wire);
            system::wipeSecret(*response);
        } else {
            m_sasl.reset(); // a further 334 after "*" is a protocol error, reported below
            sendCommand(commands::authCancel(), Stage::Auth, m_options.timeouts.command,
                        [this](const Reply &r) { onAuthReply(r); });
        }
        return;
    }
    endStage(Stage::Auth, false, reply.toString());
    SmtpError error = replyError(Stage::Auth, reply);
    error.oauth = m_oauthChallenge;
    if (error.oauth && !error.oauth->status.isEmpty())
        error.message
            = tr("The server refused the sign-in token (status %1): %2").arg(error.oauth->status, reply.toString());
    else if (error.oauth)
        error.message = tr("The server refused the sign-in token: %1").arg(reply.toString());
    m_sasl.reset();
    system::wipeSecret(m_credentials.secret);
    system::wipeSecret(m_deferredInitialResponse);
    fail(std::move(error));
}

void SmtpSession::becomeReady()
{
    m_phase = Phase::Ready;
    if (!m_readyEmitted) {
        m_readyEmitted = true;
        Q_EMIT ready();
    }
    runNextJob();
}

void SmtpSession::runNextJob()
{
    if (m_phase != Phase::Ready)
        return;
    if (m_headLines < 0)
        m_headLines = m_transcript.lines().size();
    if (!m_jobs.empty()) {
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        startTransaction(std::move(job));
    } else if (m_quitRequested) {
        sendQuit();
    }
}

void SmtpSession::startTransaction(Job job)
{
    TransactionChannel &channel = *this;
    auto tx = std::make_unique<MailTransaction>(channel, std::move(job), m_caps, m_options);
    if (const std::optional<SmtpError> refusal = tx->refusal()) {
        TransactionResult result = tx->abandon(*refusal);
        result.transcriptTo = m_transcript.lines().size();
        Q_EMIT transactionFinished(result);
        QTimer::singleShot(0, this, &SmtpSession::runNextJob);
        return;
    }
    m_phase = Phase::Transaction;
    m_tx = std::move(tx);
    m_tx->start();
}

void SmtpSession::reportNotSent(const Job &job, SmtpError error)
{
    TransactionResult result = MailTransaction::notSent(job, std::move(error));
    result.transcriptFrom = result.transcriptTo = m_transcript.lines().size();
    Q_EMIT transactionFinished(result);
}

qint64 SmtpSession::bytesWaitingToBeWritten() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

bool SmtpSession::contentMayStart(JobId job)
{
    if (!m_contentGate || m_contentGate(job))
        return true;
    fail(makeError(Stage::Data, ErrorKind::LocalFailure,
                   tr("The message was stopped before its content went out: this computer could not record "
                      "that it was being sent.")));
    return false;
}

void SmtpSession::transactionDone(TransactionResult result, bool needsReset)
{
    m_endedTx = std::move(m_tx);
    result.transcriptTo = m_transcript.lines().size();
    Q_EMIT transactionFinished(result);
    if (m_phase == Phase::Closed)
        return;
    if (!needsReset) {
        m_phase = Phase::Ready;
        runNextJob();
        return;
    }
    // A verify, or a failed transaction: RSET so the next one starts clean (the reply does not matter).
    beginStage(Stage::Reset);
    sendCommand(commands::rset(), Stage::Reset, m_options.timeouts.command, [this](const Reply &r) {
        endStage(Stage::Reset, r.isPositive());
        m_phase = Phase::Ready;
        runNextJob();
    });
}

void SmtpSession::sendQuit()
{
    m_phase = Phase::Quitting;
    beginStage(Stage::Quit);
    const Command quit = commands::quit();
    m_transcript.client(QString::fromUtf8(quit.transcriptLine));
    write(quit.wire);
    endStage(Stage::Quit, true);
    // The reply to QUIT changes nothing, so it is not awaited: close once the bytes are out.
    m_timer->start(5s);
    m_socket->disconnectFromHost();
}

// ---- failure and closing ---------------------------------------------------------------------------------------

void SmtpSession::fail(SmtpError error)
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::Quitting) { // the jobs are done; a late problem is not the person's
        closeNow();
        return;
    }
    m_transcript.note(error.message);
    m_error = error;
    for (auto &[stage, clock] : m_stageClocks) {
        if (clock.isValid())
            endStage(stage, false, stage == error.stage ? error.message : QString());
    }
    if (m_tx) {
        m_endedTx = std::move(m_tx);
        TransactionResult result = m_endedTx->abandon(error);
        result.transcriptTo = m_transcript.lines().size();
        Q_EMIT transactionFinished(result);
    }
    while (!m_jobs.empty()) {
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        reportNotSent(job, error);
    }
    closeNow();
}

void SmtpSession::closeNow()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer->stop();
    m_pending.clear();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_socket->abort();
    Q_EMIT finished();
}

Stage SmtpSession::currentStage() const
{
    if (!m_pending.empty())
        return m_pending.front().stage;
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Resolving:
        return Stage::Resolve;
    case Phase::Connecting:
        return Stage::Connect;
    case Phase::Handshaking:
        return Stage::Tls;
    case Phase::Greeting:
        return Stage::Greeting;
    case Phase::Negotiating:
        return Stage::Ehlo;
    case Phase::Ready:
    case Phase::Transaction:
        return m_tx && m_tx->isStreaming() ? Stage::Data : Stage::Mail;
    case Phase::Quitting:
    case Phase::Closed:
        return Stage::Quit;
    }
    return Stage::Connect;
}

void SmtpSession::beginStage(Stage stage)
{
    m_stageClocks[stage].start();
    Q_EMIT stageStarted(stage);
}

void SmtpSession::endStage(Stage stage, bool ok, const QString &detail)
{
    auto it = m_stageClocks.find(stage);
    const qint64 elapsed = it != m_stageClocks.end() && it->second.isValid() ? it->second.elapsed() : 0;
    if (it != m_stageClocks.end())
        it->second.invalidate();
    Q_EMIT stageFinished(stage, ok, elapsed, detail);
}

SmtpError SmtpSession::makeError(Stage stage, ErrorKind kind, const QString &message) const
{
    SmtpError error;
    error.stage = stage;
    error.kind = kind;
    error.message = message;
    error.credentials = m_credentialKind;
    return error;
}

SmtpError SmtpSession::replyError(Stage stage, const Reply &reply) const
{
    SmtpError error = makeError(stage, ErrorKind::ServerRejected, tr("The server answered: %1").arg(reply.toString()));
    error.reply = reply;
    error.transient = reply.isTransientFailure();
    return error;
}

} // namespace remitente::smtp
