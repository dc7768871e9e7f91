#include "SendingWarningsOutput.h"

#include "text/TerminalText.h"

#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

void printSendingWarnings(const QList<diagnosis::SendingWarning> &warnings, const QString &about)
{
    QTextStream err(stderr);
    for (const diagnosis::SendingWarning &warning : warnings)
        err << (about.isEmpty() ? QString() : about + QStringLiteral(": "))
            << QStringLiteral("warning (%1): ").arg(warning.kind) << text::terminalSafe(warning.text()) << Qt::endl;
}

} // namespace remitente::cli
