#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace remitente::mime {

// The values of every field called name (case-insensitive) in a received header block, in order from the top,
// unfolded (CRLF + whitespace becomes one space) and trimmed. Bounded: at most maxFields values of at most
// maxValueBytes each; the block is read up to its first empty line.
QList<QByteArray> headerFieldValues(QByteArrayView headerBlock, QByteArrayView name, int maxFields = 50,
                                    qsizetype maxValueBytes = 16 * 1024);

} // namespace remitente::mime
