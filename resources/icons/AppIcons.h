#pragma once

#include <QIcon>

namespace remitente {

// Remitente's own icon (every window uses it), from the PNGs rendered at build time.
QIcon appIcon();
// The desktop theme's icon of that name, or the bundled one of the same name.
QIcon themeIcon(const QString &name);

} // namespace remitente
