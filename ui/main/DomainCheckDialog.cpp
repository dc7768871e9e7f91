#include "DomainCheckDialog.h"

#include "DomainFindings.h"

#include "diagnosis/DomainCheck.h"
#include "mime/Mailbox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace remitente::ui {

DomainCheckDialog::DomainCheckDialog(const WizardServices &services, const accounts::Account &account, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("domainCheckDialog"));
    setWindowTitle(tr("Your domain's email records"));
    auto *text = new QLabel(
        tr("Checking the SPF, DKIM, DMARC and MX records of %1…").arg(mime::domainOf(account.address)), this);
    text->setObjectName(QStringLiteral("domainFindings"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText); // domainFindingsHtml escapes what the DNS said
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // However small the window gets, every finding stays reachable: the text scrolls instead of being cut.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("domainFindingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    setMinimumSize(420, 300);
    resize(640, 520);
    auto *check = new diagnosis::DomainCheck(*services.resolver, *services.catalogue, this);
    connect(check, &diagnosis::DomainCheck::finished, text,
            [text](const QList<diagnosis::DomainFinding> &findings) { text->setText(domainFindingsHtml(findings)); });
    check->start({account.address, account.providerId, account.host});
}

void DomainCheckDialog::openFor(const WizardServices &services, const accounts::Account &account, QWidget *parent)
{
    auto *dialog = new DomainCheckDialog(services, account, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace remitente::ui
