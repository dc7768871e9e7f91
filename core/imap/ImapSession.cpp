#include "ImapSession.h"

#include "ImapResponseParser.h"

#include "system/SecretWipe.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace remitente::imap {

using namespace std::chrono_literals;

namespace {

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(duration.count() / 1000.0, 'g', 3);
}

bool codeHas(const ImapResponse &response, const char *code)
{
    return !response.code.isEmpty() && response.code.first().compare(QByteArrayView(code), Qt::CaseInsensitive) == 0;
}

QString serverWords(const ImapResponse &response)
{
    QString words = QString::fromUtf8(response.text.left(300)).trimmed();
    if (!response.code.isEmpty())
        words = u'[' + QString::fromUtf8(response.code.join(' ').left(100)) + QStringLiteral("] ") + words;
    return words;
}

} // namespace

ImapSession::ImapSession(ImapSessionOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_socket(new QSslSocket(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ImapSession::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, &ImapSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapSession::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &ImapSession::onDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapSession::onReadyRead);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_options.extraCaCertificates);
    m_socket->setSslConfiguration(tls);
}

ImapSession::~ImapSession()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    system::wipeSecret(m_credentials.secret);
    system::wipeSecret(m_pendingInitialResponse);
}

void ImapSession::setCredentials(const smtp::Credentials &credentials)
{
    m_credentials = credentials;
}

QSslCertificate ImapSession::peerCertificate() const
{
    return m_socket->peerCertificate();
}

void ImapSession::open()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Resolving;
    QTimer::singleShot(0, this, &ImapSession::start);
}

// ---- requests ----------------------------------------------------------------------------------------------------

void ImapSession::listMailboxes(std::function<void(const QList<ImapMailbox> &)> done)
{
    auto mailboxes = std::make_shared<QList<ImapMailbox>>();
    Request request;
    request.command = commands::list(m_caps.has("LIST-EXTENDED") && m_caps.has("SPECIAL-USE"));
    request.untagged = [mailboxes](const ImapResponse &response) {
        if (auto mailbox = mailboxFromList(response); mailbox && mailboxes->size() < 5000)
            mailboxes->append(std::move(*mailbox));
    };
    request.done = [mailboxes, done = std::move(done)](const ImapResponse &) { done(*mailboxes); };
    enqueue(std::move(request));
}

void ImapSession::examine(const QByteArray &mailboxWireName, std::function<void(const ImapMailboxStatus &)> done)
{
    const std::optional<ImapCommand> command = commands::examine(mailboxWireName);
    if (!command) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    auto status = std::make_shared<ImapMailboxStatus>();
    Request request;
    request.command = *command;
    request.untagged = [status](const ImapResponse &response) {
        if (response.values.size() >= 2 && response.values[1].isAtom("EXISTS"))
            status->exists = response.values[0].text.toUInt();
        if (response.isOk() && codeHas(response, "UIDVALIDITY") && response.code.size() >= 2)
            status->uidValidity = response.code[1].toUInt();
    };
    request.done = [status, done = std::move(done)](const ImapResponse &tagged) {
        status->ok = tagged.isOk();
        status->text = serverWords(tagged);
        done(*status);
    };
    enqueue(std::move(request));
}

void ImapSession::searchMessageId(const QByteArray &messageId,
                                  std::function<void(bool ok, const QList<quint32> &uids)> done)
{
    const std::optional<ImapCommand> command = commands::uidSearchMessageId(messageId);
    if (!command) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(false, {}); });
        return;
    }
    auto uids = std::make_shared<QList<quint32>>();
    Request request;
    request.command = *command;
    request.untagged = [uids](const ImapResponse &response) {
        if (response.values.isEmpty() || !response.values[0].isAtom("SEARCH"))
            return;
        for (qsizetype i = 1; i < response.values.size(); ++i) {
            bool ok = false;
            const quint32 uid = response.values[i].text.toUInt(&ok);
            if (ok && uid > 0)
                uids->append(uid);
        }
    };
    request.done = [uids, done = std::move(done)](const ImapResponse &tagged) { done(tagged.isOk(), *uids); };
    enqueue(std::move(request));
}

