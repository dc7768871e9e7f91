#include "RelayCertificate.h"

#include "system/DurableFile.h"
#include "system/FileLock.h"
#include "system/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QStandardPaths>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>
#include <optional>

namespace remitente::relay {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::relay::RelayCertificate)
};

constexpr long ValidDays = 5 * 365 + 1;
constexpr long ClockSkewSeconds = 3600; // valid from an hour ago: the program's clock may be a little behind
constexpr qint64 MaxPemBytes = 64 * 1024;
constexpr int LongestCommonName = 64; // RFC 5280 ub-common-name

template<auto Free> struct Freer {
    template<typename T> void operator()(T *pointer) const { Free(pointer); }
};
using KeyPointer = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY_free>>;
using CertificatePointer = std::unique_ptr<X509, Freer<X509_free>>;
using BioPointer = std::unique_ptr<BIO, Freer<BIO_free_all>>;
using NamesPointer = std::unique_ptr<GENERAL_NAMES, Freer<GENERAL_NAMES_free>>;
using NumberPointer = std::unique_ptr<BIGNUM, Freer<BN_free>>;

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("OpenSSL");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    const BioPointer bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

struct Names {
    QStringList hosts;
    QList<QHostAddress> addresses;
};

// Host names as DNS allows them in a certificate (letters, digits, hyphens, dots), IP addresses without their
// scope; anything else is left out.
Names sortNames(const QStringList &given)
{
    static const QRegularExpression hostName(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"));
    Names names;
    for (const QString &name : given) {
        QHostAddress address;
        if (address.setAddress(name)) {
            address.setScopeId({});
            if (!names.addresses.contains(address))
                names.addresses.append(address);
            continue;
        }
        const QString host = name.trimmed().toLower();
        if (host.size() <= 253 && hostName.match(host).hasMatch() && !names.hosts.contains(host))
            names.hosts.append(host);
    }
    return names;
}

bool addAlternativeNames(X509 *certificate, const Names &names)
{
    const NamesPointer list(sk_GENERAL_NAME_new_null());
    if (!list)
        return false;
    auto push = [&](int type, ASN1_STRING *value) {
        GENERAL_NAME *name = GENERAL_NAME_new();
        if (!name) {
            ASN1_STRING_free(value);
            return false;
        }
        GENERAL_NAME_set0_value(name, type, value);
        if (sk_GENERAL_NAME_push(list.get(), name) == 0) {
            GENERAL_NAME_free(name);
            return false;
        }
        return true;
    };
    for (const QString &host : names.hosts) {
        const QByteArray ascii = host.toLatin1();
        ASN1_IA5STRING *value = ASN1_IA5STRING_new();
        if (!value || ASN1_STRING_set(value, ascii.constData(), int(ascii.size())) != 1 || !push(GEN_DNS, value))
            return false;
    }
    for (const QHostAddress &address : names.addresses) {
        QByteArray bytes;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = address.toIPv4Address();
            const char octets[4] = {char(v4 >> 24), char(v4 >> 16), char(v4 >> 8), char(v4)};
            bytes = QByteArray(octets, 4);
        } else {
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
        }
        ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
        if (!value
            || ASN1_OCTET_STRING_set(value, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     int(bytes.size()))
                != 1
            || !push(GEN_IPADD, value))
            return false;
    }
    return sk_GENERAL_NAME_num(list.get()) == 0
        || X509_add1_ext_i2d(certificate, NID_subject_alt_name, list.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

struct Pair {
    QByteArray certificate;
    QByteArray key;
};

// A self-signed ECDSA P-256 server certificate for these names, valid for ValidDays; the key as PKCS#8 PEM. No
// keyUsage: one without keyCertSign would make OpenSSL (and so the programs that load this file as the one
// certificate they trust) see it as not self-signed.
std::variant<Pair, QString> makePair(const QStringList &given)
{
    const Names names = sortNames(given);
    const KeyPointer key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const CertificatePointer certificate(X509_new());
    if (!key || !certificate)
        return openSslError();
    X509 *x509 = certificate.get();

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return openSslError();
    serial[0] &= 0x7f; // a positive number (RFC 5280 4.1.2.2)
    const NumberPointer number(BN_bin2bn(serial, sizeof serial, nullptr));

    QString commonName = QStringLiteral("Remitente relay");
    if (!names.hosts.isEmpty() && names.hosts.first().size() <= LongestCommonName)
        commonName = names.hosts.first();
    else if (names.hosts.isEmpty() && !names.addresses.isEmpty())
        commonName = names.addresses.first().toString();
    const QByteArray commonNameUtf8 = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(x509);

    const bool made = X509_set_version(x509, X509_VERSION_3) == 1 && number
        && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(x509)) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(x509), -ClockSkewSeconds) != nullptr
        && X509_time_adj_ex(X509_getm_notAfter(x509), int(ValidDays), 0, nullptr) != nullptr
        && X509_set_pubkey(x509, key.get()) == 1
        && X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(commonNameUtf8.constData()), -1, -1, 0)
            == 1
        && X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("Remitente relay"), -1, -1, 0)
            == 1
        && X509_set_issuer_name(x509, subject) == 1 && addExtension(x509, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(x509, NID_ext_key_usage, "serverAuth") && addExtension(x509, NID_subject_key_identifier, "hash")
        && addExtension(x509, NID_authority_key_identifier, "keyid:always") && addAlternativeNames(x509, names)
        && X509_sign(x509, key.get(), EVP_sha256()) > 0;
    if (!made)
        return openSslError();
    Pair pair;
    pair.certificate = pemOf([&](BIO *bio) { return PEM_write_bio_X509(bio, x509); });
    pair.key = pemOf(
        [&](BIO *bio) { return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr); });
    if (pair.certificate.isEmpty() || pair.key.isEmpty())
        return openSslError();
    return pair;
}

