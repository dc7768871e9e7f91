#pragma once

#include "SendingWarning.h"

#include <optional>

namespace remitente::diagnosis {

// A From the sending server cannot sign for, so the From domain's DMARC fails at the receiver:
// - "foreign-domain": an address of a mailbox provider (gmail.com, yahoo.com, outlook.com...) sent through a server
//   that is not that provider's; gmail.com, for one, publishes a DMARC policy that quarantines such mail.
// - "unsigned-domain": a domain of the person's own sent through a server that does not sign for it: the domain
//   check found neither SPF nor DKIM that covers the server or, without a check at hand, the server is a personal
//   mailbox provider's, which only ever signs for its own domains.
std::optional<SendingWarning> senderDomainWarning(const SendingContext &context, const QString &fromAddress);

} // namespace remitente::diagnosis
