#include "MailTransaction.h"

#include "EnvelopeAddress.h"
#include "SmtpSession.h"

#include <QLocale>

namespace remitente::smtp {

namespace {
constexpr qint64 PieceSize = 256 * 1024; // bytes read from the message at a time (and one BDAT chunk)
constexpr qint64 HighWater = 512 * 1024; // stop reading the message while this much waits to be written

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
} // namespace

// The texts keep SmtpSession's translation context: they are the session's words to the person.
MailTransaction::MailTransaction(TransactionChannel &channel, MailJob job, const Capabilities &caps,
                                 const SessionOptions &options)
    : m_channel(channel), m_job(std::move(job)), m_caps(caps), m_options(options)
{
    m_result.jobId = m_job.id;
    m_result.transcriptFrom = m_channel.transcriptToWrite().lines().size();
    m_result.recipients.reserve(m_job.envelope.recipients.size());
    for (const QString &recipient : std::as_const(m_job.envelope.recipients))
        m_result.recipients.append({recipient, false, {}});
}

TransactionResult MailTransaction::notSent(const MailJob &job, SmtpError error)
{
    TransactionResult result;
    result.jobId = job.id;
    result.outcome = Outcome::Failed;
    result.error = std::move(error);
    for (const QString &address : std::as_const(job.envelope.recipients))
        result.recipients.append({address, false, {}});
    return result;
}

std::optional<SmtpError> MailTransaction::refusal()
{
    const Envelope &envelope = m_job.envelope;
    auto refuse = [this](Stage stage, ErrorKind kind, const QString &message) {
        return m_channel.makeError(stage, kind, message);
    };
    if (envelope.recipients.isEmpty())
        return refuse(Stage::Rcpt, ErrorKind::InvalidArgument, SmtpSession::tr("The message has no recipients."));

    const EnvelopeAddress from = EnvelopeAddress::encode(envelope.from);
    if (!from.isValid())
        return refuse(Stage::Mail, ErrorKind::InvalidArgument, SmtpSession::tr("Sender: %1").arg(from.error));
    bool needsSmtpUtf8 = from.needsSmtpUtf8;
    QString utf8Address = from.needsSmtpUtf8 ? envelope.from : QString();
    m_wire = {from.wire};
    for (const QString &recipient : envelope.recipients) {
        const EnvelopeAddress to = EnvelopeAddress::encode(recipient);
        if (!to.isValid())
            return refuse(Stage::Rcpt, ErrorKind::InvalidArgument, SmtpSession::tr("Recipient: %1").arg(to.error));
        if (to.needsSmtpUtf8 && utf8Address.isEmpty())
            utf8Address = recipient;
        needsSmtpUtf8 = needsSmtpUtf8 || to.needsSmtpUtf8;
        m_wire.append(to.wire);
    }
    if (needsSmtpUtf8 && !m_caps.smtpUtf8)
        return refuse(Stage::Mail, ErrorKind::SmtpUtf8Required,
                      SmtpSession::tr("The address %1 has non-English letters before the @, and %2 does not support "
                                      "international addresses (SMTPUTF8).")
                          .arg(utf8Address, m_options.host));

    m_parameters.smtpUtf8 = needsSmtpUtf8;
    if (!isVerify()) {
        m_job.message->prepareFor(m_caps);
        if (const QString why = m_job.message->errorString(); !why.isEmpty())
            return refuse(Stage::Mail, ErrorKind::MessageUnreadable, why); // before anything of it went out
        const qint64 size = m_job.message->size();
        if (m_caps.exceedsSize(size))
            return refuse(Stage::Mail, ErrorKind::MessageTooLarge,
                          SmtpSession::tr("The message is %1 and %2 takes at most %3. Make the attachments smaller "
                                          "or send a link instead.")
                              .arg(megabytes(size), m_options.host, megabytes(m_caps.maxSize)));
        if (m_caps.sizeAdvertised && size >= 0)
            m_parameters.size = size;
        m_parameters.eightBitMime = m_caps.eightBitMime && m_job.message->hasEightBitData();
    }
    return std::nullopt;
}

void MailTransaction::start()
{
    m_pipelined = m_caps.pipelining;
    m_useBdat = m_caps.chunking && !isVerify();
    m_channel.beginStage(Stage::Mail);
    m_channel.sendCommand(commands::mailFrom(m_wire.first(), m_parameters), Stage::Mail, m_options.timeouts.command,
                          [this](const Reply &r) { onMailReply(r); });
    if (!m_pipelined)
        return;
    // RFC 2920: MAIL, every RCPT and then DATA (or the message itself in BDAT chunks) go out together.
    for (int i = 0; i < m_result.recipients.size(); ++i)
        sendRecipient(i);
    if (isVerify())
        return;
    if (m_useBdat) {
        startBdat();
    } else {
        m_channel.beginStage(Stage::Data);
        m_channel.sendCommand(commands::data(), Stage::Data, m_options.timeouts.dataInit,
                              [this](const Reply &r) { onDataReply(r); });
    }
}

void MailTransaction::sendRecipient(int index)
{
    if (index == 0)
        m_channel.beginStage(Stage::Rcpt);
    m_channel.sendCommand(commands::rcptTo(m_wire.at(index + 1)), Stage::Rcpt, m_options.timeouts.command,
                          [this, index](const Reply &r) { onRcptReply(index, r); });
}

int MailTransaction::acceptedRecipients() const
{
    int accepted = 0;
    for (const RecipientResult &recipient : m_result.recipients)
        accepted += recipient.accepted ? 1 : 0;
    return accepted;
}

void MailTransaction::noteError(SmtpError error)
{
    if (!m_error)
        m_error = std::move(error);
    if (m_useBdat)
        m_streaming = false; // RFC 3030: no further chunks once the transaction has failed
}

void MailTransaction::onMailReply(const Reply &reply)
{
    m_channel.endStage(Stage::Mail, reply.isPositive(), reply.toString());
    if (!reply.isPositive())
        noteError(m_channel.replyError(Stage::Mail, reply));
    if (m_pipelined)
        return; // the replies to RCPT and DATA/BDAT follow and finish the transaction
    if (reply.isPositive())
        sendRecipient(0);
    else
        finish();
}

void MailTransaction::onRcptReply(int index, const Reply &reply)
{
    RecipientResult &recipient = m_result.recipients[index];
    recipient.accepted = reply.isPositive();
    recipient.reply = reply;
    const bool last = index + 1 == m_result.recipients.size();
    if (last) {
        const int accepted = acceptedRecipients();
        const int total = m_result.recipients.size();
        m_channel.endStage(Stage::Rcpt, accepted == total,
                           SmtpSession::tr("%1 of %2 recipients accepted").arg(accepted).arg(total));
        if (accepted == 0) {
            const Reply &first = m_result.recipients.first().reply;
            SmtpError error = m_channel.replyError(Stage::Rcpt, first);
            error.kind = ErrorKind::NoRecipientAccepted;
            error.message
                = SmtpSession::tr("The server refused every recipient. First refusal: %1").arg(first.toString());
            noteError(std::move(error));
        }
    }
    if (m_pipelined) {
        if (last && isVerify())
            finish();
        return;
    }
    if (!last)
        sendRecipient(index + 1);
    else
        afterRecipients();
}

void MailTransaction::afterRecipients()
{
    if (isVerify() || m_error) {
        finish();
        return;
    }
    if (m_useBdat) {
        startBdat();
        return;
    }
    m_channel.beginStage(Stage::Data);
    m_channel.sendCommand(commands::data(), Stage::Data, m_options.timeouts.dataInit,
                          [this](const Reply &r) { onDataReply(r); });
}

void MailTransaction::onDataReply(const Reply &reply)
{
    if (reply.code != 354) {
        m_channel.endStage(Stage::Data, false, reply.toString());
        noteError(m_channel.replyError(Stage::Data, reply));
        finish();
        return;
    }
    if (m_error) {
        // Pipelined, and MAIL or every RCPT failed, yet DATA was accepted: end the empty message (RFC 2920 3.1).
        m_channel.transcriptToWrite().client(QStringLiteral("."));
        m_channel.writeRaw(".\r\n");
        m_channel.sendCommand({}, Stage::Data, m_options.timeouts.dataEnd, [this](const Reply &) { finish(); });
        return;
    }
    if (!m_channel.contentMayStart(m_job.id))
        return;
    m_encoder.emplace(DataEncoder::Mode::DotStuffed);
    m_streaming = true;
    m_channel.rearmTimer();
    pump();
}

void MailTransaction::startBdat()
{
    m_channel.beginStage(Stage::Data);
    if (!m_channel.contentMayStart(m_job.id))
        return;
    m_encoder.emplace(DataEncoder::Mode::Raw);
    m_streaming = true;
    m_channel.rearmTimer();
    pump();
}

bool MailTransaction::encodeNextPiece(QByteArray &out)
{
    MessageSource &message = *m_job.message;
    const QByteArray piece = message.read(PieceSize);
    if (!message.errorString().isEmpty()) {
        // The server cannot be told "never mind" in the middle of DATA: dropping the connection discards it.
        m_channel.abortConnection(
            m_channel.makeError(Stage::Data, ErrorKind::MessageUnreadable, message.errorString()));
        return false;
    }
    if (!m_encoder->encode(piece, out)) {
        m_channel.abortConnection(m_channel.makeError(
            Stage::Data, ErrorKind::LineTooLong,
            SmtpSession::tr("The message has a line longer than %1 characters, which mail servers do not accept. "
                            "Nothing was delivered.")
                .arg(DataEncoder::MaxLineLength)));
        return false;
    }
    if (message.atEnd())
        m_encoder->finish(out);
    return true;
}

void MailTransaction::pump()
{
    // QSslSocket encrypts what it is given at once and queues the result, so both queues count.
    while (m_streaming && m_channel.bytesWaitingToBeWritten() < HighWater) {
        if (m_useBdat && !m_pipelined && m_bdatRepliesLeft > 0)
            return; // without PIPELINING each chunk waits for the reply to the one before
        QByteArray out;
        if (!encodeNextPiece(out))
            return;
        const bool last = m_job.message->atEnd();
        m_result.messageSize += out.size();
        if (m_useBdat) {
            const Command bdat = commands::bdat(out.size(), last);
            m_channel.transcriptToWrite().client(QString::fromUtf8(bdat.transcriptLine));
            m_channel.writeRaw(bdat.wire);
            m_channel.writeRaw(out);
            ++m_bdatRepliesLeft;
            if (last) {
                m_streaming = false;
                m_endSent = true;
            }
            m_channel.sendCommand({}, Stage::Data, last ? m_options.timeouts.dataEnd : m_options.timeouts.dataBlock,
                                  [this, last](const Reply &r) { onBdatReply(last, r); });
        } else {
            m_channel.writeRaw(out);
            if (last) {
                m_channel.transcriptToWrite().note(SmtpSession::tr("<message: %1 bytes>").arg(m_result.messageSize));
                m_channel.transcriptToWrite().client(QStringLiteral("."));
                m_streaming = false;
                m_endSent = true;
                m_channel.sendCommand({}, Stage::Data, m_options.timeouts.dataEnd,
                                      [this](const Reply &r) { onDataEndReply(r); });
            }
        }
        if (last)
            m_channel.rearmTimer();
    }
}

void MailTransaction::onBdatReply(bool last, const Reply &reply)
{
    --m_bdatRepliesLeft;
    if (!reply.isPositive())
        noteError(m_channel.replyError(Stage::Data, reply));
    if (last)
        m_result.finalReply = reply;
    if (m_bdatRepliesLeft > 0)
        return;
    if (m_streaming) {
        pump();
        return;
    }
    m_channel.endStage(Stage::Data, !m_error, reply.toString());
    m_endSent = false; // the server answered: whatever happened is now certain
    finish();
}

void MailTransaction::onDataEndReply(const Reply &reply)
{
    m_channel.endStage(Stage::Data, reply.isPositive(), reply.toString());
    m_endSent = false;
    m_result.finalReply = reply;
    if (!reply.isPositive())
        noteError(m_channel.replyError(Stage::Data, reply));
    finish();
}

void MailTransaction::finish()
{
    const bool allAccepted = acceptedRecipients() == m_result.recipients.size();
    if (m_error) {
        m_result.outcome = Outcome::Failed;
        m_result.error = m_error;
    } else if (isVerify()) {
        m_result.outcome = allAccepted ? Outcome::Verified : Outcome::Partial;
    } else {
        m_result.outcome = allAccepted ? Outcome::Sent : Outcome::Partial;
    }
    // A verify, or a failed transaction: RSET so the next one starts clean.
    m_channel.transactionDone(m_result, isVerify() || m_error.has_value());
}

TransactionResult MailTransaction::abandon(const SmtpError &error)
{
    m_streaming = false;
    // Once the end of the message is out, only the server's reply could say it was not delivered.
    const bool uncertain = m_endSent && !m_error;
    m_result.outcome = uncertain ? Outcome::Uncertain : Outcome::Failed;
    m_result.error = uncertain || !m_error ? error : *m_error;
    return m_result;
}

} // namespace remitente::smtp
