#pragma once

#include "diagnosis/DomainCheck.h"

#include <QString>

namespace remitente::ui {

// The domain check's findings as rich text for a label: a mark per check, why, and the record to add.
QString domainFindingsHtml(const QList<diagnosis::DomainFinding> &findings);

} // namespace remitente::ui
