#pragma once

#include <QString>

class QTextDocument;

namespace remitente::ui {

// What a formatted message sends: clean HTML with only what the person chose (paragraphs, bold, italic,
// underline, bulleted and numbered lists, links), never the editor's font, size or Qt's markup around it, so the
// recipient's mail program shows it in its own font; and the plain text beside it, with bullets and link
// addresses written out.
QString messageHtml(const QTextDocument &document);
QString messagePlainText(const QTextDocument &document);

} // namespace remitente::ui
