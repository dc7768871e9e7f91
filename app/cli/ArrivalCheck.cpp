#include "ArrivalCheck.h"

#include "ExitCode.h"

namespace remitente::cli {

void ArrivalCheck::start(const imap::ImapServer &server, const accounts::SessionPlan &plan, const QByteArray &messageId,
                         std::chrono::milliseconds limit, std::function<void(const Arrival &)> done)
{
    connect(&m_confirmation, &accounts::DeliveryConfirmation::finished, this,
            [done = std::move(done)](const accounts::DeliveryConfirmationResult &result) {
                Arrival arrival;
                arrival.where = result.place == imap::ArrivalPlace::Inbox ? Arrival::Where::Inbox
                    : result.place == imap::ArrivalPlace::Junk            ? Arrival::Where::Junk
                                                                          : Arrival::Where::NotFound;
                arrival.seconds = result.seconds;
                arrival.mailbox = result.mailbox;
                arrival.problem = result.problem;
                arrival.authenticationResults = diagnosis::authenticationLines(result.verdict);
                for (const diagnosis::VerdictProblem &problem : result.problems)
                    arrival.advice.append(problem.words);
                done(arrival);
            });
    m_confirmation.start(server, plan, messageId, limit);
}

QString ArrivalCheck::summaryLine(const Arrival &arrival)
{
    const char *where = arrival.where == Arrival::Where::Inbox ? "inbox"
        : arrival.where == Arrival::Where::Junk                ? "junk"
                                                               : "not-found";
    return QStringLiteral("arrived %1 %2").arg(QLatin1String(where), QString::number(arrival.seconds, 'f', 1));
}

int ArrivalCheck::exitCodeFor(const Arrival &arrival)
{
    switch (arrival.where) {
    case Arrival::Where::Inbox:
        return ExOk;
    case Arrival::Where::Junk:
        return 1;
    case Arrival::Where::NotFound:
        break;
    }
    return ExTempFail;
}

} // namespace remitente::cli