void ImapSession::fetchHeader(quint32 uid, std::function<void(const ImapFetchedHeader &)> done)
{
    auto fetched = std::make_shared<ImapFetchedHeader>();
    Request request;
    request.command = commands::uidFetchHeader(uid);
    request.untagged = [fetched, uid](const ImapResponse &response) {
        // * 4 FETCH (UID 9 FLAGS (\Seen) BODY[HEADER] {342}...)
        if (response.values.size() < 3 || !response.values[1].isAtom("FETCH") || !response.values[2].isList())
            return;
        const QList<ImapValue> &items = response.values[2].list;
        ImapFetchedHeader found;
        for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
            const ImapValue &key = items[i];
            const ImapValue &value = items[i + 1];
            if (key.isAtom("UID"))
                found.uid = value.text.toUInt();
            else if (key.isAtom("FLAGS") && value.isList()) {
                for (const ImapValue &flag : value.list)
                    found.flags.append(flag.text);
            } else if (key.kind == ImapValue::Kind::Atom && key.text.toUpper().startsWith("BODY[HEADER"))
                found.header = value.text;
        }
        if (found.uid == uid) {
            found.ok = true;
            *fetched = std::move(found);
        }
    };
    request.done = [fetched, done = std::move(done)](const ImapResponse &tagged) {
        if (!tagged.isOk())
            fetched->ok = false;
        done(*fetched);
    };
    enqueue(std::move(request));
}

void ImapSession::idle(std::chrono::milliseconds maxWait, std::function<void(bool newMessages)> done)
{
    auto arrived = std::make_shared<bool>(false);
    Request request;
    request.command = commands::idle();
    request.timeout = maxWait + m_options.timeouts.command;
    request.continuation = [this, maxWait, arrived](const ImapResponse &) {
        m_idling = true;
        m_usedIdle = true;
        m_timer->start(maxWait);
        if (*arrived)
            stopIdle();
    };
    request.untagged = [this, arrived](const ImapResponse &response) {
        if (response.values.size() >= 2
            && (response.values[1].isAtom("EXISTS") || response.values[1].isAtom("RECENT"))) {
            *arrived = true;
            stopIdle(); // nothing yet when the server has not said "+ idling": the continuation does it
        }
    };
    request.done = [this, arrived, done = std::move(done)](const ImapResponse &) {
        m_idling = false;
        m_doneSent = false;
        done(*arrived);
    };
    enqueue(std::move(request));
}

void ImapSession::stopIdle()
{
    if (!m_idling || m_doneSent || m_phase == Phase::Closed)
        return;
    m_doneSent = true;
    writeLine("DONE", "DONE");
    m_timer->start(m_options.timeouts.command);
}

void ImapSession::logout()
{
    m_logoutRequested = true;
    if (m_phase == Phase::Ready)
        QTimer::singleShot(0, this, &ImapSession::runNext);
}

void ImapSession::cancel()
{
    if (m_phase == Phase::Closed)
        return;
    fail(makeError(ImapErrorKind::Cancelled, tr("Cancelled.")));
}

// ---- connecting ------------------------------------------------------------------------------------------------

void ImapSession::start()
{
    if (m_phase != Phase::Resolving)
        return;
    const QString &host = m_options.server.host;
    if (host.isEmpty() || host.contains(u'\r') || host.contains(u'\n') || host.contains(QChar(0))) {
        fail(makeError(ImapErrorKind::InvalidArgument, tr("No valid IMAP server name was given.")));
        return;
    }
    if (m_credentials.username.isEmpty() || m_credentials.secret.isEmpty()) {
        fail(makeError(ImapErrorKind::InvalidArgument,
                       tr("No user name and password (or sign-in) was given for the mailbox.")));
        return;
    }
    m_timer->start(m_options.timeouts.connect);
    const QHostAddress literal(host);
    if (!literal.isNull() || !m_options.addresses.isEmpty()) {
        m_addresses = literal.isNull() ? m_options.addresses : QList<QHostAddress>{literal};
        connectToNextAddress();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, &ImapSession::onLookedUp);
}

