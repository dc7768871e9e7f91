#include "SecretWipe.h"

#include <cstring>

namespace remitente::system {

namespace {
void zero(void *data, std::size_t size)
{
    // A volatile function pointer: the compiler cannot prove the memory is dead and drop the call.
    static void *(*const volatile zeroMemory)(void *, int, std::size_t) = std::memset;
    zeroMemory(data, 0, size);
}
} // namespace

void wipeSecret(QByteArray &secret)
{
    if (secret.isDetached() && secret.capacity() > 0)
        zero(secret.data(), std::size_t(secret.capacity()));
    secret.clear();
}

void wipeSecret(QString &secret)
{
    if (secret.isDetached() && secret.capacity() > 0)
        zero(secret.data(), std::size_t(secret.capacity()) * sizeof(QChar));
    secret.clear();
}

} // namespace remitente::system
