#include "UseAccountDialog.h"

#include "CopyButton.h"

#include "guides/GuideData.h"
#include "providers/ProviderCatalogue.h"
#include "system/PrivateFiles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int pageRole = Qt::UserRole + 1;
constexpr int sectionRole = Qt::UserRole + 2;
// The list's width at most: a long program name wraps onto a second line rather than narrowing every page.
constexpr int listWidthAtMost = 210;

struct CodeDestination {
    guides::SnippetLanguage language;
    const char *name;
    const char *fileName;
    const char *run; // how to run it, after the password is read (runCommand)
};

constexpr CodeDestination codeDestinations[] = {
    {guides::SnippetLanguage::Python, "Python (smtplib)", "remitente-test.py", "python3 remitente-test.py"},
    {guides::SnippetLanguage::Php, "PHP (PHPMailer)", "remitente-test.php", "php remitente-test.php"},
    {guides::SnippetLanguage::Node, "Node.js (nodemailer)", "remitente-test.js", "node remitente-test.js"},
    {guides::SnippetLanguage::Curl, "curl", "remitente-test.sh", "sh remitente-test.sh"},
    // The test message its first lines show, to the account's own address (added, quoted, by runCommand).
    {guides::SnippetLanguage::Msmtp, "msmtp", "msmtprc",
     "printf 'Subject: Test message\\n\\nIt works.\\n' | msmtp -a remitente"},
};

// Text from the data or about the account: plain text, never HTML.
QLabel *plainLabel(const QString &text, const char *name = nullptr)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

QLabel *heading(const QString &text, const char *name = nullptr)
{
    QLabel *label = plainLabel(text, name);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *scrolled(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

// One word for a POSIX shell, whatever it holds.
QString shellQuoted(const QString &word)
{
    return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

// The password typed without echo (so it is not left in the shell's history), then the program run with it.
QString runCommand(const CodeDestination &code, const QString &address)
{
    QString command = QStringLiteral("read -rs SMTP_PASSWORD && export SMTP_PASSWORD && ") + QLatin1String(code.run);
    if (code.language == guides::SnippetLanguage::Msmtp)
        command += u' ' + shellQuoted(address);
    return command;
}

// Who an account that signs in with its provider signs in with (Google, Microsoft), from the catalogue; empty when
// the account has no known catalogue entry.
QString signInBrand(const QString &providerId)
{
    static const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load();
    const providers::Provider *provider = catalogue && !providerId.isEmpty() ? catalogue->byId(providerId) : nullptr;
    return provider && provider->oauth2 ? provider->signInBrand() : QString();
}

// The list's section titles read as headings, in the text's own colour, though they cannot be chosen (disabled
// items are drawn greyed out).
class SectionTitleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(sectionRole).toBool()) {
            option->state |= QStyle::State_Enabled;
            option->state &= ~(QStyle::State_MouseOver | QStyle::State_Selected | QStyle::State_HasFocus);
        }
    }
};

} // namespace

