#pragma once

#include <QStyledItemDelegate>

namespace remitente::ui {

// An account as a row: its state's icon, who sends (name and address) in bold, and below it the state in words and
// the server. The item's own text holds both lines too (for screen readers and tests).
class AccountRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role { WhoRole = Qt::UserRole + 1, DetailsRole };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int iconSize = 32;
    static constexpr int padding = 8;
};

} // namespace remitente::ui
