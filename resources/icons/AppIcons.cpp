#include "AppIcons.h"

#include <QFile>

namespace remitente {

namespace {
QIcon fromSizes(const QString &folder, const QString &name, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes) {
        const QString path = QStringLiteral(":/icons/%1/%2/%3.png").arg(folder).arg(size).arg(name);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
    }
    return icon;
}
} // namespace

QIcon appIcon()
{
    // Up to 128 px: Qt decodes every size and sends it to the X server for each window (512 px cost 400 ms).
    static const QIcon icon = fromSizes(QStringLiteral("app"), QStringLiteral("io.github.remitente.Remitente"),
                                        {16, 22, 24, 32, 48, 64, 128});
    return icon;
}

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, fromSizes(QStringLiteral("actions"), name, {16, 22, 24, 32, 48}));
}

} // namespace remitente
