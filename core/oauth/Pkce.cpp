#include "Pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace remitente::oauth {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype VerifierBytes = 32; // 43 characters, RFC 7636 4.1's recommendation
} // namespace

QByteArray randomBase64Url(qsizetype byteCount)
{
    QList<quint32> words((byteCount + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.constData()), byteCount);
    const QByteArray text = bytes.toBase64(Base64Url);
    bytes.fill('\0');
    words.fill(0);
    return text;
}

Pkce Pkce::generate()
{
    return fromVerifier(randomBase64Url(VerifierBytes));
}

Pkce Pkce::fromVerifier(const QByteArray &verifier)
{
    return {verifier, QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64Url)};
}

} // namespace remitente::oauth
