#pragma once

#include "Diagnosis.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::diagnosis {

// A ready message for the organisation's IT admin, in the person's language (the translator installed now): what to
// change, for which mailbox, with the exact command, and the server's or provider's words (escaped and bounded).
struct AdminRequest {
    QString subject;
    QString body; // plain text, lines separated by "\n"
};

struct AdminRequestDetails {
    QString mailbox = {};    // the address the person signs in with
    QString sendAs = {};     // AdminChange::SendAs: the shared mailbox to send as (the From address)
    QString clientId = {};   // AdminChange::AdminConsent: the application's client id with Microsoft Entra ID
    QString tenant = {};     // AdminChange::AdminConsent: tenant id or domain; empty (or common, organizations,
                             // consumers): the mailbox's domain
    QStringList scopes = {}; // AdminChange::AdminConsent: the permissions asked for; empty: SMTP.Send, offline_access
};

// The request for the diagnosis' AdminChange; nullopt when it has none (no write-to-admin action).
std::optional<AdminRequest> adminRequest(const Diagnosis &diagnosis, const AdminRequestDetails &details);

} // namespace remitente::diagnosis
