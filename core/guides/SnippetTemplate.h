#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace remitente::guides {

// How a value is written into a program's source so that any text stays one value: quotes, backslashes and
// control characters can neither end the literal early nor add code.
enum class Literal {
    DoubleQuoted,    // Python and JavaScript: "..." with \\ \" \n \r \t and \uXXXX for other control characters
    SingleQuotedPhp, // PHP: '...' with \\ and \' (nothing else is special there)
    Shell,           // POSIX shell: '...' with ' written as '\''
    ConfigQuoted,    // msmtprc: "..." with \\ and \"; control characters dropped (the file is read by lines)
};

QString literal(const QString &value, Literal kind);

// A template from resources/snippets: {{name}} is the value as a literal of the template's language, {{name|sh}}
// as a shell literal, {{#flag}}...{{/flag}} kept only when the flag is set and {{^flag}}...{{/flag}} only when it is
// not. A tag alone on its line takes the line with it. Raw values (numbers, hex) are written as they are.
struct SnippetValues {
    QHash<QString, QString> text; // quoted as literals
    QHash<QString, QString> raw;  // written as they are; only ever digits, hex and colons
    QSet<QString> flags;
};

QString renderSnippet(const QString &templateText, const SnippetValues &values, Literal kind);

} // namespace remitente::guides