void ImapSession::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_phase != Phase::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(makeError(ImapErrorKind::HostNotFound,
                       tr("The mail server name %1 could not be found (%2). Check the spelling, and that this "
                          "computer is online.")
                           .arg(m_options.server.host, info.errorString())));
        return;
    }
    m_addresses = info.addresses();
    connectToNextAddress();
}

void ImapSession::connectToNextAddress()
{
    m_phase = Phase::Connecting;
    const QString address = m_addresses.at(m_addressIndex).toString();
    m_transcript.note(
        tr("Connecting to %1 (%2) port %3").arg(m_options.server.host, address).arg(m_options.server.port));
    if (m_options.server.security == ImapSecurity::Tls)
        m_socket->connectToHostEncrypted(address, m_options.server.port, m_options.server.host);
    else
        m_socket->connectToHost(address, m_options.server.port);
}

void ImapSession::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_options.server.security == ImapSecurity::Tls) {
        m_phase = Phase::Handshaking; // the connect timeout keeps running through the handshake
        return;
    }
    m_phase = Phase::Negotiating;
    m_timer->start(m_options.timeouts.command);
}

void ImapSession::onEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    const QSslCipher cipher = m_socket->sessionCipher();
    m_transcript.note(tr("TLS established: %1").arg(cipher.protocolString() + QStringLiteral(", ") + cipher.name()));
    m_phase = Phase::Negotiating;
    if (!m_greeted) { // implicit TLS: the greeting comes now
        m_timer->start(m_options.timeouts.command);
        return;
    }
    requestCapabilities([this] { afterCapabilities(); });
}

void ImapSession::onSslErrors(const QList<QSslError> &errors)
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
    ImapError error = makeError(ImapErrorKind::CertificateRejected, {});
    error.tls = smtp::TlsFailure::fromSslErrors(errors, peer, m_options.server.host);
    error.message = tr("The mail server's certificate was not accepted (%1), so the connection was stopped before "
                       "anything private was sent.")
                        .arg(error.tls->details.join(u"; "));
    fail(std::move(error));
}

void ImapSession::onSocketError()
{
    if (m_phase == Phase::Closed || m_phase == Phase::LoggingOut)
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
        const QString where = m_options.server.host + u':' + QString::number(m_options.server.port);
        if (socketError == QAbstractSocket::ConnectionRefusedError) {
            fail(makeError(ImapErrorKind::ConnectionRefused,
                           tr("%1 refused the connection: nothing is listening on that port, or a firewall "
                              "rejects it.")
                               .arg(where)));
        } else {
            ImapError error = makeError(ImapErrorKind::NetworkUnreachable,
                                        tr("Could not reach %1: %2").arg(where, m_socket->errorString()));
            error.transient = true;
            fail(std::move(error));
        }
        return;
    }
    if (m_phase == Phase::Handshaking && socketError != QAbstractSocket::RemoteHostClosedError) {
        ImapError error = makeError(ImapErrorKind::TlsHandshakeFailed,
                                    tr("The secure connection could not be set up: %1").arg(m_socket->errorString()));
        smtp::TlsFailure tls;
        tls.expectedHostName = m_options.server.host;
        tls.certificate = smtp::CertificateSummary::from(m_socket->peerCertificate());
        tls.details << m_socket->errorString();
        error.tls = tls;
        fail(std::move(error));
        return;
    }
    onDisconnected();
}

void ImapSession::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::LoggingOut) {
        closeNow();
        return;
    }
    ImapError error
        = makeError(ImapErrorKind::ConnectionLost, tr("The mail server closed the connection unexpectedly."));
    error.transient = true;
    if (m_phase == Phase::Handshaking)
        error.message = tr("The mail server closed the connection during the secure handshake; check that the port "
                           "and the security setting (SSL/TLS or STARTTLS) match.");
    else if (!m_byeText.isEmpty())
        error.message = tr("The mail server ended the connection: %1").arg(m_byeText);
    error.serverText = m_byeText;
    fail(std::move(error));
}

