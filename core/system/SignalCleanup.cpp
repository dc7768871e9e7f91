#include "SignalCleanup.h"

#include <QFile>

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <climits>
#include <unistd.h>
#endif

namespace remitente::system {

#if defined(Q_OS_UNIX)
namespace {

struct Slot {
    std::array<char, PATH_MAX> path{};
    volatile std::sig_atomic_t used = 0;
};
std::array<Slot, 8> slots;
bool handlerInstalled = false;

extern "C" void onTerminatingSignal(int signalNumber)
{
    // Only async-signal-safe calls: unlink(), sigaction(), raise().
    for (Slot &slot : slots) {
        if (slot.used)
            unlink(slot.path.data());
    }
    struct sigaction defaultAction {
    };
    defaultAction.sa_handler = SIG_DFL;
    sigemptyset(&defaultAction.sa_mask);
    sigaction(signalNumber, &defaultAction, nullptr);
    raise(signalNumber);
}

void installHandler()
{
    if (handlerInstalled)
        return;
    handlerInstalled = true;
    struct sigaction action {
    };
    action.sa_handler = onTerminatingSignal;
    sigemptyset(&action.sa_mask);
    for (int signalNumber : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&action.sa_mask, signalNumber);
    for (int signalNumber : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction previous {
        };
        sigaction(signalNumber, nullptr, &previous);
        if (previous.sa_handler == SIG_IGN)
            continue; // started with the signal ignored (nohup): keep it so
        sigaction(signalNumber, &action, nullptr);
    }
}

} // namespace

bool removeOnSignal(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.isEmpty() || encoded.size() >= PATH_MAX)
        return false;
    for (Slot &slot : slots) {
        if (slot.used)
            continue;
        std::memcpy(slot.path.data(), encoded.constData(), std::size_t(encoded.size()) + 1);
        std::atomic_signal_fence(std::memory_order_seq_cst);
        slot.used = 1;
        installHandler();
        return true;
    }
    return false;
}

void forgetOnSignal(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    for (Slot &slot : slots) {
        if (slot.used && encoded == slot.path.data()) {
            slot.used = 0;
            std::atomic_signal_fence(std::memory_order_seq_cst);
        }
    }
}

#else
bool removeOnSignal(const QString &)
{
    return false;
}
void forgetOnSignal(const QString &)
{
}
#endif

} // namespace remitente::system
