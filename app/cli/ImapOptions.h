#pragma once

#include "imap/ImapServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace remitente::cli {

// --imap-host, --imap-port and --imap-security of `account add` and `account edit`: where the account's own mailbox
// is read (to find the test email). What is not given comes from `base` (the catalogue's, discovery's or the
// account's server); a port not given follows the security (993 tls, 143 starttls) when the security is given.
class ImapOptions
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::ImapOptions)
public:
    ImapOptions();
    void addTo(QCommandLineParser &parser) const;
    bool anySet(const QCommandLineParser &parser) const;
    // The server to keep, from base and the options; an exit code (EX_USAGE, said) when one is wrong.
    // "--imap-host none" forgets the server.
    std::optional<int> read(const QCommandLineParser &parser, const imap::ImapServer &base,
                            imap::ImapServer &server) const;

private:
    QCommandLineOption m_host, m_port, m_security;
};

} // namespace remitente::cli