UseAccountDialog::UseAccountDialog(const accounts::Account &account, QWidget *parent)
    : QDialog(parent), m_account(account)
{
    setObjectName(QStringLiteral("useAccountDialog"));
    setWindowTitle(tr("Use this account in…"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("destinations"));
    m_list->setAccessibleName(tr("Programs"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("destinationPages"));

    // A correction of the guides that cannot be used: a log line once per run, and a notice on top of the dialog
    // (whoever wrote the correction opens it to see the result); the data that could be used is shown.
    const QStringList &problems = guides::GuideData::current().problems();
    [[maybe_unused]] static const bool logged = [&problems] {
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        return true;
    }();
    const QString lang = language();
    addSection(tr("Programs and websites"));
    for (const QString &id : guides::fieldGuideIds()) {
        // An account that signs in with Microsoft or Google is used through the relay: the relay's values.
        const accounts::Account shown = throughRelay() ? guides::relayAccountFor(m_account, id) : m_account;
        if (const std::optional<guides::FieldGuide> guide = guides::fieldGuide(id, shown, lang))
            addDestination(id, guide->program, guidePage(*guide));
    }
    addSection(tr("Your own code"));
    for (const CodeDestination &code : codeDestinations) {
        const QString id = guides::snippetLanguageNames().at(int(&code - codeDestinations));
        addDestination(id, QString::fromLatin1(code.name), codePage(code.language, id, QString::fromLatin1(code.name)));
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(pageRole).isValid())
            m_pages->setCurrentIndex(item->data(pageRole).toInt());
    });
    m_list->setCurrentRow(1); // the first destination, after its section's title
    m_list->setItemDelegate(new SectionTitleDelegate(m_list));
    m_list->setFixedWidth(qBound(160, m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24, listWidthAtMost));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    if (!problems.isEmpty()) {
        layout->addWidget(
            plainLabel(tr("Some guide files could not be used, so Remitente's own copies are shown instead:") + u'\n'
                           + problems.join(u'\n'),
                       "dataProblems"));
    }
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    // Small enough for a 1024x768 screen, large enough that a page reads without scrolling sideways.
    setMinimumSize(720, 460);
    resize(880, 600);
}

void UseAccountDialog::setRelayClientsHandler(std::function<void()> handler)
{
    m_relayClients = std::move(handler);
    for (QWidget *button : std::as_const(m_relayButtons))
        button->setVisible(bool(m_relayClients));
}

QStringList UseAccountDialog::destinations() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString id = m_list->item(row)->data(idRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void UseAccountDialog::showDestination(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

QString UseAccountDialog::language() const
{
    // The language the interface is translated into: the guides' own words and the programs' labels follow it.
    return tr("en", "The language code of the texts in resources/guides.json to show: en or es");
}

bool UseAccountDialog::throughRelay() const
{
    return m_account.signIn == accounts::SignInKind::OAuth2;
}

void UseAccountDialog::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title, m_list);
    item->setFlags(Qt::NoItemFlags); // never chosen, by mouse or keyboard
    item->setData(sectionRole, true);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

void UseAccountDialog::addDestination(const QString &id, const QString &name, QWidget *page)
{
    page->setObjectName(QStringLiteral("page-") + id);
    auto *item = new QListWidgetItem(name, m_list);
    item->setData(idRole, id);
    item->setData(pageRole, m_pages->addWidget(scrolled(page)));
}

QString UseAccountDialog::passwordText(bool relay) const
{
    if (relay)
        return tr("The password Remitente shows when you add this program under \"Programs that send through "
                  "Remitente\" (never your account's password).");
    switch (m_account.signIn) {
    case accounts::SignInKind::AppPassword:
        return tr("An app password: best create a new one for this program (or use the one you created for "
                  "Remitente). Not the password you sign in to your mailbox with.");
    case accounts::SignInKind::MailboxPassword:
        return tr("The password of the mailbox %1 (the same one Remitente uses).").arg(m_account.address);
    case accounts::SignInKind::ApiKey:
        return tr("The key your sending service gave you.");
    case accounts::SignInKind::None:
        return tr("None: leave it empty.");
    case accounts::SignInKind::OAuth2:
        break;
    }
    return {};
}

void UseAccountDialog::addFields(QVBoxLayout *layout, const QList<guides::GuideField> &fields, bool relay)
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    // A word-wrapped label is given less than its one-line width: short labels ("Server name") stay on one line,
    // long ones wrap at a width that leaves the values room on the narrowest page.
    int labelsWidth = 0;
    int row = 0;
    for (const guides::GuideField &field : fields) {
        QLabel *name = plainLabel(field.label, "fieldLabel");
        labelsWidth = qMax(labelsWidth, name->fontMetrics().horizontalAdvance(field.label) + 1);
        QLabel *value = plainLabel(field.isPassword ? passwordText(relay) : field.value, "fieldValue");
        value->setProperty("isPassword", field.isPassword);
        if (field.isPassword) {
            QFont font = value->font();
            font.setItalic(true);
            value->setFont(font);
        }
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1);
        // Copy for what is typed into the program; a choice is picked there from its own list.
        if (!field.isPassword && !field.isChoice && !field.value.isEmpty()) {
            const QString copied = field.value;
            auto *copy = new CopyButton(tr("Copy"), [copied] { return copied; });
            copy->setObjectName(QStringLiteral("copyField"));
            copy->setAccessibleName(tr("Copy %1").arg(field.label));
            grid->addWidget(copy, row, 2, Qt::AlignTop);
        }
        ++row;
    }
    grid->setColumnMinimumWidth(0, qMin(labelsWidth, 32 * fontMetrics().averageCharWidth()));
    layout->addLayout(grid);
}

