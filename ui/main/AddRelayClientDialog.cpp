#include "AddRelayClientDialog.h"

#include "CopyButton.h"
#include "ReadableSize.h"
#include "RelaySwitch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

AddRelayClientDialog::AddRelayClientDialog(const AppServices &services, quint16 port, const QString &accountId,
                                           QWidget *parent)
    : QDialog(parent), m_services(services), m_port(port), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("addRelayClientDialog"));
    setWindowTitle(tr("Add a program"));

    auto *form = new QWidget(m_pages);
    auto *intro = wrapped(tr("Give the program a name (it is also its user name), and choose the account its "
                             "messages are sent from."),
                          form);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("programName"));
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("for example: shop"));
    auto *nameHint = wrapped(tr("Lower-case letters, digits, \".\", \"_\" or \"-\"."), form);
    nameHint->setObjectName(QStringLiteral("programNameHint"));
    m_account = new QComboBox(form);
    m_account->setObjectName(QStringLiteral("programAccount"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(20);
    if (services.store) {
        for (const accounts::Account &account : services.store->accounts()) {
            m_account->addItem(account.displayName.isEmpty()
                                   ? account.address
                                   : QStringLiteral("%1 <%2>").arg(account.displayName, account.address),
                               account.id);
        }
    }
    const int chosen = m_account->findData(accountId);
    m_account->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_problem = wrapped(QString(), form);
    m_problem->setObjectName(QStringLiteral("addProgramProblem"));
    m_problem->hide();
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("Program &name:"), m_name);
    fields->addRow(QString(), nameHint);
    fields->addRow(tr("Sends &from:"), m_account);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_problem);
    formLayout->addStretch();
    m_pages->addWidget(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addProgramButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRelayClientDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddRelayClientDialog::updateAddButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    if (m_account->count() == 0) {
        m_problem->setText(tr("Add an account first: programs send from one of your accounts."));
        m_problem->show();
        m_name->setEnabled(false);
    }
    updateAddButton();
    keepReadable(this, 420);
}

void AddRelayClientDialog::updateAddButton()
{
    const QString name = m_name->text();
    const bool valid = relay::RelayClients::isValidName(name);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && m_account->count() > 0);
    if (m_account->count() == 0)
        return;
    // Said as soon as something is typed that cannot be a name, not only when Add is pressed.
    m_problem->setVisible(!name.isEmpty() && !valid);
    if (!name.isEmpty() && !valid)
        m_problem->setText(tr("\"%1\" cannot be a program's name: use only lower-case letters, digits, \".\", "
                              "\"_\" or \"-\" (for example: shop or scanner-2).")
                               .arg(name));
}

void AddRelayClientDialog::add()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString accountId = m_account->currentData().toString();
    relay::RelayClients clients(RelaySwitch::clientsPath(m_services));
    auto result = clients.add(m_name->text(), accountId);
    if (const QString *error = std::get_if<QString>(&result)) {
        m_problem->setText(*error);
        m_problem->show();
        return;
    }
    const auto &credentials = std::get<relay::RelayClients::Credentials>(result);
    const std::optional<accounts::Account> account = m_services.store->find(accountId);
    showCredentials(credentials.user, credentials.password, account ? account->address : QString());
    Q_EMIT added(credentials.user);
}

void AddRelayClientDialog::showCredentials(const QString &user, const QString &password, const QString &accountAddress)
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("relayCredentials"));
    auto *heading = wrapped(tr("Copy these into the program's email (SMTP) settings now. The password is shown "
                               "only this once: Remitente keeps no copy it could show again."),
                            page);
    heading->setObjectName(QStringLiteral("credentialsWarning"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    auto addRow = [&](const QString &name, const QString &value, const char *objectName, bool copyable) {
        auto *label = new QLabel(name, page);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *field = wrapped(value, page);
        field->setObjectName(QString::fromLatin1(objectName));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (copyable)
            field->setFont(fixed);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(field, row, 1);
        if (copyable) {
            auto *copy = new CopyButton(
                tr("Copy"), [value] { return value; }, page);
            copy->setObjectName(QStringLiteral("copy_%1").arg(QString::fromLatin1(objectName)));
            copy->setAccessibleName(tr("Copy %1").arg(name));
            grid->addWidget(copy, row, 2, Qt::AlignTop);
        }
        ++row;
    };
    addRow(tr("Server (host):"), QStringLiteral("127.0.0.1"), "relayServer", true);
    addRow(tr("Port:"), QString::number(m_port), "relayPort", true);
    addRow(tr("Encryption:"), tr("None (no SSL/TLS, no STARTTLS): the connection never leaves this computer."),
           "relaySecurity", false);
    addRow(tr("User name:"), user, "relayUser", true);
    addRow(tr("Password:"), password, "relayPassword", true);
    if (!accountAddress.isEmpty())
        addRow(tr("Sends from:"), accountAddress, "relayAccount", false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addWidget(wrapped(tr("The program must run on this computer, and sending for programs must be on "
                                 "(Programs menu)."),
                              page));
    layout->addStretch();
    m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
    // No way back to the form: one way out.
    // (Deleted later: this runs inside the Add button's click.)
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    for (QAbstractButton *button : m_buttons->buttons()) {
        m_buttons->removeButton(button);
        button->hide();
        button->deleteLater();
    }
    QPushButton *done = m_buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("credentialsDone"));
    done->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    keepReadable(this, 480);
}

} // namespace remitente::ui
