#include "AccountAddressesDialog.h"

#include "ReadableSize.h"

#include "mime/AddressParser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
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

QString accountLabel(const accounts::Account &account)
{
    return account.displayName.isEmpty() ? account.address
                                         : QStringLiteral("%1 <%2>").arg(account.displayName, account.address);
}
} // namespace

AccountAddressesDialog::AccountAddressesDialog(const AppServices &services, const accounts::Account &account,
                                               QWidget *parent)
    : QDialog(parent), m_services(services), m_accountId(account.id)
{
    setObjectName(QStringLiteral("accountAddressesDialog"));
    setWindowTitle(tr("Addresses and backup — %1").arg(account.address));

    auto *aliasesBox = new QGroupBox(tr("Other addresses this account may send as"), this);
    m_aliases = new QPlainTextEdit(aliasesBox);
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_aliases->setAccessibleName(tr("Other addresses"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlainText(account.aliases.join(u'\n'));
    m_aliases->setMinimumHeight(m_aliases->fontMetrics().lineSpacing() * 4);
    auto *aliasesLayout = new QVBoxLayout(aliasesBox);
    aliasesLayout->addWidget(wrapped(tr("One address per line: addresses of yours that the server of %1 lets you "
                                        "send from. Programs may use them as their From.")
                                         .arg(account.address),
                                     aliasesBox));
    aliasesLayout->addWidget(m_aliases);

    auto *foreignBox = new QGroupBox(tr("When a program's message is from another address"), this);
    m_refuse = new QRadioButton(tr("Re&fuse it (the program is told why)"), foreignBox);
    m_refuse->setObjectName(QStringLiteral("refuseForeignFrom"));
    m_rewrite = new QRadioButton(tr("Se&nd it from this account's address"), foreignBox);
    m_rewrite->setObjectName(QStringLiteral("rewriteForeignFrom"));
    (account.rewriteForeignFrom ? m_rewrite : m_refuse)->setChecked(true);
    // The address wraps in a label of its own: a radio button's text would make the window as wide as it is long.
    auto *rewriteDetails
        = wrapped(tr("From: %1, with replies going to the program's address (its From becomes the Reply-To).")
                      .arg(account.address),
                  foreignBox);
    rewriteDetails->setObjectName(QStringLiteral("rewriteForeignFromDetails"));
    rewriteDetails->setIndent(m_rewrite->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                              + m_rewrite->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    auto *foreignLayout = new QVBoxLayout(foreignBox);
    foreignLayout->addWidget(m_refuse);
    foreignLayout->addWidget(m_rewrite);
    foreignLayout->addWidget(rewriteDetails);

    auto *backupBox = new QGroupBox(tr("Backup account"), this);
    m_backup = new QComboBox(backupBox);
    m_backup->setObjectName(QStringLiteral("backupAccount"));
    m_backup->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_backup->setMinimumContentsLength(20);
    m_backup->addItem(tr("None: the messages wait"), QString());
    if (services.store) {
        for (const accounts::Account &other : services.store->accounts()) {
            if (other.id != account.id)
                m_backup->addItem(accountLabel(other), other.id);
        }
    }
    m_backup->setCurrentIndex(qMax(0, m_backup->findData(account.backupAccountId)));
    m_backupFrom = new QLineEdit(account.backupFrom, backupBox);
    m_backupFrom->setObjectName(QStringLiteral("backupFrom"));
    auto *backupForm = new QFormLayout;
    backupForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    backupForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    backupForm->addRow(tr("Send &with:"), m_backup);
    backupForm->addRow(tr("From &address then:"), m_backupFrom);
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(wrapped(tr("When %1 cannot send for a while (its server cannot be reached, a sending "
                                       "limit was reached, it must sign in again), another of your accounts can "
                                       "send its messages.")
                                        .arg(account.address),
                                    backupBox));
    backupLayout->addLayout(backupForm);
    connect(m_backup, &QComboBox::currentIndexChanged, this, &AccountAddressesDialog::updateBackup);

    m_problem = wrapped(QString(), this);
    m_problem->setObjectName(QStringLiteral("addressesProblem"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAddresses"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(aliasesBox, 1);
    layout->addWidget(foreignBox);
    layout->addWidget(backupBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateBackup();
    keepReadable(this, 480);
}

void AccountAddressesDialog::updateBackup()
{
    const std::optional<accounts::Account> backup
        = m_services.store ? m_services.store->find(m_backup->currentData().toString()) : std::nullopt;
    const bool chosen = !m_backup->currentData().toString().isEmpty() && backup;
    m_backupFrom->setEnabled(chosen);
    m_backupFrom->setPlaceholderText(chosen ? backup->address : QString());
}

bool AccountAddressesDialog::save()
{
    auto fail = [this](const QString &why) {
        m_problem->setText(why);
        m_problem->show();
        return false;
    };
    std::optional<accounts::Account> account = m_services.store->find(m_accountId);
    if (!account)
        return fail(tr("This account is no longer in the list: another program removed it."));
    QStringList aliases;
    for (const QString &line :
         m_aliases->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        if (const QString problem = mime::checkAddress(line); !problem.isEmpty())
            return fail(tr("“%1” is not an email address: %2").arg(line, problem));
        if (line.compare(account->address, Qt::CaseInsensitive) != 0 && !aliases.contains(line, Qt::CaseInsensitive))
            aliases.append(line);
    }
    const QString backupId = m_backup->currentData().toString();
    const QString backupFrom = backupId.isEmpty() ? QString() : m_backupFrom->text().trimmed();
    if (!backupFrom.isEmpty()) {
        if (const QString problem = mime::checkAddress(backupFrom); !problem.isEmpty())
            return fail(tr("“%1” is not an email address: %2").arg(backupFrom, problem));
    }
    account->aliases = aliases;
    account->rewriteForeignFrom = m_rewrite->isChecked();
    account->backupAccountId = backupId;
    account->backupFrom = backupFrom;
    m_services.store->upsert(*account);
    QString error;
    if (!m_services.store->save(&error))
        return fail(error);
    m_problem->hide();
    Q_EMIT saved(m_accountId);
    return true;
}

} // namespace remitente::ui
