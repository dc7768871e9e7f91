#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace remitente::testing {

// Runs tests/support/mime_check.py (Python's email package) over message files and returns what it read.
QJsonArray readWithPython(const QStringList &files);

} // namespace remitente::testing
