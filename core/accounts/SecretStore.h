#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace remitente::accounts {

// Where passwords live: never in a file of ours. Every call answers once, later, from the event loop.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, NoService, AccessDenied, Timeout, Failed };
    struct Result {
        Status status = Status::Ok;
        QString secret;  // for read
        QString message; // translated: what happened and what to do
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

QString secretStatusName(SecretStore::Status status); // "ok", "not-found", "no-service", "access-denied", ...

} // namespace remitente::accounts
