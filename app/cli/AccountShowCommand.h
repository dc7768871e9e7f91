#pragma once

#include "Command.h"

#include <QJsonObject>

namespace remitente::cli {

// `remitente-cli account show ID|ADDRESS`: one saved account as JSON.
class AccountShowCommand : public Command
{
    Q_OBJECT
public:
    AccountShowCommand();
    QString name() const override { return QStringLiteral("account show"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    static QJsonObject tokenState(const QString &accountId);

    QCommandLineOption m_json;
};

} // namespace remitente::cli
