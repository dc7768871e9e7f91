#pragma once

#include "accounts/Account.h"
#include "mime/Message.h"
#include "providers/ProviderCatalogue.h"

namespace remitente::testing {

// The catalogue built into the program, read once per test process.
const providers::ProviderCatalogue &builtInCatalogue();

// An account on a local test server: implicit TLS, the address as its user name.
accounts::Account localAccount(const QString &id, const QString &address, const QString &host, quint16 port = 465);

// A plain-text message from one address to another.
mime::Message plainMessage(const QString &from, const QString &to, const QString &subject, const QString &text);

} // namespace remitente::testing
