#include "AccountRowDelegate.h"

#include <QApplication>
#include <QPainter>

namespace remitente::ui {

void AccountRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize);
    icon.paint(painter, iconRect, Qt::AlignCenter,
               option.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const int textLeft = iconRect.right() + padding;
    const int width = area.right() - textLeft;
    const int top = area.top() + (area.height() - boldMetrics.height() - metrics.height()) / 2;
    painter->setFont(bold);
    painter->drawText(QRect(textLeft, top, width, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(WhoRole).toString(), Qt::ElideRight, width));
    painter->setFont(option.font);
    painter->drawText(QRect(textLeft, top + boldMetrics.height(), width, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(DetailsRole).toString(), Qt::ElideRight, width));
    painter->restore();
}

QSize AccountRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const int textWidth = qMax(boldMetrics.horizontalAdvance(index.data(WhoRole).toString()),
                               metrics.horizontalAdvance(index.data(DetailsRole).toString()));
    const int height = qMax(iconSize, boldMetrics.height() + metrics.height());
    return {padding * 3 + iconSize + textWidth, height + padding * 2};
}

} // namespace remitente::ui
