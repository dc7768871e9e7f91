#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <optional>

namespace remitente::cli {

// One `remitente-cli` command, or one action of a command ("account add"): its name and one-line summary, the
// options it takes, and what it does with them.
class Command : public QObject
{
    Q_OBJECT
public:
    // The words after "remitente-cli": "send", "account add".
    virtual QString name() const = 0;
    // One line for the list of commands (or of a command's actions).
    virtual QString summary() const = 0;

    // Parses the arguments (the program name first, then the options), answers --help and usage errors, then runs.
    // An exit code when done at once; nullopt while the command goes on in the event loop (it then exits the
    // application with its code).
    virtual std::optional<int> execute(const QStringList &arguments);
    // The description, options and positional arguments the command accepts (--help is added for it).
    virtual void describe(QCommandLineParser &parser) const = 0;
    // With the arguments parsed and checked by the parser; the same return as execute().
    virtual std::optional<int> run(const QCommandLineParser &parser) = 0;
    // What `remitente-cli <name> --help` prints.
    QString help() const;

protected:
    // The parser's help with this command's words in the usage line, not the path of the binary.
    QString helpText(const QCommandLineParser &parser) const;
    // What --help prints; a command with actions may show the action's help instead.
    virtual QString helpFor(const QCommandLineParser &parser) const { return helpText(parser); }
};

} // namespace remitente::cli
