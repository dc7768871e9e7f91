// The baseline for tests/bench/startup_bench.py: the smallest Qt Widgets window (a label), reporting its first
// paint the same way the app does, so the difference is what Remitente itself costs.
#include "FirstPaintReporter.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.resize(640, 520);
    label.installEventFilter(new remitente::FirstPaintReporter(&label));
    label.show();
    return QApplication::exec();
}
