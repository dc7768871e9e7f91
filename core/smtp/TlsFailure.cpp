#include "TlsFailure.h"

#include <QCryptographicHash>

namespace remitente::smtp {

QString CertificateSummary::fingerprint() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

CertificateSummary CertificateSummary::from(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    if (certificate.isNull())
        return summary;
    summary.subject = certificate.subjectDisplayName();
    const QStringList subjectNames = certificate.subjectInfo(QSslCertificate::CommonName);
    const QStringList issuerOrganisation = certificate.issuerInfo(QSslCertificate::Organization);
    summary.issuer = certificate.issuerDisplayName();
    if (!issuerOrganisation.isEmpty() && !summary.issuer.contains(issuerOrganisation.first()))
        summary.issuer += QStringLiteral(" (") + issuerOrganisation.first() + u')';
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    summary.sha256 = certificate.digest(QCryptographicHash::Sha256);
    summary.selfSigned = certificate.isSelfSigned();
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) && !summary.names.contains(it.value()))
            summary.names.append(it.value());
    }
    if (summary.names.isEmpty())
        summary.names = subjectNames;
    return summary;
}

QString certificateProblemName(CertificateProblem problem)
{
    switch (problem) {
    case CertificateProblem::Untrusted:
        return QStringLiteral("untrusted");
    case CertificateProblem::SelfSigned:
        return QStringLiteral("self-signed");
    case CertificateProblem::Expired:
        return QStringLiteral("expired");
    case CertificateProblem::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case CertificateProblem::HostNameMismatch:
        return QStringLiteral("host-name-mismatch");
    case CertificateProblem::Revoked:
        return QStringLiteral("revoked");
    case CertificateProblem::Other:
        return QStringLiteral("other");
    }
    return {};
}

namespace {
CertificateProblem classify(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return CertificateProblem::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
        return CertificateProblem::Untrusted;
    case QSslError::CertificateExpired:
        return CertificateProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return CertificateProblem::NotYetValid;
    case QSslError::HostNameMismatch:
        return CertificateProblem::HostNameMismatch;
    case QSslError::CertificateRevoked:
        return CertificateProblem::Revoked;
    default:
        return CertificateProblem::Other;
    }
}
} // namespace

TlsFailure TlsFailure::fromSslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                                     const QString &expectedHostName)
{
    TlsFailure failure;
    failure.certificate = CertificateSummary::from(peer);
    failure.expectedHostName = expectedHostName;
    for (const QSslError &error : errors) {
        const CertificateProblem problem = classify(error.error());
        if (!failure.problems.contains(problem))
            failure.problems.append(problem);
        if (!failure.details.contains(error.errorString()))
            failure.details.append(error.errorString());
    }
    return failure;
}

QByteArray parseSha256Fingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(u"sha256:", Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(u':');
    hex.remove(u' ');
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace remitente::smtp
