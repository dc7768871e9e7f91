#include "Transcript.h"

namespace remitente::smtp {

void Transcript::add(Direction direction, const QString &text)
{
    m_lines.append({m_clock.elapsed(), direction, text});
}

QString Transcript::toText() const
{
    QString text;
    for (const Line &line : m_lines) {
        switch (line.direction) {
        case Direction::Client: text += u"C: "; break;
        case Direction::Server: text += u"S: "; break;
        case Direction::Note: text += u"*  "; break;
        }
        text += line.text + u'\n';
    }
    return text;
}

} // namespace remitente::smtp
