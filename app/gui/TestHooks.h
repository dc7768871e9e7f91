#pragma once

#include "MainWindow.h"
#include "SingleInstance.h"
#include "composer/ComposerWindow.h"

#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace remitente {

// For the process tests (tests/integration/app_instance_test.py), enabled only by environment variables:
// REMITENTE_REPORT_SHOW prints "shown" each time another start brought the window to the front;
// REMITENTE_TEST_CLOSE_WHILE_ASKING closes every open composer (each asks whether to keep its draft), prints
// "asking" once they ask, then closes the main window as a person would, with the questions still open.
inline void runTestHooks(ui::MainWindow &window, ui::SingleInstance &instance)
{
    auto say = [](const char *line) {
        std::fputs(line, stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    if (qEnvironmentVariableIsSet("REMITENTE_REPORT_SHOW"))
        QObject::connect(&instance, &ui::SingleInstance::showRequested, &window, [say] { say("shown"); });
    if (!qEnvironmentVariableIsSet("REMITENTE_TEST_CLOSE_WHILE_ASKING"))
        return;
    QTimer::singleShot(300, &window, [&window, say] {
        for (ui::ComposerWindow *composer : window.findChildren<ui::ComposerWindow *>())
            composer->close();
        const QList<QMessageBox *> questions = window.findChildren<QMessageBox *>(QStringLiteral("closeComposer"));
        if (!questions.isEmpty() && questions.first()->isVisible())
            say("asking");
        QTimer::singleShot(300, &window, [&window] { window.close(); });
    });
}

} // namespace remitente
