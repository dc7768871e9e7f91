#pragma once

namespace remitente {

// Installs Qt's own and Remitente's translations for the system language (English when there is none).
void installTranslations();

} // namespace remitente
