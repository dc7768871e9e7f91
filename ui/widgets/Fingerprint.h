#pragma once

#include <QString>
#include <QStringList>

namespace remitente::ui {

// A certificate fingerprint ("AB:CD:..." with no spaces, 95 characters for SHA-256) cut into lines of
// bytesPerLine bytes: a label cannot wrap it, and one line would make a small window wider than the screen.
inline QString fingerprintLines(const QString &fingerprint, int bytesPerLine)
{
    const QStringList bytes = fingerprint.split(u':');
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += bytesPerLine)
        lines << bytes.mid(i, bytesPerLine).join(u':');
    return lines.join(u'\n');
}

} // namespace remitente::ui
