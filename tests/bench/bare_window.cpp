// The baseline for tests/bench/startup_bench.py: the smallest Qt Widgets window (a label), reporting its first
// paint the same way the app does, so the difference is what Remitente itself costs.
#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {
class Reporter : public QObject
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
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.resize(640, 520);
    label.installEventFilter(new Reporter(&label));
    label.show();
    return QApplication::exec();
}
