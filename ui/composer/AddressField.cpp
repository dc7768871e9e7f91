#include "AddressField.h"

#include "mime/AddressParser.h"

#include <QCompleter>
#include <QLabel>
#include <QStringListModel>
#include <QTimer>

namespace remitente::ui {

AddressField::AddressField(QWidget *parent) : QLineEdit(parent)
{
    m_problem = new QLabel(parent);
    m_problem->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_known = new QStringListModel(this);
    m_completer = new QCompleter(m_known, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &chosen) {
        // Replace only what is being typed: the text after the last separator.
        QString current = text();
        const qsizetype cut = std::max(current.lastIndexOf(u','), current.lastIndexOf(u';')) + 1;
        current = current.left(cut) + (cut > 0 ? QStringLiteral(" ") : QString()) + chosen + QStringLiteral(", ");
        setText(current);
    });
    // Validity is known at once (for the Send button); the problem is shown once typing pauses, so a half-typed
    // address is not called wrong.
    m_pause.setSingleShot(true);
    m_pause.setInterval(700);
    connect(&m_pause, &QTimer::timeout, this, [this] { showProblem(); });
    connect(this, &QLineEdit::textEdited, this, &AddressField::completeLastAddress);
    connect(this, &QLineEdit::textChanged, this, &AddressField::check);
    connect(this, &QLineEdit::editingFinished, this, [this] { showProblem(); });
}

void AddressField::showProblem()
{
    m_pause.stop();
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    setAccessibleDescription(m_problemText);
}

void AddressField::setKnownAddresses(const QStringList &addresses)
{
    m_known->setStringList(addresses);
}

void AddressField::completeLastAddress()
{
    const QString current = text();
    const qsizetype cut = std::max(current.lastIndexOf(u','), current.lastIndexOf(u';')) + 1;
    const QString typing = current.mid(cut).trimmed();
    if (typing.size() < 2)
        return;
    m_completer->setCompletionPrefix(typing);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
}

void AddressField::check()
{
    const QString typed = text().trimmed();
    QString problem;
    if (!typed.isEmpty()) {
        const mime::AddressList list = mime::parseAddressList(typed);
        if (!list.isValid()) {
            const mime::AddressProblem &first = list.problems.first();
            problem = first.text.isEmpty() ? first.message : tr("%1: %2").arg(first.text, first.message);
        }
    }
    m_problemText = problem;
    if (problem.isEmpty() || m_problem->isVisible())
        showProblem(); // a fixed address clears its problem at once
    else
        m_pause.start();
    const bool valid = problem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged();
    }
}

} // namespace remitente::ui
