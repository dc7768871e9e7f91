#pragma once

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QLabel;
class QStringListModel;

namespace remitente::ui {

// A To/Cc/Bcc line: addresses as people type and paste them, checked as typed (the problem shows in a label
// beside it), and completed from addresses used before (the part after the last comma).
class AddressField : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressField(QWidget *parent = nullptr);
    void setKnownAddresses(const QStringList &addresses);
    QLabel *problemLabel() const { return m_problem; }
    bool isValid() const { return m_valid; }
    bool isEmpty() const { return text().trimmed().isEmpty(); }

Q_SIGNALS:
    void validityChanged();

private:
    void check();
    void showProblem();
    void completeLastAddress();

    QLabel *m_problem;
    QCompleter *m_completer;
    QStringListModel *m_known;
    bool m_valid = true;
    QString m_problemText;
    QTimer m_pause;
};

} // namespace remitente::ui
