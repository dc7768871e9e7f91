#pragma once

#include "ConnectionOptions.h"

#include "smtp/Transaction.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace remitente::cli {

// The options `send` and `verify` share: sender, recipients, how to report, and where to connect.
class SmtpOptions
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::SmtpOptions)
public:
    SmtpOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills connection; an exit code (after printing why) when the options are wrong.
    std::optional<int> read(const QCommandLineParser &parser, Connection &connection) const
    {
        return m_connection.read(parser, connection);
    }

    // --from, or the saved account's "Name <address>".
    QString sender(const QCommandLineParser &parser, const std::optional<accounts::Account> &saved) const;
    // The sender and the --to recipients as bare addresses ("Name <address>" as typed is fine too).
    smtp::Envelope envelope(const QCommandLineParser &parser, const QString &sender) const;
    const QCommandLineOption &to() const { return m_to; }
    bool json(const QCommandLineParser &parser) const { return parser.isSet(m_json); }
    bool transcript(const QCommandLineParser &parser) const { return parser.isSet(m_transcript); }

private:
    QCommandLineOption m_from, m_to, m_transcript, m_json;
    ConnectionOptions m_connection;
};

} // namespace remitente::cli
