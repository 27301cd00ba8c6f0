#pragma once

#include <QApplication>

#include <memory>

namespace pm::secrets
{
class SecretStore;
}
namespace pm::store
{
class DatabaseSession;
}
namespace pm::ui
{
class ConnectionController;
class MainWindow;
} // namespace pm::ui

namespace pm::app
{

class DemoLauncher;

/**
 * Bootstrap of the GUI process: command line, logging, translations, secrets, the database
 * session (a URI, the saved profile, the dialog, or the embedded demo), and the main window.
 */
class ConsoleApplication final : public QApplication
{
    Q_OBJECT

public:
    ConsoleApplication(int& argc, char** argv);
    ~ConsoleApplication() override;

    int run();

private:
    std::unique_ptr<pm::secrets::SecretStore> m_secrets;
    std::unique_ptr<pm::store::DatabaseSession> m_session;
    std::unique_ptr<pm::ui::MainWindow> m_window;
    std::unique_ptr<pm::ui::ConnectionController> m_controller;
    std::unique_ptr<DemoLauncher> m_demo;
};

} // namespace pm::app
