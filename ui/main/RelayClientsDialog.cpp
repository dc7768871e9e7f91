#include "RelayClientsDialog.h"

#include "AddRelayClientDialog.h"
#include "ReadableSize.h"
#include "RelaySwitch.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

RelayClientsDialog::RelayClientsDialog(const AppServices &services, const RelaySwitch *relaySwitch,
                                       const QString &accountId, QWidget *parent)
    : QDialog(parent), m_services(services), m_switch(relaySwitch), m_accountId(accountId)
{
    setObjectName(QStringLiteral("relayClientsDialog"));
    setWindowTitle(tr("Programs that send through Remitente"));
    auto *intro = wrapped(this);
    intro->setText(tr("A shop, a CRM, a scanner or a script on this computer can send email from your account: "
                      "it connects to Remitente as to an email server, with its own user name and password."));
    m_state = wrapped(this);
    m_state->setObjectName(QStringLiteral("relayState"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("relayClientList"));
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Programs"));
    m_list->setHeaderLabels({tr("Program (user name)"), tr("Sends from"), tr("Added")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideRight);
    m_empty = wrapped(this);
    m_empty->setObjectName(QStringLiteral("noRelayClients"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setText(tr("No program may send through Remitente yet. Add one to get its user name and password."));
    m_problem = wrapped(this);
    m_problem->setObjectName(QStringLiteral("relayClientsProblem"));
    m_problem->hide();

    auto *add = new QPushButton(tr("&Add a program…"), this);
    add->setObjectName(QStringLiteral("addRelayClient"));
    add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeRelayClient"));
    m_remove->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_remove, &QPushButton::clicked, this, &RelayClientsDialog::confirmRemove);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_remove->setEnabled(m_list->currentItem() != nullptr); });
    if (m_switch)
        connect(m_switch, &RelaySwitch::stateChanged, this, &RelayClientsDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateState();
    refresh();
    resize(620, 400);
    keepReadable(this, 460);
}

void RelayClientsDialog::updateState()
{
    if (m_switch && m_switch->isOn())
        m_state->setText(tr("Sending for programs is on: they connect to 127.0.0.1, port %1, without encryption "
                            "(the connection never leaves this computer).")
                             .arg(m_switch->port()));
    else
        m_state->setText(tr("Sending for programs is off: turn on \"%1\" in the Programs menu for them to send.")
                             .arg(m_switch ? m_switch->action()->text().remove(u'&')
                                           : tr("Let other programs send through Remitente")));
}

QString RelayClientsDialog::accountText(const QString &accountId) const
{
    if (!m_services.store)
        return accountId;
    if (accountId.isEmpty()) {
        const std::optional<accounts::Account> first = m_services.store->defaultAccount();
        return first ? tr("%1 (the first account)").arg(first->address) : tr("the first account (there is none)");
    }
    const std::optional<accounts::Account> account = m_services.store->find(accountId);
    return account ? account->address : tr("an account that was removed");
}

void RelayClientsDialog::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    m_list->clear();
    const QList<relay::RelayClient> clients = relay::RelayClients(RelaySwitch::clientsPath(m_services)).list();
    for (const relay::RelayClient &client : clients) {
        const QString added = client.createdAt.isValid()
            ? QLocale().toString(client.createdAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
        auto *item = new QTreeWidgetItem(m_list, {client.name, accountText(client.accountId), added});
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
        if (client.name == current)
            m_list->setCurrentItem(item);
    }
    const bool empty = clients.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

AddRelayClientDialog *RelayClientsDialog::openAddDialog()
{
    const quint16 port = m_switch && m_switch->isOn() ? m_switch->port() : m_services.relayPort;
    auto *dialog = new AddRelayClientDialog(m_services, port, m_accountId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddRelayClientDialog::added, this, [this](const QString &name) {
        refresh();
        const QList<QTreeWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly, 0);
        if (!found.isEmpty())
            m_list->setCurrentItem(found.first());
    });
    dialog->open();
    return dialog;
}

void RelayClientsDialog::confirmRemove()
{
    if (!m_list->currentItem())
        return;
    const QString name = m_list->currentItem()->text(0);
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Remove the program"),
                                tr("Remove “%1”? It will no longer be able to send through Remitente: its password "
                                   "stops working at once.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("confirmRemoveRelayClient"));
    ask->setTextFormat(Qt::PlainText);
    ask->button(QMessageBox::Yes)->setText(tr("&Remove"));
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, name](int choice) {
        if (choice != QMessageBox::Yes)
            return;
        QString error;
        relay::RelayClients clients(RelaySwitch::clientsPath(m_services));
        m_problem->setVisible(!clients.remove(name, &error));
        m_problem->setText(error);
        refresh();
    });
    ask->open(); // no nested event loop
}

} // namespace remitente::ui
