#include "CopyButton.h"

#include <QApplication>
#include <QClipboard>

namespace remitente::ui {

CopyButton::CopyButton(const QString &text, Value value, QWidget *parent)
    : QPushButton(text, parent), m_text(text), m_value(std::move(value))
{
    setAutoDefault(false);
    m_restore.setSingleShot(true);
    m_restore.setInterval(2000);
    connect(&m_restore, &QTimer::timeout, this, [this] { setText(m_text); });
    connect(this, &QPushButton::clicked, this, &CopyButton::copy);
}

void CopyButton::copy()
{
    if (!m_value)
        return;
    QApplication::clipboard()->setText(m_value());
    // The same width as before where possible: the row does not jump.
    setMinimumWidth(width());
    setText(tr("Copied"));
    m_restore.start();
}

} // namespace remitente::ui