// Whether this key is the one the certificate was made for.
bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const BioPointer certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    const BioPointer keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certificateBio || !keyBio)
        return false;
    const CertificatePointer certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    const KeyPointer key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    const bool matches = certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    return matches;
}

std::optional<QByteArray> readSmall(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxPemBytes)
        return std::nullopt;
    return file.read(MaxPemBytes);
}
} // namespace

QString RelayCertificate::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QStringList RelayCertificate::namesFor(const QHostAddress &address)
{
    QStringList names;
    const QString host = QHostInfo::localHostName().toLower();
    if (!host.isEmpty()) {
        names << host;
        if (!host.contains(u'.'))
            names << host + QStringLiteral(".local"); // what mDNS (Avahi, Bonjour) answers to on the network
    }
    const bool any = address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
    QList<QHostAddress> addresses{address};
    if (any)
        addresses = QNetworkInterface::allAddresses();
    for (QHostAddress each : addresses) {
        if (any && (each.isLoopback() || each.isLinkLocal()))
            continue;
        each.setScopeId({});
        if (!each.isNull() && !names.contains(each.toString()))
            names << each.toString();
    }
    return names;
}

QString RelayCertificate::fingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

std::variant<RelayCertificate, QString> RelayCertificate::loadOrCreate(const QString &folder, const QStringList &names)
{
    QString why;
    if (!system::makePrivateFolder(folder, &why))
        return Text::tr("The folder for the relay's certificate, %1, cannot be created: %2").arg(folder, why);
    const QDir dir(folder);
    const QString certificatePath = dir.filePath(certificateFileName());
    const QString keyPath = dir.filePath(keyFileName());

    // The app and remitente-cli may start listening at the same moment: one of them makes the pair.
    system::FileLock lock(dir.filePath(QStringLiteral("relay-certificate.lock")));
    if (lock.lock(std::chrono::seconds(10)) != system::FileLock::Result::Locked)
        return Text::tr("The relay's certificate in %1 cannot be used now: %2")
            .arg(folder,
                 lock.errorString().isEmpty() ? Text::tr("another Remitente kept it locked; try again")
                                              : lock.errorString());

    RelayCertificate result;
    if (QFile::exists(certificatePath)) {
        const std::optional<QByteArray> certificatePem = readSmall(certificatePath);
        const std::optional<QByteArray> keyPem = readSmall(keyPath);
        const QList<QSslCertificate> certificates
            = certificatePem ? QSslCertificate::fromData(*certificatePem, QSsl::Pem) : QList<QSslCertificate>();
        if (certificates.size() != 1 || !keyPem || !keyMatches(*certificatePem, *keyPem))
            return Text::tr("The relay's certificate %1 or its key %2 cannot be read, or they do not belong "
                            "together. Remove both to have Remitente make a new certificate; programs that trust "
                            "the old fingerprint will then have to be given the new one.")
                .arg(certificatePath, keyPath);
        result.m_certificate = certificates.first();
        result.m_key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (result.m_key.isNull())
            return Text::tr("The relay's key %1 cannot be read.").arg(keyPath);
        system::makePrivateFile(certificatePath); // an older copy, or one restored from a backup, may be readable
        system::makePrivateFile(keyPath);
        if (result.m_certificate.expiryDate() > QDateTime::currentDateTimeUtc())
            return result;
    }

    const std::variant<Pair, QString> made = makePair(names);
    if (const auto *error = std::get_if<QString>(&made))
        return Text::tr("The relay's certificate could not be made: %1").arg(*error);
    const Pair &pair = std::get<Pair>(made);
    // The key first: a certificate on the disk always has its key beside it.
    if (!system::writeDurably(keyPath, pair.key, &why)
        || !system::writeDurably(certificatePath, pair.certificate, &why))
        return Text::tr("The relay's certificate could not be saved in %1: %2").arg(folder, why);
    result.m_certificate = QSslCertificate(pair.certificate, QSsl::Pem);
    result.m_key = QSslKey(pair.key, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    result.m_created = true;
    if (result.m_certificate.isNull() || result.m_key.isNull())
        return Text::tr("The relay's certificate could not be made: %1").arg(QStringLiteral("QSslKey"));
    return result;
}

} // namespace remitente::relay
