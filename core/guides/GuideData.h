#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace remitente::guides {

// The data behind the field guides and the code snippets: guides.json and the templates in snippets/. They are built
// into the program and installed in share/remitente, and a person or an organisation can put a corrected guides.json
// or template in the config folder, so that a wrong label is corrected without a rebuild.
class GuideData
{
public:
    static constexpr qint64 MaxGuidesBytes = 1024 * 1024;
    static constexpr qint64 MaxTemplateBytes = 64 * 1024;
    static constexpr const char *BuiltInFolder = ":/remitente";

    // guides.json: the installed copy where it is usable, else the built-in one; then the guides of the config
    // folders' guides.json (the system's first, the person's last) replace the ones with the same id or are added.
    // A template: the first usable one of the config folders, the installed folders and the built-in ones. A file
    // that is not usable is left out and named in problems(), never fatal.
    static GuideData load();
    // load(), once for the whole run.
    static const GuideData &current();

    // Corrections, first wins: the config folder next to accounts.json, then the system's (XDG_CONFIG_DIRS,
    // /etc/xdg). Only the folders that exist.
    static QStringList overrideFolders();
    // The installed data, first wins: remitente/ in XDG_DATA_HOME and XDG_DATA_DIRS, then share/remitente next to
    // the program. Only the folders that exist.
    static QStringList installedFolders();

    const QJsonArray &guides() const { return m_guides; }
    // The template's text (fileName as in snippets/: "python.py"); empty when none is usable.
    QString snippetTemplate(const QString &fileName) const { return m_templates.value(fileName); }
    const QStringList &problems() const { return m_problems; }

private:
    void loadGuides();
    void loadTemplate(const QString &fileName);

    QJsonArray m_guides;
    QHash<QString, QString> m_templates;
    QStringList m_problems;
};

} // namespace remitente::guides
