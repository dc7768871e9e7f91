#include "OutboxView.h"

#include "composer/MessageSize.h"
#include "outbox/RetryAdvice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace remitente::ui {

QString messageStateText(outbox::MessageState state)
{
    switch (state) {
    case outbox::MessageState::Queued:
        return OutboxView::tr("Queued");
    case outbox::MessageState::Sending:
        return OutboxView::tr("Sending");
    case outbox::MessageState::Sent:
        return OutboxView::tr("Sent");
    case outbox::MessageState::Retrying:
        return OutboxView::tr("Will retry");
    case outbox::MessageState::Failed:
        return OutboxView::tr("Failed");
    case outbox::MessageState::Uncertain:
        return OutboxView::tr("Uncertain: may have arrived");
    }
    return {};
}

namespace {
QString recipients(const mime::Message &message)
{
    QStringList all;
    for (const QList<mime::Mailbox> *list : {&message.to, &message.cc, &message.bcc}) {
        for (const mime::Mailbox &mailbox : *list)
            all.append(mailbox.address);
    }
    return all.join(QStringLiteral(", "));
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

OutboxView::OutboxView(const AppServices &services, Mode mode, QWidget *parent)
    : QWidget(parent), m_services(services), m_mode(mode)
{
    setObjectName(mode == Mode::Outbox ? QStringLiteral("outboxView") : QStringLiteral("sentLogView"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(mode == Mode::Outbox ? tr("Outbox") : tr("Sent messages"));
    setUpColumns();
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setTextFormat(Qt::PlainText); // may repeat what was typed in the search field
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addWidget(m_empty);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    if (mode == Mode::SentLog) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("searchField"));
        m_search->setPlaceholderText(tr("Search subject or recipients"));
        m_search->setAccessibleName(tr("Search"));
        m_search->setClearButtonEnabled(true);
        buttons->addWidget(m_search, 1);
        connect(m_search, &QLineEdit::textChanged, this, &OutboxView::refresh);
    } else {
        m_retry = new QPushButton(tr("&Retry now"), this);
        m_retry->setObjectName(QStringLiteral("retryMessage"));
        m_remove = new QPushButton(tr("&Delete"), this);
        m_remove->setObjectName(QStringLiteral("removeMessage"));
        buttons->addWidget(m_retry);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        connect(m_retry, &QPushButton::clicked, this, [this] {
            if (const auto entry = selected()) {
                m_services.outboxStore->retry(entry->id, QDateTime::currentDateTimeUtc());
                if (m_services.outbox)
                    m_services.outbox->kick();
                refresh();
            }
        });
        connect(m_remove, &QPushButton::clicked, this, &OutboxView::confirmDelete);
    }
    m_edit = new QPushButton(tr("&Edit and send again"), this);
    m_edit->setObjectName(QStringLiteral("editMessage"));
    buttons->addWidget(m_edit);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto entry = selected(); entry && !entry->isRaw())
            Q_EMIT editRequested(*entry);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxView::showDetails);
    refresh();
}

void OutboxView::setUpColumns()
{
    m_list->setHeaderLabels(m_mode == Mode::Outbox
                                ? QStringList{tr("State"), tr("Subject"), tr("To"), tr("Next try"), tr("Problem")}
                                : QStringList{tr("Sent"), tr("Subject"), tr("To"), tr("Server's reply")});
    // Dates and states as wide as they are; subject and recipients share what is left; the server's words (or
    // the problem) get a fair width, elided, in full in their tooltip and in the details below.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    const int last = m_list->columnCount() - 1;
    for (int column = 0; column < last; ++column)
        header->setSectionResizeMode(column,
                                     column == 1 || column == 2 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    header->setSectionResizeMode(last, QHeaderView::Interactive);
    header->resizeSection(last, m_list->fontMetrics().averageCharWidth() * 32);
    m_list->setTextElideMode(Qt::ElideRight);
}

void OutboxView::confirmDelete()
{
    const std::optional<outbox::OutboxEntry> entry = selected();
    if (!entry)
        return;
    const qint64 id = entry->id;
    const QString subject = entry->message.subject.isEmpty() ? tr("(no subject)") : entry->message.subject;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Delete the message"),
                                tr("Delete “%1” from the outbox? It will not be sent.").arg(subject),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("confirmDeleteMessage"));
    ask->setTextFormat(Qt::PlainText);
    ask->button(QMessageBox::Yes)->setText(tr("&Delete"));
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, id](int choice) {
        if (choice != QMessageBox::Yes)
            return;
        m_services.outboxStore->remove(id);
        refresh();
    });
    ask->open(); // no nested event loop
}

