#include "MimeCheck.h"

#include <QJsonDocument>
#include <QProcess>

namespace remitente::testing {

QJsonArray readWithPython(const QStringList &files)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList{QStringLiteral(REMITENTE_TEST_SOURCE_DIR "/support/mime_check.py")} + files);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("mime_check.py failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace remitente::testing
