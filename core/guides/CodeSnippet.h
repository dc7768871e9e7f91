#pragma once

#include "accounts/Account.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::guides {

// The programs a code snippet is written for: a runnable program (an msmtprc block for msmtp) that sends one test
// message to the account's own address, the password from SMTP_PASSWORD, certificates always verified.
enum class SnippetLanguage { Python, Php, Node, Curl, Msmtp };

QStringList snippetLanguageNames(); // "python", "php", "node", "curl", "msmtp"
std::optional<SnippetLanguage> snippetLanguageFromName(const QString &name);

// The templates' file names in snippets/ ("python.py", ...), in the order of snippetLanguageNames().
QStringList snippetTemplateFiles();
// What a template may use: {{value}} and {{#flag}}/{{^flag}} sections.
struct SnippetTemplateNames {
    QSet<QString> values;
    QSet<QString> flags;
};
SnippetTemplateNames snippetTemplateNames();

// The snippet for this account, from its template (GuideData: a correction, the installed one or the built-in one;
// the user name is the address when the account has none). Empty when no template is usable.
QString codeSnippet(const accounts::Account &account, SnippetLanguage language);

// What another program uses instead of an account that signs in with OAuth2: the relay on this computer,
// 127.0.0.1:2525 without TLS, as the relay user relayUser, From the account's own address.
accounts::Account relayAccountFor(const accounts::Account &account, const QString &relayUser);

} // namespace remitente::guides
