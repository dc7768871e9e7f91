#include "Transcript.h"

#include <algorithm>

namespace remitente::smtp {

void Transcript::add(Direction direction, const QString &text)
{
    m_lines.append({m_clock.elapsed(), direction, text});
}

QString Transcript::toText(qsizetype from, qsizetype to) const
{
    QString text;
    const qsizetype end = to < 0 ? m_lines.size() : std::min(to, m_lines.size());
    for (qsizetype i = std::max<qsizetype>(from, 0); i < end; ++i) {
        const Line &line = m_lines.at(i);
        switch (line.direction) {
        case Direction::Client:
            text += u"C: ";
            break;
        case Direction::Server:
            text += u"S: ";
            break;
        case Direction::Note:
            text += u"*  ";
            break;
        }
        text += line.text + u'\n';
    }
    return text;
}

} // namespace remitente::smtp
