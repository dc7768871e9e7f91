#pragma once

#include "Account.h"

#include "diagnosis/Diagnosis.h"

namespace remitente::accounts {

// What the diagnosis needs to know of the account a failure happened on (diagnosis itself knows no accounts).
inline diagnosis::FailureContext failureContext(const smtp::SmtpError &error, const Account &account)
{
    return {error, account.host, account.port, account.security, account.providerId};
}

} // namespace remitente::accounts