void UseAccountDialog::addOAuthNotice(QVBoxLayout *layout, const QString &program, const QString &relayUser,
                                      const QString &ownSignIn, bool cloud, bool code, bool website)
{
    const QString brand = signInBrand(m_account.providerId);
    layout->addWidget(plainLabel(brand.isEmpty() ? tr("%1 signs in with Microsoft or Google, so it has no password "
                                                      "another program could use.")
                                                       .arg(m_account.address)
                                                 : tr("%1 signs in with %2, so it has no password another program "
                                                      "could use.")
                                                       .arg(m_account.address, brand),
                                 "oauthNotice"));
    if (!ownSignIn.isEmpty())
        layout->addWidget(heading(ownSignIn, "ownSignIn"));
    if (cloud) {
        layout->addWidget(plainLabel(tr("%1 runs on its maker's servers, which cannot reach the relay on this "
                                        "computer: use its own sign-in.")
                                         .arg(program),
                                     "relayOffer"));
        return;
    }
    QString offer = code
        ? tr("Instead, this program can send through Remitente's relay on this computer: turn on \"Let other "
             "programs send through Remitente\" in the Programs menu, add a program called \"%1\" under \"Programs "
             "that send through Remitente\" and put the password shown there in SMTP_PASSWORD. The program below "
             "already uses the relay.")
              .arg(relayUser)
        : tr("Only if %1 runs on this same computer can it send through Remitente's relay: turn on \"Let other "
             "programs send through Remitente\" in the Programs menu, add a program called \"%2\" under \"Programs "
             "that send through Remitente\" and use the values below with the password shown there.")
              .arg(program, relayUser);
    if (website)
        offer += u' ' + tr("If your website is on a hosting server, the relay cannot help.");
    layout->addWidget(plainLabel(offer, "relayOffer"));
    auto *open = new QPushButton(tr("&Programs that send through Remitente…"));
    open->setObjectName(QStringLiteral("relayClients"));
    open->setAutoDefault(false);
    open->setVisible(bool(m_relayClients));
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_relayClients)
            m_relayClients();
    });
    m_relayButtons.append(open);
    layout->addWidget(open, 0, Qt::AlignLeft);
}

void UseAccountDialog::addPinnedNotice(QVBoxLayout *layout, const QString &how)
{
    if (throughRelay() || m_account.pinnedSha256.isEmpty() || m_account.security == smtp::Security::None)
        return;
    const QString fingerprint = QString::fromLatin1(m_account.pinnedSha256.toHex(':').toUpper());
    layout->addWidget(plainLabel(tr("This server's certificate is not one the system trusts: Remitente uses it "
                                    "because you approved it (SHA-256 %1). The other program must trust that same "
                                    "certificate too; never turn its certificate checks off. %2")
                                     .arg(fingerprint, how),
                                 "pinnedNotice"));
}

