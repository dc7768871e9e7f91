#include "MessageHtml.h"

#include <QFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace remitente::ui {

namespace {
QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QChar::LineSeparator, QStringLiteral("<br>")); // Shift+Return
    html.replace(QChar::Nbsp, QStringLiteral("&nbsp;"));
    return html;
}

QString inlineHtml(const QTextBlock &block)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString piece = escaped(fragment.text());
        if (format.fontUnderline() && !format.isAnchor())
            piece = QStringLiteral("<u>%1</u>").arg(piece);
        if (format.fontItalic())
            piece = QStringLiteral("<i>%1</i>").arg(piece);
        if (format.fontWeight() > QFont::Medium)
            piece = QStringLiteral("<b>%1</b>").arg(piece);
        if (format.isAnchor() && !format.anchorHref().isEmpty())
            piece = QStringLiteral("<a href=\"%1\">%2</a>").arg(format.anchorHref().toHtmlEscaped(), piece);
        html += piece;
    }
    return html.isEmpty() ? QStringLiteral("<br>") : html;
}

QString inlineText(const QTextBlock &block)
{
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString piece = fragment.text();
        piece.replace(QChar::LineSeparator, u'\n');
        piece.replace(QChar::Nbsp, u' ');
        text += piece;
        if (format.isAnchor() && !format.anchorHref().isEmpty() && format.anchorHref() != piece)
            text += QStringLiteral(" (%1)").arg(format.anchorHref());
    }
    return text;
}

bool isNumbered(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}
} // namespace

QString messageHtml(const QTextDocument &document)
{
    QString body;
    const QTextList *openList = nullptr;
    auto closeList = [&] {
        if (openList)
            body += isNumbered(openList) ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
        openList = nullptr;
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        if (list != openList) {
            closeList();
            if (list)
                body += isNumbered(list) ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
            openList = list;
        }
        body += list ? QStringLiteral("<li>%1</li>\n").arg(inlineHtml(block))
                     : QStringLiteral("<div>%1</div>\n").arg(inlineHtml(block)); // lines as typed: no gaps
    }
    closeList();
    return QStringLiteral("<html><body>\n%1</body></html>\n").arg(body);
}

QString messagePlainText(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = inlineText(block);
        if (const QTextList *list = block.textList())
            lines.append(isNumbered(list) ? QStringLiteral("%1. %2").arg(list->itemNumber(block) + 1).arg(text)
                                          : QStringLiteral("- %1").arg(text));
        else
            lines.append(text);
    }
    return lines.join(u'\n');
}

} // namespace remitente::ui
