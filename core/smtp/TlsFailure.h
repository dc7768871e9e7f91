#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace remitente::smtp {

// What a person needs to judge a certificate: who it is for, who vouches for it, when it is valid, its fingerprint.
struct CertificateSummary {
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // of the DER encoding: what a pin stores
    QStringList names; // DNS names and IP addresses the certificate is valid for
    bool selfSigned = false;

    bool isNull() const { return sha256.isEmpty(); }
    QString fingerprint() const; // "AB:CD:..."
    static CertificateSummary from(const QSslCertificate &certificate);
};

// Which check a certificate failed, in words a diagnosis can match on.
enum class CertificateProblem { Untrusted, SelfSigned, Expired, NotYetValid, HostNameMismatch, Revoked, Other };

QString certificateProblemName(CertificateProblem problem); // "untrusted", "self-signed", ... (stable, for JSON)

struct TlsFailure {
    CertificateSummary certificate;     // the server's own certificate, when one was received
    QList<CertificateProblem> problems; // empty for a handshake that failed before any certificate check
    QStringList details;                // the TLS library's words for each problem or the handshake error
    QString expectedHostName;

    static TlsFailure fromSslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                                    const QString &expectedHostName);
};

// Normalises "ab:cd:..." / "ABCD..." to raw bytes; empty when it is not a SHA-256 fingerprint.
QByteArray parseSha256Fingerprint(const QString &text);

} // namespace remitente::smtp
