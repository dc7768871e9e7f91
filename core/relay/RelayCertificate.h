#pragma once

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <variant>

namespace remitente::relay {

// The certificate the relay shows when it listens beyond this computer (a scanner, a second machine): self-signed
// ECDSA P-256, for this computer's name and the addresses it listens on, valid for five years. Made once in the
// app's data folder (relay-certificate.pem and relay-key.pem, 0600, folder 0700) and loaded ever after, so the
// fingerprint a program was told to trust stays the same; only an expired one is replaced.
//
//     const auto made = RelayCertificate::loadOrCreate(RelayCertificate::defaultFolder(),
//                                                      RelayCertificate::namesFor(address));
//     if (const auto *why = std::get_if<QString>(&made)) ...; // translated
//     const auto &certificate = std::get<RelayCertificate>(made);
//     service.setCertificate(certificate.certificate(), certificate.key());
//     ... certificate.fingerprint() ...                        // "AB:CD:..." (SHA-256), to show the person
class RelayCertificate
{
public:
    static QString defaultFolder(); // <AppDataLocation>, beside outbox.sqlite
    static QString certificateFileName() { return QStringLiteral("relay-certificate.pem"); }
    static QString keyFileName() { return QStringLiteral("relay-key.pem"); }

    // What a new certificate is made for when the relay listens on `address`: this computer's host name (and
    // NAME.local) and the address, or every address of this computer when it is the "any" address.
    static QStringList namesFor(const QHostAddress &address);

    // The certificate in `folder` (created 0700 when missing), made now when there is none or it has expired.
    // `names` (host names and IP addresses; the first host name is the subject's CN) only matter when one is
    // made. A translated reason when it cannot be read, made or written; a damaged or mismatched pair is never
    // replaced silently (the person may have told programs its fingerprint): they are named in the reason.
    static std::variant<RelayCertificate, QString> loadOrCreate(const QString &folder, const QStringList &names);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    QString fingerprint() const; // SHA-256 of the DER, "AB:CD:..." (95 characters), as the TLS pinning shows it
    bool wasCreated() const { return m_created; } // made by this call (so the person sees a new fingerprint)

private:
    RelayCertificate() = default;

    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_created = false;
};

} // namespace remitente::relay