void ImapSession::onTimeout()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_idling && !m_doneSent) { // the caller's wait is over: end IDLE, the server answers with its tagged OK
        stopIdle();
        return;
    }
    if (m_phase == Phase::LoggingOut) {
        closeNow();
        return;
    }
    const bool connecting
        = m_phase == Phase::Resolving || m_phase == Phase::Connecting || m_phase == Phase::Handshaking;
    const auto waited = connecting ? m_options.timeouts.connect : m_options.timeouts.command;
    ImapError error = makeError(ImapErrorKind::Timeout,
                                tr("No answer from the mail server %1:%2 for %3 seconds.")
                                    .arg(m_options.server.host)
                                    .arg(m_options.server.port)
                                    .arg(seconds(waited)));
    if (m_phase == Phase::Connecting)
        error.message = tr("Could not connect to the mail server %1:%2 within %3 seconds. A firewall or the network "
                           "may be blocking this port.")
                            .arg(m_options.server.host)
                            .arg(m_options.server.port)
                            .arg(seconds(waited));
    error.transient = true;
    fail(std::move(error));
}

// ---- responses -------------------------------------------------------------------------------------------------

void ImapSession::onReadyRead()
{
    if (m_phase == Phase::Closed)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void ImapSession::processBuffer()
{
    while (!m_buffer.isEmpty() && m_phase != Phase::Closed) {
        ImapParseResult parsed = parseImapResponse(m_buffer);
        if (parsed.status == ImapParseResult::Status::Incomplete)
            return;
        if (parsed.status == ImapParseResult::Status::Error) {
            m_transcript.note(parsed.error);
            fail(makeError(ImapErrorKind::ProtocolViolation,
                           tr("The mail server's answer could not be understood (%1).").arg(parsed.error)));
            return;
        }
        m_buffer.remove(0, parsed.consumed);
        m_transcript.server(QString::fromUtf8(parsed.response.summary));
        handle(parsed.response);
    }
}

void ImapSession::handle(const ImapResponse &response)
{
    if (m_phase == Phase::Handshaking)
        return; // nothing may come before the TLS handshake ends (STARTTLS: the buffer was dropped)
    noteCapabilities(response);
    if (!m_greeted) {
        onGreeting(response);
        return;
    }
    if (m_phase == Phase::LoggingOut) {
        if (response.kind == ImapResponse::Kind::Tagged)
            closeNow();
        return;
    }
    if (response.kind == ImapResponse::Kind::Untagged) {
        if (response.status == "BYE" && m_phase != Phase::LoggingOut && !m_current) {
            ImapError error = makeError(ImapErrorKind::ConnectionLost,
                                        tr("The mail server ended the connection: %1").arg(serverWords(response)));
            error.serverText = serverWords(response);
            error.transient = true;
            fail(std::move(error));
            return;
        }
        if (response.status == "BYE")
            m_byeText = serverWords(response); // the server is about to close: its reason goes into the error
        if (m_current && m_current->untagged)
            m_current->untagged(response);
        return; // unsolicited (EXISTS, FLAGS, ...) while nothing runs: allowed, nothing to do
    }
    if (!m_current) {
        fail(makeError(ImapErrorKind::ProtocolViolation,
                       tr("The mail server sent an answer nobody asked for: %1")
                           .arg(QString::fromUtf8(response.summary.left(200)))));
        return;
    }
    if (response.kind == ImapResponse::Kind::Continuation) {
        if (!m_current->continuation) {
            fail(makeError(ImapErrorKind::ProtocolViolation,
                           tr("The mail server asked for more where nothing more was to come.")));
            return;
        }
        m_timer->start(m_current->timeout.count() > 0 ? m_current->timeout : m_options.timeouts.command);
        m_current->continuation(response);
        return;
    }
    if (response.tag != m_currentTag) {
        fail(makeError(ImapErrorKind::ProtocolViolation,
                       tr("The mail server answered a command that was never sent (tag %1).")
                           .arg(QString::fromLatin1(response.tag.left(40)))));
        return;
    }
    Request finished = std::move(*m_current);
    m_current.reset();
    m_timer->stop();
    if (finished.done)
        finished.done(response);
    if (m_phase == Phase::Busy) {
        m_phase = Phase::Ready;
        runNext();
    }
}

void ImapSession::noteCapabilities(const ImapResponse &response)
{
    if (response.isStatus() && codeHas(response, "CAPABILITY"))
        m_caps = ImapCapabilities::fromAtoms(response.code.mid(1));
    else if (!response.values.isEmpty() && response.values[0].isAtom("CAPABILITY")) {
        QList<QByteArray> atoms;
        for (qsizetype i = 1; i < response.values.size(); ++i)
            atoms << response.values[i].text;
        m_caps = ImapCapabilities::fromAtoms(atoms);
    }
}

void ImapSession::onGreeting(const ImapResponse &response)
{
    m_greeted = true;
    if (response.kind != ImapResponse::Kind::Untagged || (response.status != "OK" && response.status != "PREAUTH")) {
        ImapError error
            = makeError(response.status == "BYE" ? ImapErrorKind::ServerUnavailable : ImapErrorKind::ProtocolViolation,
                        tr("The mail server did not greet as an IMAP server does: %1")
                            .arg(QString::fromUtf8(response.summary.left(200))));
        error.serverText = serverWords(response);
        error.transient = response.status == "BYE";
        fail(std::move(error));
        return;
    }
    if (response.status == "PREAUTH") {
        // Signed in before anything was said: never what a provider does, and over plain text a sign of tampering.
        fail(makeError(ImapErrorKind::ProtocolViolation,
                       tr("The mail server claims the connection is already signed in, which it cannot be.")));
        return;
    }
    m_timer->stop();
    if (m_caps.isEmpty())
        requestCapabilities([this] { afterCapabilities(); });
    else
        afterCapabilities();
}

void ImapSession::requestCapabilities(std::function<void()> then)
{
    Request request;
    request.command = commands::capability();
    request.done = [this, then = std::move(then)](const ImapResponse &tagged) {
        if (!tagged.isOk() || m_caps.isEmpty()) {
            fail(makeError(ImapErrorKind::ProtocolViolation,
                           tr("The mail server did not say what it supports (CAPABILITY).")));
            return;
        }
        then();
    };
    send(std::move(request));
}

void ImapSession::afterCapabilities()
{
    m_transcript.note(tr("Capabilities: %1").arg(m_caps.toString().left(500)));
    if (m_options.server.security == ImapSecurity::StartTls && !m_socket->isEncrypted()) {
        if (!m_caps.has("STARTTLS")) {
            fail(makeError(ImapErrorKind::StartTlsNotOffered,
                           tr("%1 did not offer STARTTLS, so the connection cannot be secured. Nothing was sent. "
                              "Try SSL/TLS on port 993.")
                               .arg(m_options.server.host)));
            return;
        }
        Request request;
        request.command = commands::startTls();
        request.done = [this](const ImapResponse &tagged) {
            if (!tagged.isOk()) {
                fail(makeError(ImapErrorKind::ServerRejected,
                               tr("The mail server refused STARTTLS: %1").arg(serverWords(tagged))));
                return;
            }
            // Whatever came with the OK was sent before TLS and could be an attacker's; capabilities too.
            m_buffer.clear();
            m_socket->readAll();
            m_caps = {};
            m_phase = Phase::Handshaking;
            m_timer->start(m_options.timeouts.connect);
            m_socket->setPeerVerifyName(m_options.server.host);
            m_socket->startClientEncryption();
        };
        send(std::move(request));
        return;
    }
    if (!m_socket->isEncrypted()) {
        fail(makeError(ImapErrorKind::PlaintextRefused,
                       tr("A password or sign-in is never sent over an unencrypted connection.")));
        return;
    }
    if (m_caps.has("ID")) {
        Request request;
        request.command = commands::id(QStringLiteral("Remitente"), QCoreApplication::applicationVersion());
        request.done = [this](const ImapResponse &) { startAuth(); }; // its answer changes nothing
        send(std::move(request));
        return;
    }
    startAuth();
}

void ImapSession::startAuth()
{
    const bool token = m_credentials.kind == smtp::CredentialKind::BearerToken;
    QStringList offered = m_caps.authMechanisms();
    if (!m_options.allowedMechanisms.isEmpty()) {
        offered.removeIf([this](const QString &mechanism) {
            return !m_options.allowedMechanisms.contains(mechanism, Qt::CaseInsensitive);
        });
    }
    m_sasl = smtp::chooseSaslMechanism(offered, m_credentials, m_options.server.host, m_options.server.port);
    if (!m_sasl) {
        const bool loginAllowed = m_options.allowedMechanisms.isEmpty()
            || m_options.allowedMechanisms.contains(QStringLiteral("LOGIN"), Qt::CaseInsensitive);
        if (!token && loginAllowed && !m_caps.has("LOGINDISABLED")) {
            const std::optional<ImapCommand> login
                = commands::login(m_credentials.username, m_credentials.secret, m_caps.has("LITERAL+"));
            if (login) {
                m_authMechanism = QStringLiteral("LOGIN");
                Request request;
                request.command = *login;
                request.done = [this](const ImapResponse &tagged) { onAuthDone(tagged); };
                send(std::move(request));
                return;
            }
        }
        const QString supported = smtp::supportedSaslMechanisms(m_credentials.kind).join(u", ");
        fail(makeError(ImapErrorKind::NoSupportedAuthMechanism,
                       token ? tr("%1 offers no sign-in with a token for reading mail (it offers %2; Remitente uses "
                                  "%3).")
                                   .arg(m_options.server.host, offered.join(u", "), supported)
                             : tr("%1 offers no sign-in method Remitente can use with a password for reading mail "
                                  "(it offers %2).")
                                   .arg(m_options.server.host, offered.join(u", "))));
        return;
    }
    m_authMechanism = QString::fromLatin1(m_sasl->name());
    std::optional<QByteArray> initial = m_sasl->initialResponse();
    const bool saslIr = m_caps.has("SASL-IR");
    if (initial && !saslIr) {
        m_pendingInitialResponse = *initial;
        m_initialResponsePending = true;
        system::wipeSecret(*initial);
        initial.reset();
    }
    Request request;
    request.command = commands::authenticate(m_sasl->name(), initial ? &*initial : nullptr);
    request.continuation = [this](const ImapResponse &response) { onAuthContinuation(response); };
    request.done = [this](const ImapResponse &tagged) { onAuthDone(tagged); };
    send(std::move(request));
    if (initial)
        system::wipeSecret(*initial);
}

void ImapSession::onAuthContinuation(const ImapResponse &response)
{
    if (!m_sasl) {
        writeLine("*", "*");
        return;
    }
    std::optional<QByteArray> answer;
    if (m_initialResponsePending) {
        m_initialResponsePending = false;
        answer = std::exchange(m_pendingInitialResponse, {});
    } else {
        const QByteArray challenge = QByteArray::fromBase64(response.text.trimmed());
        const bool hadChallenge = m_oauthChallenge.has_value();
        answer = m_sasl->respond(challenge);
        m_oauthChallenge = m_sasl->oauthChallenge();
        if (m_oauthChallenge && !hadChallenge)
            m_transcript.note(tr("The server refused the sign-in token and explained: %1").arg(m_oauthChallenge->text));
    }
    if (!answer) {
        m_sasl.reset();
        const ImapCommand cancel = commands::authenticateCancel();
        writeLine(cancel.text, cancel.transcriptText);
        return;
    }
    ImapCommand line = commands::authenticateResponse(*answer);
    writeLine(line.text, line.transcriptText);
    system::wipeSecret(line.text);
    system::wipeSecret(*answer);
}

void ImapSession::onAuthDone(const ImapResponse &tagged)
{
    m_sasl.reset();
    system::wipeSecret(m_pendingInitialResponse);
    system::wipeSecret(m_credentials.secret); // a session signs in once
    if (!tagged.isOk()) {
        fail(authError(tagged));
        return;
    }
    m_transcript.note(tr("Signed in with %1.").arg(m_authMechanism));
    if (codeHas(tagged, "CAPABILITY")) {
        becomeReady();
        return;
    }
    requestCapabilities([this] { becomeReady(); }); // what is offered may change after sign-in
}

ImapError ImapSession::authError(const ImapResponse &tagged) const
{
    const bool token = m_credentials.kind == smtp::CredentialKind::BearerToken;
    const QString words = serverWords(tagged);
    ImapError error;
    error.serverText = words;
    error.oauth = m_oauthChallenge;
    static const QRegularExpression noAccess(
        QStringLiteral("not enabled for IMAP|IMAP (access|use) (is )?(disabled|not enabled)|enable IMAP|IMAP is "
                       "disabled|not allowed to use IMAP|IMAP access"),
        QRegularExpression::CaseInsensitiveOption);
    if (codeHas(tagged, "UNAVAILABLE")) {
        error.kind = ImapErrorKind::ServerUnavailable;
        error.transient = true;
        error.message = tr("The mail server cannot sign anyone in right now; try again later. It said: %1").arg(words);
    } else if (codeHas(tagged, "AUTHORIZATIONFAILED") || codeHas(tagged, "CONTACTADMIN") || codeHas(tagged, "NOPERM")
               || noAccess.match(words).hasMatch()) {
        error.kind = ImapErrorKind::NoImapAccess;
        error.message = tr("The mailbox does not allow reading mail over IMAP for this account; turn IMAP access on "
                           "in the account's settings (or ask its administrator). The server said: %1")
                            .arg(words);
    } else {
        error.kind = ImapErrorKind::WrongCredentials;
        error.message = token ? tr("The mail server refused the sign-in for reading mail; sign in again (the "
                                   "permission to read mail may be missing). The server said: %1")
                                    .arg(words)
                              : tr("The mail server refused the user name or password for reading mail. The "
                                   "server said: %1")
                                    .arg(words);
    }
    return error;
}

void ImapSession::becomeReady()
{
    m_phase = Phase::Ready;
    Q_EMIT ready();
    if (m_phase == Phase::Ready)
        runNext();
}

// ---- sending -----------------------------------------------------------------------------------------------------

void ImapSession::enqueue(Request request)
{
    if (m_phase == Phase::Closed || m_phase == Phase::LoggingOut)
        return;
    m_queue.push_back(std::move(request));
    if (m_phase == Phase::Ready)
        QTimer::singleShot(0, this, &ImapSession::runNext);
}

void ImapSession::runNext()
{
    if (m_phase != Phase::Ready || m_current)
        return;
    if (!m_queue.empty()) {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        m_phase = Phase::Busy;
        send(std::move(request));
        return;
    }
    if (m_logoutRequested) {
        m_phase = Phase::LoggingOut;
        const ImapCommand command = commands::logout();
        m_currentTag = "r" + QByteArray::number(++m_tagCounter);
        writeLine(m_currentTag + ' ' + command.text, m_currentTag + ' ' + command.transcriptText);
        m_timer->start(5s); // the answer changes nothing: close once it came, or soon
    }
}

void ImapSession::send(Request request)
{
    if (!isReadOnlyCommand(request.command.text)) {
        fail(makeError(ImapErrorKind::InvalidArgument,
                       tr("Refused to send a command that could change the mailbox: %1")
                           .arg(QString::fromUtf8(request.command.transcriptText.left(100)))));
        return;
    }
    m_currentTag = "r" + QByteArray::number(++m_tagCounter);
    writeLine(m_currentTag + ' ' + request.command.text, m_currentTag + ' ' + request.command.transcriptText);
    system::wipeSecret(request.command.text); // LOGIN and AUTHENTICATE carry the secret; the socket has its copy
    m_timer->start(request.timeout.count() > 0 ? request.timeout : m_options.timeouts.command);
    m_current = std::move(request);
}

void ImapSession::writeLine(const QByteArray &line, const QByteArray &transcriptLine)
{
    m_transcript.client(QString::fromUtf8(transcriptLine));
    QByteArray wire = line + "\r\n";
    m_socket->write(wire);
    system::wipeSecret(wire);
}

// ---- failure and closing ---------------------------------------------------------------------------------------

void ImapSession::fail(ImapError error)
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::LoggingOut) {
        closeNow();
        return;
    }
    m_transcript.note(error.message);
    m_error = error;
    system::wipeSecret(m_credentials.secret);
    Q_EMIT failed(error);
    closeNow();
}

void ImapSession::closeNow()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer->stop();
    m_current.reset();
    m_queue.clear();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_socket->abort();
    Q_EMIT finished();
}

ImapError ImapSession::makeError(ImapErrorKind kind, const QString &message) const
{
    ImapError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace remitente::imap