void UseAccountDialog::addMistakes(QVBoxLayout *layout, const QStringList &mistakes)
{
    if (mistakes.isEmpty())
        return;
    layout->addWidget(heading(tr("Mistakes people make here")));
    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("mistakes"));
    auto *lines = new QVBoxLayout(list);
    lines->setContentsMargins(0, 0, 0, 0);
    // Options such as --insecure stay whole on their line: their leading hyphens become non-breaking ones. Hyphens
    // inside words (an address, "no-reply") stay as they are, so that what is selected and copied is the address.
    static const QRegularExpression optionHyphen(QStringLiteral(R"((?<![\w@.])-)"));
    for (const QString &mistake : mistakes)
        lines->addWidget(plainLabel(
            QStringLiteral("• ") + QString(mistake).replace(optionHyphen, QString(QChar(0x2011))), "mistake"));
    layout->addWidget(list);
}

QWidget *UseAccountDialog::guidePage(const guides::FieldGuide &guide)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(guide.program, "programName"));
    const bool relay = throughRelay();
    // A program on its maker's servers cannot use the relay: no screen to go to for this account.
    if (!guide.where.isEmpty() && !(relay && guide.cloud))
        layout->addWidget(plainLabel(tr("Where: %1").arg(guide.where), "where"));
    if (!guide.warning.isEmpty())
        layout->addWidget(heading(guide.warning, "guideWarning"));
    if (relay) {
        // Thunderbird is a mail program on a computer; the others are websites, often on a hosting server.
        const bool website = guide.id != u"thunderbird";
        addOAuthNotice(layout, guide.program, guide.id, guide.ownSignIn, guide.cloud, false, website);
    }
    if (!relay || !guide.cloud) {
        if (!guide.labelsInLanguage)
            layout->addWidget(plainLabel(tr("The field names are the ones %1 shows in English; Remitente does not "
                                            "know their names in your language yet. If you use %1 in another "
                                            "language, look for the fields in the same order.")
                                             .arg(guide.program),
                                         "englishLabels"));
        addFields(layout, guide.fields, relay);
    }
    if (!relay && !guide.ownSignIn.isEmpty())
        layout->addWidget(plainLabel(guide.ownSignIn, "ownSignIn"));
    addPinnedNotice(layout,
                    guide.trust.isEmpty()
                        ? (guide.cloud ? tr("A hosted service can rarely be told to trust one certificate: "
                                            "ask the server's administrator for a certificate from a public "
                                            "certificate authority.")
                                       : tr("Add it to the trusted certificates of the computer %1 runs on "
                                            "(on Debian and Ubuntu: copy it to /usr/local/share/"
                                            "ca-certificates/ and run update-ca-certificates).")
                                             .arg(guide.program))
                        : guide.trust);
    // Through the relay, a program on its maker's servers shows no fields: no mistakes to make in them either.
    if (!relay || !guide.cloud)
        addMistakes(layout, guide.mistakes);
    layout->addStretch();
    return page;
}

