#include "DomainFindings.h"

namespace remitente::ui {

QString domainFindingsHtml(const QList<diagnosis::DomainFinding> &findings)
{
    QString html;
    for (const diagnosis::DomainFinding &finding : findings) {
        const QString mark = finding.verdict == diagnosis::Verdict::Fail ? QStringLiteral("✘")
            : finding.verdict == diagnosis::Verdict::Warning             ? QStringLiteral("⚠")
                                                                         : QStringLiteral("✔");
        html += QStringLiteral("<p>%1 %2").arg(mark, finding.summary.toHtmlEscaped());
        for (const QString &detail : finding.details)
            html += QStringLiteral("<br>%1").arg(detail.toHtmlEscaped());
        if (!finding.recordValue.isEmpty())
            html += QStringLiteral("<br><code>TXT %1 \"%2\"</code>")
                        .arg(finding.recordName.toHtmlEscaped(), finding.recordValue.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace remitente::ui
