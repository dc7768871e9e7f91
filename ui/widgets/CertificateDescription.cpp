#include "CertificateDescription.h"

#include "Fingerprint.h"

#include <QCoreApplication>
#include <QLocale>

namespace remitente::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::ui::CertificateDescription)
};
} // namespace

QString certificateDescription(const smtp::CertificateSummary &c)
{
    return Text::tr("Issued to: %1\nIssued by: %2\nValid from %3 to %4\nValid for: %5\nSHA-256 fingerprint: %6\n\n"
                    "Trust it only if this fingerprint is the one your provider or administrator gave you.")
        .arg(c.subject, c.issuer, QLocale().toString(c.notBefore, QLocale::ShortFormat),
             QLocale().toString(c.notAfter, QLocale::ShortFormat), c.names.join(u", "),
             fingerprintLines(c.fingerprint(), 16));
}

} // namespace remitente::ui
