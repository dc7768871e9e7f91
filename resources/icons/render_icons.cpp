// Build tool: renders SVG icons to PNG at the given sizes, for the hicolor theme and the app's own resources (so
// the app needs no SVG plugin at run time).
//   render_icons OUTPUT_DIR SIZES FILE.svg...   (SIZES: "16,22,32"; writes OUTPUT_DIR/<size>/<name>.png)
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: render_icons OUTPUT_DIR SIZES FILE.svg...\n", stderr);
        return 2;
    }
    const QDir output(arguments.at(1));
    for (const QString &file : arguments.mid(3)) {
        QSvgRenderer svg(file);
        if (!svg.isValid()) {
            std::fprintf(stderr, "render_icons: %s is not a valid SVG\n", qPrintable(file));
            return 1;
        }
        for (const QString &size : arguments.at(2).split(u',')) {
            const int pixels = size.toInt();
            QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
            painter.end();
            output.mkpath(size);
            const QString path = output.filePath(QStringLiteral("%1/%2.png").arg(size, QFileInfo(file).completeBaseName()));
            if (!image.save(path)) {
                std::fprintf(stderr, "render_icons: could not write %s\n", qPrintable(path));
                return 1;
            }
        }
    }
    return 0;
}
