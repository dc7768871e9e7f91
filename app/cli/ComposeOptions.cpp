#include "ComposeOptions.h"

#include "mime/AddressParser.h"

#include <QFile>

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
      m_fromName(QStringLiteral("from-name"), tr("The sender's name, as recipients see it."), tr("name"))
{
}

void ComposeOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_subject, m_body, m_bodyFile, m_htmlFile, m_attach, m_cc, m_bcc, m_replyTo, m_fromName});
}

bool ComposeOptions::isSet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option :
         {&m_subject, &m_body, &m_bodyFile, &m_htmlFile, &m_attach, &m_cc, &m_bcc, &m_replyTo, &m_fromName}) {
        if (parser.isSet(*option))
            return true;
    }
    return false;
}

namespace {
bool readText(const QString &path, QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("remitente::cli::ComposeOptions", "Cannot read \"%1\": %2")
                     .arg(path, file.errorString());
        return false;
    }
    text = QString::fromUtf8(file.readAll());
    return true;
}
} // namespace

std::optional<mime::Message> ComposeOptions::build(const QCommandLineParser &parser, const QString &from,
                                                   const QCommandLineOption &to, QString *error) const
{
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
    if (parser.isSet(m_bodyFile) && !readText(parser.value(m_bodyFile), message.text, error))
        return std::nullopt;
    if (parser.isSet(m_htmlFile) && !readText(parser.value(m_htmlFile), message.html, error))
        return std::nullopt;
    for (const QString &path : parser.values(m_attach))
        message.attachments.append({path, {}, {}});
    return message;
}

} // namespace remitente::cli
