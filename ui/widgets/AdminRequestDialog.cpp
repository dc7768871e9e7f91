#include "AdminRequestDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace remitente::ui {

AdminRequestDialog::AdminRequestDialog(const diagnosis::AdminRequest &request, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("adminRequestDialog"));
    setWindowTitle(tr("Write to my IT admin"));
    auto *intro = new QLabel(tr("Only your organisation's admin can change this. Send them this message:"), this);
    intro->setWordWrap(true);
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("adminRequestText"));
    text->setReadOnly(true);
    text->setPlainText(tr("Subject: %1").arg(request.subject) + QStringLiteral("\n\n") + request.body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy the message"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAdminRequest"));
    QPushButton *mail = buttons->addButton(tr("&Open it in my mail program"), QDialogButtonBox::ActionRole);
    mail->setObjectName(QStringLiteral("mailAdminRequest"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(640, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [request] { QApplication::clipboard()->setText(request.subject + QStringLiteral("\n\n") + request.body); });
    connect(mail, &QPushButton::clicked, this, [request] {
        QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:?subject=%1&body=%2")
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.subject)),
                                                QString::fromLatin1(QUrl::toPercentEncoding(request.body)))));
    });
}

void AdminRequestDialog::openFor(const diagnosis::Diagnosis &diagnosis, const accounts::Account &account,
                                 const accounts::SessionPlanner *planner, QWidget *parent)
{
    diagnosis::AdminRequestDetails details;
    details.mailbox = account.username.contains(u'@') ? account.username : account.address;
    if (!account.address.isEmpty() && account.address.compare(details.mailbox, Qt::CaseInsensitive) != 0)
        details.sendAs = account.address;
    if (const std::optional<oauth::OAuthSettings> settings = planner ? planner->oauthSettings(account) : std::nullopt) {
        details.clientId = settings->clientId;
        details.tenant = settings->tenant;
        details.scopes = settings->scopes;
    }
    const std::optional<diagnosis::AdminRequest> request = diagnosis::adminRequest(diagnosis, details);
    if (!request)
        return;
    auto *dialog = new AdminRequestDialog(*request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace remitente::ui
