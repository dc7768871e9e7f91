#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace remitente {

// For tests/bench/startup_bench.py: prints "painted" once the watched widget has been painted for the first time,
// so the benchmark measures up to what a person actually sees. The bench's bare Qt window uses the same one.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
            });
        }
        return false;
    }
};

} // namespace remitente
