#pragma once

#include "accounts/Account.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::guides {

// The programs a code snippet is written for: a runnable program (an msmtprc block for msmtp) that sends one test
// message to the account's own address, the password from SMTP_PASSWORD, certificates always verified.
enum class SnippetLanguage { Python, Php, Node, Curl, Msmtp };

QStringList snippetLanguageNames(); // "python", "php", "node", "curl", "msmtp"
std::optional<SnippetLanguage> snippetLanguageFromName(const QString &name);

// The snippet for this account, from its template in resources/snippets (the user name is the address when the
// account has none). Empty when the template cannot be read.
QString codeSnippet(const accounts::Account &account, SnippetLanguage language);

// What another program uses instead of an account that signs in with OAuth2: the relay on this computer,
// 127.0.0.1:2525 without TLS, as the relay user relayUser, From the account's own address.
accounts::Account relayAccountFor(const accounts::Account &account, const QString &relayUser);

} // namespace remitente::guides
