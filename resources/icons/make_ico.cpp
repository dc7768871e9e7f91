// Build tool: packs PNG images into one Windows .ico (PNG-compressed entries, read by Windows Vista and later), for
// the installer and the programs' own icon on Windows.
//   make_ico OUTPUT.ico IMAGE.png...   (square images, 1 to 256 pixels)
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <QtEndian>

#include <cstdio>

namespace {
void append16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void append32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: make_ico OUTPUT.ico IMAGE.png...\n", stderr);
        return 2;
    }
    QList<QByteArray> pngs;
    QList<int> sizes;
    for (const QString &path : arguments.mid(2)) {
        QFile file(path);
        const QImage image(path);
        if (!file.open(QIODevice::ReadOnly) || image.isNull() || image.width() != image.height() || image.width() > 256) {
            std::fprintf(stderr, "make_ico: %s is not a square PNG of at most 256 pixels\n", qPrintable(path));
            return 1;
        }
        pngs.append(file.readAll());
        sizes.append(image.width());
    }
    // ICONDIR, then one ICONDIRENTRY per image (a width or height of 0 means 256), then the images.
    QByteArray out;
    append16(out, 0);
    append16(out, 1); // an icon, not a cursor
    append16(out, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        const char side = char(sizes.at(i) == 256 ? 0 : sizes.at(i));
        out.append(side).append(side).append('\0').append('\0');
        append16(out, 1);  // colour planes
        append16(out, 32); // bits per pixel
        append32(out, quint32(pngs.at(i).size()));
        append32(out, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : std::as_const(pngs))
        out.append(png);
    QSaveFile ico(arguments.at(1));
    if (!ico.open(QIODevice::WriteOnly) || ico.write(out) != out.size() || !ico.commit()) {
        std::fprintf(stderr, "make_ico: could not write %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    return 0;
}
