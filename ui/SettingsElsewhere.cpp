#include "SettingsElsewhere.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace remitente::ui {

SettingsElsewhere::SettingsElsewhere(QWidget *parent) : QGroupBox(tr("Use these settings elsewhere"), parent)
{
    setObjectName(QStringLiteral("settingsElsewhere"));
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
}

void SettingsElsewhere::show(const accounts::Account &account)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<std::pair<QString, QString>> rows = {
        {tr("SMTP server (host)"), account.host},
        {tr("Port"), QString::number(account.port)},
        {tr("Encryption"), account.security == smtp::Security::ImplicitTls ? tr("SSL/TLS") : tr("STARTTLS (TLS)")},
        {tr("User name"), account.username},
        {tr("Password"), tr("the password you created for Remitente (it is in the system keychain)")},
    };
    int row = 0;
    for (const auto &[name, value] : rows) {
        auto *field = new QLabel(value, this);
        field->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
        field->setObjectName(QStringLiteral("setting%1").arg(row));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_grid->addWidget(new QLabel(name, this), row, 0);
        m_grid->addWidget(field, row, 1);
        if (row < 4) {
            auto *copy = new QPushButton(tr("Copy"), this);
            copy->setObjectName(QStringLiteral("copySetting%1").arg(row));
            copy->setAccessibleName(tr("Copy %1").arg(name));
            connect(copy, &QPushButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
            m_grid->addWidget(copy, row, 2);
        }
        ++row;
    }
}

} // namespace remitente::ui