QWidget *UseAccountDialog::codePage(guides::SnippetLanguage language, const QString &id, const QString &name)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(name, "programName"));
    const bool relay = throughRelay();
    if (relay)
        addOAuthNotice(layout, name, id, QString(), false, true, false);
    const accounts::Account shown = relay ? guides::relayAccountFor(m_account, id) : m_account;
    const bool msmtp = language == guides::SnippetLanguage::Msmtp;
    QString intro;
    if (relay)
        intro = msmtp ? tr("An msmtp account for %1 through Remitente's relay on this computer. msmtp reads the "
                           "password from the environment variable SMTP_PASSWORD; the connection to the relay never "
                           "leaves this computer, so it is not encrypted.")
                      : tr("A complete program that sends one test message to %1 through Remitente's relay on this "
                           "computer. It reads the password from the environment variable SMTP_PASSWORD; the "
                           "connection to the relay never leaves this computer, so it is not encrypted.");
    else
        intro = msmtp ? tr("An msmtp account for %1: msmtp reads the password from the environment variable "
                           "SMTP_PASSWORD and always checks the server's certificate.")
                      : tr("A complete program that sends one test message to %1 from this account. It reads the "
                           "password from the environment variable SMTP_PASSWORD and always checks the server's "
                           "certificate.");
    layout->addWidget(plainLabel(intro.arg(m_account.address), "snippetIntro"));
    const QString snippet = guides::codeSnippet(shown, language);
    auto *text = new QPlainTextEdit(snippet);
    text->setObjectName(QStringLiteral("snippet"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMinimumHeight(260);
    layout->addWidget(text, 1);

    const CodeDestination &code = codeDestinations[int(language)];
    auto *copy = new CopyButton(tr("Copy"), [snippet] { return snippet; });
    copy->setObjectName(QStringLiteral("copySnippet"));
    copy->setAccessibleName(tr("Copy %1").arg(name));
    auto *save = new QPushButton(tr("&Save as…"));
    save->setObjectName(QStringLiteral("saveSnippet"));
    save->setAutoDefault(false);
    QLabel *status = plainLabel(QString(), "saveStatus");
    connect(save, &QPushButton::clicked, this, [this, code, snippet, status] {
        auto *dialog = new QFileDialog(this, tr("Save as"), QDir::home().filePath(QString::fromLatin1(code.fileName)));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, snippet, status](const QString &path) { saveSnippet(path, snippet, status); });
        dialog->open();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addWidget(status, 1);
    layout->addLayout(buttons);
    layout->addWidget(plainLabel(msmtp ? tr("Add it to ~/.config/msmtp/config (readable only by you). Then run this "
                                            "command in a terminal to send a test message to %1; type the password "
                                            "(it is not shown while you type) and press Enter:")
                                             .arg(m_account.address)
                                       : tr("Run this command in a terminal, in the folder where you saved the "
                                            "file; type the password (it is not shown while you type) and press "
                                            "Enter:"),
                                 "runHint"));
    // A command is copied whole: in a line of its own that scrolls, never one that makes the page wider.
    const QString run = runCommand(code, m_account.address);
    auto *command = new QLineEdit(run);
    command->setObjectName(QStringLiteral("runCommand"));
    command->setReadOnly(true);
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setAccessibleName(tr("Command"));
    command->setCursorPosition(0);
    command->setToolTip(run);
    auto *copyCommand = new CopyButton(tr("Copy"), [run] { return run; });
    copyCommand->setObjectName(QStringLiteral("copyCommand"));
    copyCommand->setAccessibleName(tr("Copy the command"));
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(command, 1);
    commandRow->addWidget(copyCommand);
    layout->addLayout(commandRow);
    QString how;
    switch (language) {
    case guides::SnippetLanguage::Python:
    case guides::SnippetLanguage::Php:
        how = tr("Save the certificate in a PEM file and set SSL_CERT_FILE to it when you run the program.");
        break;
    case guides::SnippetLanguage::Node:
        how = tr("Save the certificate in a PEM file and set NODE_EXTRA_CA_CERTS to it when you run the program.");
        break;
    case guides::SnippetLanguage::Curl:
        how = tr("Save the certificate in a PEM file and set CURL_CA_BUNDLE to it when you run the program.");
        break;
    case guides::SnippetLanguage::Msmtp:
        how = tr("The account below checks that certificate's fingerprint itself (tls_fingerprint).");
        break;
    }
    addPinnedNotice(layout, how);
    QStringList mistakes{tr("Writing the password into the program instead of reading it from SMTP_PASSWORD.")};
    // The relay's connection has no certificate to check.
    if (!relay)
        mistakes.append(tr("Turning certificate checks off (verify=False, rejectUnauthorized: false, --insecure) "
                           "instead of trusting the right certificate."));
    mistakes.append(
        tr("Sending with a From other than %1: the server refuses it or marks it as forged.").arg(m_account.address));
    addMistakes(layout, mistakes);
    return page;
}

void UseAccountDialog::saveSnippet(const QString &path, const QString &snippet, QLabel *status)
{
    QSaveFile file(path);
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(snippet.toUtf8()) >= 0 && file.commit()
        && system::makePrivateFile(path); // msmtp refuses a configuration others can read
    status->setText(saved ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path))
                          : tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace remitente::ui
