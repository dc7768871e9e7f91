#pragma once

#include "Command.h"

namespace remitente::cli {

// `remitente-cli relay client add NAME [--account A]`: a program's own relay user; its password is printed once.
class RelayClientAddCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("relay client add"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;
};

// `remitente-cli relay client list [--json]`.
class RelayClientListCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("relay client list"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;
};

// `remitente-cli relay client remove NAME`: that program can no longer sign in (from its next connection).
class RelayClientRemoveCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("relay client remove"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;
};

} // namespace remitente::cli
