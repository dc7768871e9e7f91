// The mail transaction half of SmtpSession: MAIL, RCPT, DATA or BDAT, and RSET.
#include "EnvelopeAddress.h"
#include "SmtpSession.h"

#include <QLocale>
#include <QSslSocket>
#include <QTimer>

namespace remitente::smtp {

namespace {
constexpr qint64 PieceSize = 256 * 1024;    // bytes read from the message at a time (and one BDAT chunk)
constexpr qint64 HighWater = 512 * 1024;    // stop reading the message while this much waits to be written

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
} // namespace

int SmtpSession::ActiveTransaction::acceptedRecipients() const
{
    int accepted = 0;
    for (const RecipientResult &recipient : result.recipients)
        accepted += recipient.accepted ? 1 : 0;
    return accepted;
}

void SmtpSession::failTransactionBeforeSending(Job job, SmtpError error)
{
    TransactionResult result;
    result.outcome = Outcome::Failed;
    result.error = std::move(error);
    for (const QString &address : std::as_const(job.envelope.recipients))
        result.recipients.append({address, false, {}});
    emitResult(result, job.id, m_transcript.lines().size());
}

void SmtpSession::emitResult(TransactionResult &result, JobId id, qsizetype transcriptFrom)
{
    result.jobId = id;
    result.transcriptFrom = transcriptFrom;
    result.transcriptTo = m_transcript.lines().size();
    Q_EMIT transactionFinished(result);
}

bool SmtpSession::passContentGate()
{
    if (!m_contentGate || m_contentGate(m_tx->job.id))
        return true;
    fail(makeError(Stage::Data, ErrorKind::LocalFailure,
                   tr("The message was stopped before its content went out: this computer could not record "
                      "that it was being sent.")));
    return false;
}

bool SmtpSession::prepareEnvelope(ActiveTransaction &tx, MailParameters &parameters)
{
    const Envelope &envelope = tx.job.envelope;
    auto refuse = [&](Stage stage, ErrorKind kind, const QString &message) {
        failTransactionBeforeSending(tx.job, makeError(stage, kind, message));
        return false;
    };
    if (envelope.recipients.isEmpty())
        return refuse(Stage::Rcpt, ErrorKind::InvalidArgument, tr("The message has no recipients."));

    const EnvelopeAddress from = EnvelopeAddress::encode(envelope.from);
    if (!from.isValid())
        return refuse(Stage::Mail, ErrorKind::InvalidArgument, tr("Sender: %1").arg(from.error));
    bool needsSmtpUtf8 = from.needsSmtpUtf8;
    QString utf8Address = from.needsSmtpUtf8 ? envelope.from : QString();
    for (const QString &recipient : envelope.recipients) {
        const EnvelopeAddress to = EnvelopeAddress::encode(recipient);
        if (!to.isValid())
            return refuse(Stage::Rcpt, ErrorKind::InvalidArgument, tr("Recipient: %1").arg(to.error));
        if (to.needsSmtpUtf8 && utf8Address.isEmpty())
            utf8Address = recipient;
        needsSmtpUtf8 = needsSmtpUtf8 || to.needsSmtpUtf8;
        tx.wireRecipients.append(to.wire);
    }
    if (needsSmtpUtf8 && !m_caps.smtpUtf8)
        return refuse(Stage::Mail, ErrorKind::SmtpUtf8Required,
                      tr("The address %1 has non-English letters before the @, and %2 does not support "
                         "international addresses (SMTPUTF8).")
                          .arg(utf8Address, m_options.host));

    parameters.smtpUtf8 = needsSmtpUtf8;
    if (tx.job.kind == Job::Kind::Send) {
        tx.job.message->prepareFor(m_caps);
        const qint64 size = tx.job.message->size();
        if (m_caps.exceedsSize(size))
            return refuse(Stage::Mail, ErrorKind::MessageTooLarge,
                          tr("The message is %1 and %2 takes at most %3. Make the attachments smaller or send a "
                             "link instead.")
                              .arg(megabytes(size), m_options.host, megabytes(m_caps.maxSize)));
        if (m_caps.sizeAdvertised && size >= 0)
            parameters.size = size;
        parameters.eightBitMime = m_caps.eightBitMime && tx.job.message->hasEightBitData();
    }
    tx.result.recipients.reserve(envelope.recipients.size());
    for (const QString &recipient : envelope.recipients)
        tx.result.recipients.append({recipient, false, {}});
    tx.wireRecipients.prepend(from.wire); // index 0 is the sender, 1.. the recipients
    return true;
}

void SmtpSession::startTransaction(Job job)
{
    ActiveTransaction tx;
    tx.job = std::move(job);
    tx.transcriptFrom = m_transcript.lines().size();
    MailParameters parameters;
    if (!prepareEnvelope(tx, parameters)) {
        QTimer::singleShot(0, this, &SmtpSession::runNextJob);
        return;
    }
    tx.pipelined = m_caps.pipelining;
    tx.useBdat = m_caps.chunking && tx.job.kind == Job::Kind::Send;
    m_phase = Phase::Transaction;
    m_tx = std::move(tx);

    beginStage(Stage::Mail);
    sendCommand(commands::mailFrom(m_tx->wireRecipients.first(), parameters), Stage::Mail,
                m_options.timeouts.command, [this](const Reply &r) { onMailReply(r); });
    if (!m_tx->pipelined)
        return;
    // RFC 2920: MAIL, every RCPT and then DATA (or the message itself in BDAT chunks) go out together.
    for (int i = 0; i < m_tx->result.recipients.size(); ++i)
        sendRecipient(i);
    if (m_tx->job.kind == Job::Kind::Verify)
        return;
    if (m_tx->useBdat) {
        startBdat();
    } else {
        beginStage(Stage::Data);
        sendCommand(commands::data(), Stage::Data, m_options.timeouts.dataInit,
                    [this](const Reply &r) { onDataReply(r); });
    }
}

void SmtpSession::sendRecipient(int index)
{
    if (index == 0)
        beginStage(Stage::Rcpt);
    sendCommand(commands::rcptTo(m_tx->wireRecipients.at(index + 1)), Stage::Rcpt, m_options.timeouts.command,
                [this, index](const Reply &r) { onRcptReply(index, r); });
}

void SmtpSession::noteTransactionError(SmtpError error)
{
    if (!m_tx->error)
        m_tx->error = std::move(error);
    if (m_tx->useBdat)
        m_tx->streaming = false; // RFC 3030: no further chunks once the transaction has failed
}

void SmtpSession::onMailReply(const Reply &reply)
{
    endStage(Stage::Mail, reply.isPositive(), reply.toString());
    if (!reply.isPositive())
        noteTransactionError(replyError(Stage::Mail, reply));
    if (m_tx->pipelined)
        return; // the replies to RCPT and DATA/BDAT follow and finish the transaction
    if (reply.isPositive())
        sendRecipient(0);
    else
        finishTransaction();
}

void SmtpSession::onRcptReply(int index, const Reply &reply)
{
    RecipientResult &recipient = m_tx->result.recipients[index];
    recipient.accepted = reply.isPositive();
    recipient.reply = reply;
    const bool last = index + 1 == m_tx->result.recipients.size();
    if (last) {
        const int accepted = m_tx->acceptedRecipients();
        const int total = m_tx->result.recipients.size();
        endStage(Stage::Rcpt, accepted == total, tr("%1 of %2 recipients accepted").arg(accepted).arg(total));
        if (accepted == 0) {
            const Reply &first = m_tx->result.recipients.first().reply;
            SmtpError error = replyError(Stage::Rcpt, first);
            error.kind = ErrorKind::NoRecipientAccepted;
            error.message = tr("The server refused every recipient. First refusal: %1").arg(first.toString());
            noteTransactionError(std::move(error));
        }
    }
    if (m_tx->pipelined) {
        if (last && m_tx->job.kind == Job::Kind::Verify)
            finishTransaction();
        return;
    }
    if (!last)
        sendRecipient(index + 1);
    else
        afterRecipients();
}

void SmtpSession::afterRecipients()
{
    if (m_tx->job.kind == Job::Kind::Verify || m_tx->error) {
        finishTransaction();
        return;
    }
    if (m_tx->useBdat) {
        startBdat();
        return;
    }
    beginStage(Stage::Data);
    sendCommand(commands::data(), Stage::Data, m_options.timeouts.dataInit,
                [this](const Reply &r) { onDataReply(r); });
}

void SmtpSession::onDataReply(const Reply &reply)
{
    if (reply.code != 354) {
        endStage(Stage::Data, false, reply.toString());
        noteTransactionError(replyError(Stage::Data, reply));
        finishTransaction();
        return;
    }
    if (m_tx->error) {
        // Pipelined, and MAIL or every RCPT failed, yet DATA was accepted: end the empty message (RFC 2920 3.1).
        m_transcript.client(QStringLiteral("."));
        write(".\r\n");
        sendCommand({}, Stage::Data, m_options.timeouts.dataEnd, [this](const Reply &) { finishTransaction(); });
        return;
    }
    if (!passContentGate())
        return;
    m_tx->encoder.emplace(DataEncoder::Mode::DotStuffed);
    m_tx->streaming = true;
    rearmTimer();
    pumpMessage();
}

void SmtpSession::startBdat()
{
    beginStage(Stage::Data);
    if (!passContentGate())
        return;
    m_tx->encoder.emplace(DataEncoder::Mode::Raw);
    m_tx->streaming = true;
    rearmTimer();
    pumpMessage();
}

bool SmtpSession::encodeNextPiece(QByteArray &out)
{
    MessageSource &message = *m_tx->job.message;
    const QByteArray piece = message.read(PieceSize);
    if (!message.errorString().isEmpty()) {
        // The server cannot be told "never mind" in the middle of DATA: dropping the connection discards it.
        fail(makeError(Stage::Data, ErrorKind::MessageUnreadable, message.errorString()));
        return false;
    }
    if (!m_tx->encoder->encode(piece, out)) {
        fail(makeError(Stage::Data, ErrorKind::LineTooLong,
                       tr("The message has a line longer than %1 characters, which mail servers do not accept. "
                          "Nothing was delivered.")
                           .arg(DataEncoder::MaxLineLength)));
        return false;
    }
    if (message.atEnd())
        m_tx->encoder->finish(out);
    return true;
}

void SmtpSession::pumpMessage()
{
    // QSslSocket encrypts what it is given at once and queues the result, so both queues count.
    while (m_tx && m_tx->streaming && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < HighWater) {
        if (m_tx->useBdat && !m_tx->pipelined && m_tx->bdatRepliesLeft > 0)
            return; // without PIPELINING each chunk waits for the reply to the one before
        QByteArray out;
        if (!encodeNextPiece(out))
            return;
        const bool last = m_tx->job.message->atEnd();
        m_tx->result.messageSize += out.size();
        if (m_tx->useBdat) {
            const Command bdat = commands::bdat(out.size(), last);
            m_transcript.client(QString::fromUtf8(bdat.transcriptLine));
            write(bdat.wire);
            write(out);
            ++m_tx->bdatRepliesLeft;
            if (last) {
                m_tx->streaming = false;
                m_tx->endSent = true;
            }
            sendCommand({}, Stage::Data, last ? m_options.timeouts.dataEnd : m_options.timeouts.dataBlock,
                        [this, last](const Reply &r) { onBdatReply(last, r); });
        } else {
            write(out);
            if (last) {
                m_transcript.note(tr("<message: %1 bytes>").arg(m_tx->result.messageSize));
                m_transcript.client(QStringLiteral("."));
                m_tx->streaming = false;
                m_tx->endSent = true;
                sendCommand({}, Stage::Data, m_options.timeouts.dataEnd,
                            [this](const Reply &r) { onDataEndReply(r); });
            }
        }
        if (last)
            rearmTimer();
    }
}

void SmtpSession::onBdatReply(bool last, const Reply &reply)
{
    --m_tx->bdatRepliesLeft;
    if (!reply.isPositive())
        noteTransactionError(replyError(Stage::Data, reply));
    if (last)
        m_tx->result.finalReply = reply;
    if (m_tx->bdatRepliesLeft > 0)
        return;
    if (m_tx->streaming) {
        pumpMessage();
        return;
    }
    endStage(Stage::Data, !m_tx->error, reply.toString());
    m_tx->endSent = false; // the server answered: whatever happened is now certain
    finishTransaction();
}

void SmtpSession::onDataEndReply(const Reply &reply)
{
    endStage(Stage::Data, reply.isPositive(), reply.toString());
    m_tx->endSent = false;
    m_tx->result.finalReply = reply;
    if (!reply.isPositive())
        noteTransactionError(replyError(Stage::Data, reply));
    finishTransaction();
}

void SmtpSession::finishTransaction()
{
    ActiveTransaction tx = std::move(*m_tx);
    m_tx.reset();
    const int accepted = tx.acceptedRecipients();
    const bool allAccepted = accepted == tx.result.recipients.size();
    if (tx.error) {
        tx.result.outcome = Outcome::Failed;
        tx.result.error = tx.error;
    } else if (tx.job.kind == Job::Kind::Verify) {
        tx.result.outcome = allAccepted ? Outcome::Verified : Outcome::Partial;
    } else {
        tx.result.outcome = allAccepted ? Outcome::Sent : Outcome::Partial;
    }
    emitResult(tx.result, tx.job.id, tx.transcriptFrom);
    if (m_phase == Phase::Closed)
        return;

    if (tx.job.kind == Job::Kind::Send && !tx.error) {
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

} // namespace remitente::smtp
