#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace remitente::smtp {

// What was said on the connection, for "copy technical details". Secrets never enter it: commands arrive here in
// their redacted transcript form, and message content is summarised by size.
class Transcript
{
public:
    enum class Direction { Client, Server, Note };
    struct Line {
        qint64 elapsedMs = 0;
        Direction direction = Direction::Note;
        QString text;
    };

    Transcript() { m_clock.start(); }
    void client(const QString &text) { add(Direction::Client, text); }
    void server(const QString &text) { add(Direction::Server, text); }
    void note(const QString &text) { add(Direction::Note, text); }

    const QList<Line> &lines() const { return m_lines; }
    // "C: EHLO host" / "S: 250 ..." / "*  note", one per line; lines [from, to) when given (to = -1: the end).
    QString toText(qsizetype from = 0, qsizetype to = -1) const;

private:
    void add(Direction direction, const QString &text);

    QElapsedTimer m_clock;
    QList<Line> m_lines;
};

} // namespace remitente::smtp
