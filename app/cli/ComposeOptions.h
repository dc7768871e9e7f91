#pragma once

#include "mime/Message.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace remitente::cli {

// The options that build a message from parts (shared by `send` and `compose`).
class ComposeOptions
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::ComposeOptions)
public:
    ComposeOptions();
    void addTo(QCommandLineParser &parser) const;
    // True when any part option was given, so the message is built rather than read from a file.
    bool isSet(const QCommandLineParser &parser) const;
    // Builds the message from --from/--to and the part options (a newsletter's List-Unsubscribe goes to `from`),
    // checked as MessageWriter::check() does; nullopt, a specific error and the exit code (64 for a bad option, 65 for
    // a message that cannot be sent as it is) when input is bad.
    std::optional<mime::Message> build(const QCommandLineParser &parser, const QString &from,
                                       const QCommandLineOption &to, QString *error, int *exitCode = nullptr) const;

private:
    QCommandLineOption m_subject, m_body, m_bodyFile, m_htmlFile, m_attach, m_cc, m_bcc, m_replyTo, m_fromName,
        m_newsletter, m_unsubscribeUrl;
};

} // namespace remitente::cli
