#pragma once

#include <QString>

#include <optional>

namespace remitente::diagnosis {

// The change only an organisation's admin can make, named by a catalogue entry ("admin": "smtp-auth-mailbox") that
// offers the write-to-admin action; adminRequest() writes the message asking for it.
enum class AdminChange {
    SmtpAuthForMailbox, // turn on SMTP AUTH (Authenticated SMTP) for the mailbox: Set-CASMailbox
    SmtpAuthForTenant,  // the same, off for the whole organisation: per mailbox, or Set-TransportConfig
    SecurityDefaults,   // Microsoft Entra Security Defaults block SMTP AUTH
    AdminConsent,       // approve (consent to) the application in the organisation's Microsoft Entra ID
    SendAs,             // Send As permission on a shared mailbox
};

std::optional<AdminChange> adminChangeFromName(QStringView name);
QString adminChangeName(AdminChange change);

} // namespace remitente::diagnosis
