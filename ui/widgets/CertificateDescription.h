#pragma once

#include "smtp/TlsFailure.h"

#include <QString>

namespace remitente::ui {

// What a person reads before trusting one certificate: who it is for, who issued it, when it is valid, and its
// fingerprint cut into lines, with the advice to compare that fingerprint. Plain text.
QString certificateDescription(const smtp::CertificateSummary &certificate);

} // namespace remitente::ui
