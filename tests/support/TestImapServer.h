#pragma once

#include "ScriptedSmtpServer.h"

#include "imap/ImapSessionOptions.h"

namespace remitente::testing {

// The IMAP side of tests/support/mailserver/mailserver.sh: Dovecot on 127.0.0.1:10143 (STARTTLS) and :10993
// (TLS) over the test Maildir, same users and passwords as TestMailServer. erin's junk folder is "Spam", fede's
// "Correo no deseado"; their mail goes through deliver.py (X-Test-Verdict, X-Test-Junk, X-Test-Delay headers).
struct TestImapServer {
    static constexpr quint16 StartTlsPort = 10143;
    static constexpr quint16 TlsPort = 10993;
    static imap::ImapSessionOptions options(imap::ImapSecurity security)
    {
        imap::ImapSessionOptions options;
        options.server.host = QStringLiteral("localhost");
        options.server.security = security;
        options.server.port = security == imap::ImapSecurity::Tls ? TlsPort : StartTlsPort;
        options.extraCaCertificates = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
        options.timeouts.command = std::chrono::milliseconds(15'000);
        return options;
    }
};

} // namespace remitente::testing
