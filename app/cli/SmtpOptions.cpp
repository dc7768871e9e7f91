#include "SmtpOptions.h"

#include "mime/AddressParser.h"

namespace remitente::cli {

SmtpOptions::SmtpOptions()
    : m_from(QStringLiteral("from"), tr("Envelope sender address."), tr("address")),
      m_to(QStringLiteral("to"), tr("Recipient address (repeat for more)."), tr("address")),
      m_transcript(QStringLiteral("transcript"), tr("Show the conversation with the server (passwords hidden).")),
      m_json(QStringLiteral("json"), tr("Print one JSON document for programs."))
{
}

void SmtpOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_from, m_to, m_transcript, m_json});
    m_connection.addTo(parser);
}

QString SmtpOptions::sender(const QCommandLineParser &parser, const std::optional<accounts::Account> &saved) const
{
    if (!saved || parser.isSet(m_from))
        return parser.value(m_from);
    return saved->displayName.isEmpty() ? saved->address
                                        : saved->displayName + QStringLiteral(" <") + saved->address + u'>';
}

smtp::Envelope SmtpOptions::envelope(const QCommandLineParser &parser, const QString &sender) const
{
    auto bare = [](const QString &typed) {
        const mime::AddressList list = mime::parseMailbox(typed);
        return list.isValid() ? list.mailboxes.first().address : typed;
    };
    smtp::Envelope envelope{bare(sender), {}};
    for (const QString &recipient : parser.values(m_to))
        envelope.recipients << bare(recipient);
    return envelope;
}

} // namespace remitente::cli
