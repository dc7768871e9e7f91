#include "AccountsView.h"

#include "AccountRowDelegate.h"
#include "AccountStatus.h"
#include "AppIcons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {

QIcon stateIcon(AccountStatus::Kind kind)
{
    switch (kind) {
    case AccountStatus::Kind::Verified:
        return themeIcon(QStringLiteral("emblem-ok"));
    case AccountStatus::Kind::NotChecked:
        return themeIcon(QStringLiteral("dialog-question"));
    case AccountStatus::Kind::NeedsSignIn:
        return themeIcon(QStringLiteral("dialog-password"));
    case AccountStatus::Kind::Paused:
        return themeIcon(QStringLiteral("media-playback-pause"));
    case AccountStatus::Kind::MessagesFailed:
        return themeIcon(QStringLiteral("dialog-error"));
    }
    return {};
}
} // namespace

AccountsView::AccountsView(const AppServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    // The texts that moved here from the main window keep their context, and so their translations.
    auto *title = new QLabel(
        QCoreApplication::translate("remitente::ui::MainWindow", "Send email from your own address"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *explanation = new QLabel(
        QCoreApplication::translate(
            "remitente::ui::MainWindow",
            "Remitente lets your shop, your website, your CRM or your own scripts send email from your Gmail, "
            "Outlook, Yahoo, iCloud or hosting address. It finds the right settings, keeps your password in the "
            "system keychain, checks every step and explains any problem in plain words."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_noAccounts = new QLabel(
        QCoreApplication::translate("remitente::ui::MainWindow",
                                    "No accounts yet. Add your email address and Remitente finds the settings, "
                                    "checks them and sends you a test email. Scripts can then use it with "
                                    "remitente-cli."),
        this);
    m_noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));
    m_noAccounts->setWordWrap(true);
    // What could not be read from the account list, said until it is fixed (the file is watched).
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(6);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(QCoreApplication::translate("remitente::ui::MainWindow", "Accounts"));
    m_list->setItemDelegate(new AccountRowDelegate(m_list));
    m_list->setIconSize(QSize(32, 32));
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_problem);
    layout->addWidget(m_noAccounts);
    layout->addWidget(m_list, 1);
    auto *add = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("A&dd account…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &AccountsView::addAccountRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsView::currentAccountChanged);
    connect(m_list, &QListWidget::itemActivated, this, &AccountsView::accountActivated);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (QListWidgetItem *item = m_list->itemAt(position)) {
            m_list->setCurrentItem(item);
            Q_EMIT menuRequested(m_list->viewport()->mapToGlobal(position));
        }
    });
}

QString AccountsView::currentAccountId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AccountsView::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == accountId)
            m_list->setCurrentRow(row);
    }
}

void AccountsView::refresh()
{
    const QString current = currentAccountId();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const accounts::Account &account : m_services.store->accounts()) {
        const AccountStatus status = AccountStatus::of(account, m_services, now);
        const QString who = account.displayName.isEmpty()
            ? account.address
            : QStringLiteral("%1 <%2>").arg(account.displayName, account.address);
        QStringList details = {status.words, account.host};
        if (status.ignoresLimits)
            details << tr("sending limits ignored");
        const QString detailLine = details.join(QStringLiteral(" · "));
        auto *item = new QListWidgetItem(stateIcon(status.kind), who + u'\n' + detailLine, m_list);
        item->setData(Qt::UserRole, account.id);
        item->setData(AccountRowDelegate::WhoRole, who);
        item->setData(AccountRowDelegate::DetailsRole, detailLine);
        item->setToolTip(who + u'\n' + detailLine);
        if (account.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    const QString problem = m_services.store->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool empty = m_list->count() == 0;
    m_noAccounts->setVisible(empty && problem.isEmpty());
    m_list->setVisible(!empty);
    Q_EMIT currentAccountChanged();
}

} // namespace remitente::ui