void OutboxView::refresh()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    using State = outbox::MessageState;
    const QList<outbox::OutboxEntry> entries = m_mode == Mode::Outbox
        ? m_services.outboxStore->entries(
            {State::Queued, State::Sending, State::Retrying, State::Failed, State::Uncertain})
        : m_services.outboxStore->entries({State::Sent}, {}, m_search->text().trimmed());
    for (const outbox::OutboxEntry &entry : entries) {
        const QStringList columns = m_mode == Mode::Outbox
            ? QStringList{messageStateText(entry.state), entry.message.subject, recipients(entry.message),
                          entry.state == State::Retrying || entry.state == State::Queued ? when(entry.nextAttemptAt)
                                                                                         : QString(),
                          entry.lastError}
            : QStringList{when(entry.sentAt), entry.message.subject, recipients(entry.message), entry.finalReply};
        auto *item = new QTreeWidgetItem(m_list, columns);
        for (int column = 0; column < columns.size(); ++column)
            item->setToolTip(column, columns.at(column)); // in full, however narrow the column
        item->setData(0, Qt::UserRole, entry.id);
        item->setData(0, Qt::UserRole + 1, outbox::messageStateName(entry.state));
        if (entry.id == current)
            m_list->setCurrentItem(item);
    }
    const bool empty = m_list->topLevelItemCount() == 0;
    const QString search = m_search ? m_search->text().trimmed() : QString();
    m_empty->setText(m_mode == Mode::Outbox ? tr("No messages waiting. Messages you send appear here until the "
                                                 "server accepts them.")
                         : search.isEmpty() ? tr("Nothing sent yet.")
                                            : tr("No sent message matches “%1”.").arg(search));
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    showDetails();
}

std::optional<outbox::OutboxEntry> OutboxView::selected() const
{
    if (!m_list->currentItem())
        return std::nullopt;
    return m_services.outboxStore->entry(m_list->currentItem()->data(0, Qt::UserRole).toLongLong());
}

void OutboxView::showDetails()
{
    const std::optional<outbox::OutboxEntry> entry = selected();
    // Another program wrote it: Remitente sends it byte for byte and has no composer's copy of it to edit.
    const bool fromProgram = entry && entry->isRaw();
    m_edit->setEnabled(entry && !fromProgram);
    m_edit->setToolTip(fromProgram ? tr("This message came from another program, which wrote it: Remitente sends "
                                        "it exactly as it is and cannot edit it. Send it again from that program.")
                                   : QString());
    const bool retryHelps = !entry || outbox::retryCanHelp(*entry);
    if (m_retry) {
        // Offered only when the very same message can still go; otherwise it must change first.
        m_retry->setVisible(retryHelps);
        m_retry->setEnabled(entry && entry->state != outbox::MessageState::Sending);
        m_remove->setEnabled(entry && entry->state != outbox::MessageState::Sending);
    }
    if (!entry) {
        m_details->clear();
        return;
    }
    QStringList lines = {tr("State: %1").arg(messageStateText(entry->state)),
                         tr("Subject: %1").arg(entry->message.subject), tr("Queued: %1").arg(when(entry->createdAt))};
    if (entry->sentAt.isValid())
        lines << tr("Sent: %1").arg(when(entry->sentAt));
    if (!entry->accepted.isEmpty())
        lines << tr("Accepted: %1").arg(entry->accepted.join(QStringLiteral(", ")));
    for (const QString &refused : entry->refused)
        lines << tr("Refused: %1").arg(refused);
    if (!entry->finalReply.isEmpty())
        lines << tr("Server's reply: %1").arg(entry->finalReply);
    lines << tr("Size: %1")
                 .arg(MessageSize::explained(entry->size > 0 ? entry->size : MessageSize::encoded(entry->message)));
    if (!entry->lastError.isEmpty() && entry->state != outbox::MessageState::Sent)
        lines << tr("Problem: %1").arg(entry->lastError);
    if (fromProgram)
        lines << tr("From another program (sent exactly as that program wrote it).");
    if (!retryHelps && fromProgram)
        lines << tr("Sending it again as it is cannot work: correct it in the program that sent it and send it "
                    "from there again, or delete it.");
    else if (!retryHelps)
        lines << tr("Sending it again as it is cannot work: use “Edit and send again” to change it (remove or "
                    "shrink attachments, correct an address), or delete it.");
    if (entry->attempts > 0)
        lines << tr("Attempts: %1").arg(entry->attempts);
    if (!entry->transcript.isEmpty())
        lines << QString() << tr("Conversation with the server (passwords hidden):") << entry->transcript;
    m_details->setPlainText(lines.join(u'\n'));
}

} // namespace remitente::ui
