#pragma once

#include <QPushButton>
#include <QTimer>

#include <functional>

namespace remitente::ui {

// "Copy": puts a value on the clipboard and says "Copied" for two seconds, so the person sees it worked. Never the
// window's default button (Enter keeps pressing Finish or OK).
class CopyButton : public QPushButton
{
    Q_OBJECT
public:
    using Value = std::function<QString()>;
    CopyButton(const QString &text, Value value, QWidget *parent = nullptr);
    void setValue(Value value) { m_value = std::move(value); }

private:
    void copy();

    QString m_text;
    Value m_value;
    QTimer m_restore;
};

} // namespace remitente::ui
