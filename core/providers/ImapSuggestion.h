#pragma once

#include "ProviderCatalogue.h"

#include "imap/ImapServer.h"

namespace remitente::providers {

// The IMAP server beside an SMTP server the catalogue does not know (hosting): the "imap." twin of smtp.<domain>,
// the same host otherwise (mail.<domain> serves both), with TLS on 993.
imap::ImapServer imapServerBeside(const QString &smtpHost);

// Where an account's mailbox most likely is: its provider's IMAP server (by id, else by the address's domain),
// else the one beside its SMTP server. Not set when its provider has no mailbox (a sending service) or there is no
// SMTP host either.
imap::ImapServer suggestedImapServer(const ProviderCatalogue *catalogue, const QString &providerId,
                                     const QString &address, const QString &smtpHost);

} // namespace remitente::providers
