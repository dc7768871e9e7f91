#include "ComposeOptions.h"

#include "ExitCode.h"

#include "mime/AddressParser.h"
#include "mime/MessageWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace remitente::cli {

ComposeOptions::ComposeOptions()
    : m_subject(QStringLiteral("subject"), tr("Subject line."), tr("text")),
      m_body(QStringLiteral("body"), tr("Plain text body."), tr("text")),
      m_bodyFile(QStringLiteral("body-file"), tr("Read the plain text body from a UTF-8 file."), tr("file")),
      m_htmlFile(QStringLiteral("html-file"), tr("Also send this HTML file as the rich version of the body."),
                 tr("file")),
      m_attach(QStringLiteral("attach"), tr("Attach a file (repeat for more)."), tr("file")),
      m_cc(QStringLiteral("cc"), tr("Copy to (repeat for more)."), tr("address")),
      m_bcc(QStringLiteral("bcc"), tr("Blind copy to: receives the message, appears in no header."), tr("address")),
      m_replyTo(QStringLiteral("reply-to"), tr("Where replies should go."), tr("address")),
      m_fromName(QStringLiteral("from-name"), tr("The sender's name, as recipients see it."), tr("name")),
      m_newsletter(QStringLiteral("newsletter"),
                   tr("The message is a newsletter: it carries List-Unsubscribe (a mailto: to the sender with the "
                      "subject \"unsubscribe\"), as Gmail and Yahoo require of bulk mail.")),
      m_unsubscribeUrl(QStringLiteral("unsubscribe-url"),
                       tr("With --newsletter: also this https page for unsubscribing, made one-click "
                          "(List-Unsubscribe-Post, RFC 8058)."),
                       tr("URL"))
{
}

void ComposeOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_subject, m_body, m_bodyFile, m_htmlFile, m_attach, m_cc, m_bcc, m_replyTo, m_fromName,
                       m_newsletter, m_unsubscribeUrl});
}

bool ComposeOptions::isSet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option : {&m_subject, &m_body, &m_bodyFile, &m_htmlFile, &m_attach, &m_cc, &m_bcc,
                                             &m_replyTo, &m_fromName, &m_newsletter, &m_unsubscribeUrl}) {
        if (parser.isSet(*option))
            return true;
    }
    return false;
}

namespace {
// A body is read whole (then converted, normalised and encoded: several times its size in memory), so it is
// bounded; anything bigger goes as an attachment, which is streamed.
constexpr qint64 MaxBodyFileBytes = 5 * 1024 * 1024;

bool readText(const QString &path, QString &text, QString *error, int *exitCode)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = (info.isDir() ? ComposeOptions::tr("\"%1\" is a folder, not a text file.")
                               : ComposeOptions::tr("\"%1\" is not an ordinary file (a device, a pipe or a "
                                                    "socket): the body must come from a file."))
                     .arg(path);
        *exitCode = ExDataErr;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ComposeOptions::tr("Cannot read \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    // Read at most one byte over the limit: the file may grow while it is read.
    const QByteArray bytes = file.read(MaxBodyFileBytes + 1);
    if (bytes.size() > MaxBodyFileBytes) {
        *error = ComposeOptions::tr("\"%1\" is larger than %2 MB, the most a message body may be. Send it as an "
                                    "attachment instead (--attach), with a short body.")
                     .arg(path)
                     .arg(MaxBodyFileBytes / (1024 * 1024));
        *exitCode = ExDataErr;
        return false;
    }
    text = QString::fromUtf8(bytes);
    return true;
}
} // namespace

std::optional<mime::Message> ComposeOptions::build(const QCommandLineParser &parser, const QString &from,
                                                   const QCommandLineOption &to, QString *error, int *exitCode) const
{
    int unused = ExUsage;
    if (!exitCode)
        exitCode = &unused;
    *exitCode = ExUsage;
    mime::Message message;
    auto addresses = [&](const QCommandLineOption &option, QList<mime::Mailbox> &target) {
        for (const QString &value : parser.values(option)) {
            const mime::AddressList list = mime::parseAddressList(value);
            if (!list.isValid()) {
                *error = tr("--%1: \"%2\": %3.")
                             .arg(option.names().first(), list.problems.first().text, list.problems.first().message);
                return false;
            }
            target += list.mailboxes;
        }
        return true;
    };
    const mime::AddressList sender = mime::parseMailbox(from);
    if (!sender.isValid()) {
        *error = tr("--from: \"%1\": %2.").arg(sender.problems.first().text, sender.problems.first().message);
        return std::nullopt;
    }
    message.from = sender.mailboxes.first();
    if (parser.isSet(m_fromName))
        message.from.name = parser.value(m_fromName);
    if (!addresses(to, message.to) || !addresses(m_cc, message.cc) || !addresses(m_bcc, message.bcc)
        || !addresses(m_replyTo, message.replyTo))
        return std::nullopt;
    message.subject = parser.value(m_subject);
    message.text = parser.value(m_body);
    if (parser.isSet(m_bodyFile) && !readText(parser.value(m_bodyFile), message.text, error, exitCode))
        return std::nullopt;
    if (parser.isSet(m_htmlFile) && !readText(parser.value(m_htmlFile), message.html, error, exitCode))
        return std::nullopt;
    for (const QString &path : parser.values(m_attach))
        message.attachments.append({path, {}, {}});
    if (parser.isSet(m_unsubscribeUrl) && !parser.isSet(m_newsletter)) {
        *error = tr("--unsubscribe-url goes with --newsletter.");
        return std::nullopt;
    }
    if (parser.isSet(m_newsletter))
        message.listUnsubscribe = mime::ListUnsubscribe{message.from.address, parser.value(m_unsubscribeUrl)};
    // The same checks whatever happens next (sent now, queued, written to a file), before anything is stored.
    if (const QString problem = mime::MessageWriter::check(message); !problem.isEmpty()) {
        *error = problem;
        *exitCode = ExDataErr;
        return std::nullopt;
    }
    return message;
}

} // namespace remitente::cli
