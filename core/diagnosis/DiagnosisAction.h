#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace remitente::diagnosis {

// What a button next to a diagnosis can do, as the catalogue names it ("edit-password", ...). The catalogue is
// refused when it names anything else, so an entry can never promise a button that does not exist.
enum class DiagnosisAction {
    EditPassword,       // back to the password (or app password) field
    EditSender,         // the sender address or the account it belongs to
    EditRecipients,     // the recipient addresses
    EditServer,         // host, port, security
    TryOtherPort,       // 465 <-> 587
    ShowCertificate,    // show the certificate the server presented
    TrustCertificate,   // trust that one certificate (never offered for interception)
    UseCertificateHost, // use the name the certificate is valid for (shared hosting)
    CheckDomain,        // SPF, DKIM, DMARC and MX of the sender's domain
    OpenLink,           // the provider's page about it
    Retry,
    Wait,               // nothing to press: it passes with time (no button)
    SignInWithProvider, // Sign in with Microsoft/Google (again): the provider's OAuth2 sign-in for this account
    WriteToAdmin,       // a ready message for the organisation's IT admin (adminRequest() in AdminRequest.h)
};

std::optional<DiagnosisAction> diagnosisActionFromName(QStringView name);
QString diagnosisActionName(DiagnosisAction action);
QStringList diagnosisActionNames(const QList<DiagnosisAction> &actions);

} // namespace remitente::diagnosis

Q_DECLARE_METATYPE(remitente::diagnosis::DiagnosisAction)
