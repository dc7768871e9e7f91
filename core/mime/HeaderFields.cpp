#include "HeaderFields.h"

namespace remitente::mime {

QList<QByteArray> headerFieldValues(QByteArrayView headerBlock, QByteArrayView name, int maxFields,
                                    qsizetype maxValueBytes)
{
    QList<QByteArray> values;
    QByteArray *current = nullptr;
    qsizetype pos = 0;
    while (pos < headerBlock.size()) {
        qsizetype end = headerBlock.indexOf('\n', pos);
        if (end < 0)
            end = headerBlock.size();
        QByteArrayView line = headerBlock.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the end of the header
        if (line.front() == ' ' || line.front() == '\t') {
            if (current && current->size() < maxValueBytes)
                *current += ' ' + line.trimmed().toByteArray().left(maxValueBytes - current->size());
            continue;
        }
        current = nullptr;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (values.size() >= maxFields)
            break;
        values.append(line.sliced(colon + 1).trimmed().toByteArray().left(maxValueBytes));
        current = &values.last();
    }
    for (QByteArray &value : values)
        value = value.trimmed();
    return values;
}

} // namespace remitente::mime
