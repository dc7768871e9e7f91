#pragma once

#include "ReceiverVerdict.h"

#include <QList>
#include <QString>

namespace remitente::diagnosis {

// One thing the receiver held against the message, with what to do about it, in plain words (translated).
struct VerdictProblem {
    QString method; // "spf", "dkim", "dmarc", "spam"
    QString result; // as the receiver wrote it: "fail", "softfail", "none", ... ("yes" for spam)
    QString domain; // what it was about, when known
    QString words;  // why it matters and the fix
    bool operator==(const VerdictProblem &) const = default;
};

// The failures in a receiver's verdict (SPF fail/softfail/none, DKIM fail/none, DMARC fail, a spam flag), in that
// order; empty when everything passed or nothing was said. For "In Spam: why and what to do" and the domain
// check's advice.
QList<VerdictProblem> verdictProblems(const ReceiverVerdict &verdict);

} // namespace remitente::diagnosis
