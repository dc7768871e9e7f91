#include "SettingsElsewhere.h"

#include "CopyButton.h"
#include "Fingerprint.h"

#include "accounts/SecretStore.h"
#include "providers/ProviderCatalogue.h"

#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace remitente::ui {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *field = new QLabel(text, parent);
    field->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with its name when it wraps
    return field;
}

QLabel *nameLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(name, parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

SettingsElsewhere::SettingsElsewhere(QWidget *parent) : QGroupBox(tr("Use these settings elsewhere"), parent)
{
    setObjectName(QStringLiteral("settingsElsewhere"));
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
}

void SettingsElsewhere::setSources(accounts::SecretStore *secrets, const providers::ProviderCatalogue *catalogue)
{
    m_secrets = secrets;
    m_catalogue = catalogue;
}

void SettingsElsewhere::addRow(const QString &name, const QString &value, bool copyable, const QString &shown)
{
    const int row = m_rows++;
    auto *field = valueLabel(shown.isEmpty() ? value : shown, this);
    field->setObjectName(QStringLiteral("setting%1").arg(row));
    m_grid->addWidget(nameLabel(name, this), row, 0);
    m_grid->addWidget(field, row, 1);
    if (copyable) {
        auto *copy = new CopyButton(
            tr("Copy"), [value] { return value; }, this);
        copy->setObjectName(QStringLiteral("copySetting%1").arg(row));
        copy->setAccessibleName(tr("Copy %1").arg(name));
        m_grid->addWidget(copy, row, 2, Qt::AlignTop);
    }
}

QString SettingsElsewhere::passwordText() const
{
    using accounts::SignInKind;
    switch (m_account.signIn) {
    case SignInKind::AppPassword:
        return tr("The app password you created for Remitente (it is in the system keychain).");
    case SignInKind::MailboxPassword:
        return tr("The password you use for this email account (it is in the system keychain).");
    case SignInKind::ApiKey:
        return tr("The key your sending service gave you (it is in the system keychain).");
    case SignInKind::OAuth2: {
        const providers::Provider *provider = m_catalogue ? m_catalogue->byId(m_account.providerId) : nullptr;
        const QString brand = provider ? provider->signInBrand() : tr("its provider");
        return tr("No password: this account signs in with %1. Another program must offer \"Sign in with %1\" "
                  "itself.")
            .arg(brand);
    }
    case SignInKind::None:
        return tr("No password.");
    }
    return {};
}

void SettingsElsewhere::addPasswordRow()
{
    const int row = m_rows++;
    m_password = valueLabel(passwordText(), this);
    m_password->setObjectName(QStringLiteral("setting%1").arg(row));
    m_grid->addWidget(nameLabel(tr("Password"), this), row, 0);
    m_grid->addWidget(m_password, row, 1);
    const bool hasSecret
        = m_account.signIn != accounts::SignInKind::OAuth2 && m_account.signIn != accounts::SignInKind::None;
    if (!hasSecret || !m_secrets)
        return;
    m_reveal = new QPushButton(tr("Show the pass&word…"), this);
    m_reveal->setObjectName(QStringLiteral("showSecret"));
    m_reveal->setAutoDefault(false);
    connect(m_reveal, &QPushButton::clicked, this, &SettingsElsewhere::askToShowPassword);
    m_copyPassword = new CopyButton(
        tr("Copy"), [this] { return m_secret; }, this);
    m_copyPassword->setObjectName(QStringLiteral("copySetting%1").arg(row));
    m_copyPassword->setAccessibleName(tr("Copy %1").arg(tr("Password")));
    m_copyPassword->hide();
    m_grid->addWidget(m_reveal, row, 2, Qt::AlignTop);
    m_grid->addWidget(m_copyPassword, row, 2, Qt::AlignTop);
}

void SettingsElsewhere::askToShowPassword()
{
    // A second press, after saying what it does: nobody shows a password on screen by accident.
    if (m_reveal->property("confirming").toBool()) {
        showPassword();
        return;
    }
    m_reveal->setProperty("confirming", true);
    m_password->setText(tr("The password will be visible on the screen. Press \"Yes, show it\" to go on."));
    m_reveal->setText(tr("&Yes, show it"));
}

void SettingsElsewhere::showPassword()
{
    m_reveal->setEnabled(false);
    m_password->setText(tr("Reading the password from the system keychain…"));
    const QString id = m_account.id;
    m_secrets->read(id, [self = QPointer<SettingsElsewhere>(this), id](const accounts::SecretStore::Result &r) {
        if (!self || self->m_account.id != id || !self->m_password)
            return;
        if (r.status != accounts::SecretStore::Status::Ok) {
            self->m_password->setText(tr("The password could not be read from the system keychain: %1").arg(r.message));
            self->m_reveal->setEnabled(true);
            self->m_reveal->setProperty("confirming", false);
            self->m_reveal->setText(tr("Show the pass&word…"));
            return;
        }
        self->m_secret = r.secret;
        self->m_password->setText(r.secret);
        self->m_reveal->hide();
        self->m_copyPassword->show();
    });
}

void SettingsElsewhere::show(const accounts::Account &account)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_account = account;
    m_rows = 0;
    m_password = nullptr;
    m_reveal = nullptr;
    m_copyPassword = nullptr;
    m_secret.clear();
    addRow(tr("SMTP server (host)"), account.host, true);
    addRow(tr("Port"), QString::number(account.port), true);
    addRow(tr("Encryption"), account.security == smtp::Security::ImplicitTls ? tr("SSL/TLS") : tr("STARTTLS (TLS)"),
           true);
    addRow(tr("User name"), account.username, true);
    addPasswordRow();
    if (!account.pinnedSha256.isEmpty()) {
        // The account trusts one certificate the system does not: another program must be told to trust it too.
        // Shown on four lines (a fingerprint has no spaces to wrap at), copied on one.
        const QString fingerprint = QString::fromLatin1(account.pinnedSha256.toHex(':').toUpper());
        addRow(tr("Trusted certificate (SHA-256)"), fingerprint, true, fingerprintLines(fingerprint, 8));
        auto *hint = valueLabel(tr("This server's certificate is not trusted by the system; Remitente trusts it "
                                   "because you approved it. Another program must be told to trust the certificate "
                                   "with this fingerprint."),
                                this);
        hint->setObjectName(QStringLiteral("certificateHint"));
        m_grid->addWidget(hint, m_rows++, 0, 1, 3);
    }
}

} // namespace remitente::ui
