#pragma once

#include <QMainWindow>

namespace remitente::ui {

// The home of the app: the accounts a person has set up and what they can do with them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void showAbout();
};

} // namespace remitente::ui
