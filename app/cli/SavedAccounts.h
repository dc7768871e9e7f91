#pragma once

#include "accounts/AccountStore.h"

#include <optional>
#include <variant>

namespace remitente::cli {

// "No saved account KEY": EX_USAGE, or EX_CONFIG with what is wrong with the account list when part of it could not
// be read (the account may be one of the entries left out).
int noSavedAccount(const QString &key, const accounts::AccountStore &store);
// The id of the saved account KEY (id or address), read from the account list now; else the exit code of
// noSavedAccount(), said.
std::variant<QString, int> savedAccountId(const QString &key);
// Says on standard error what could not be read from the account list, if anything; true when something could not.
bool warnAboutProblem(const accounts::AccountStore &store);
// EX_CONFIG, said, when the list cannot be saved: checked before anything else is touched (the keychain above all),
// so a list that cannot be read is never replaced.
std::optional<int> refuseUnlessWritable(const accounts::AccountStore &store);

} // namespace remitente::cli
