#include "ConsoleApplication.h"

#include "DemoLauncher.h"
#include "Translator.h"
#include "connection/ConnectionController.h"
#include "demo/DemoCluster.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ScreenshotTour.h"
#include "outbox/DemoOutboxDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "sim/mock/LoopsMockServer.h"
#include "store/DatabaseSession.h"
#include "util/Log.h"

#include "config.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace pm::app
{

ConsoleApplication::ConsoleApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral(PM_ORG_NAME));
    setOrganizationDomain(QStringLiteral(PM_ORG_DOMAIN));
    setApplicationName(QStringLiteral(PM_APP_NAME));
    setApplicationVersion(QStringLiteral(PM_VERSION_STRING));
    setDesktopFileName(QStringLiteral(PM_APP_ID));
    setWindowIcon(QIcon(u":/icons/penguinmails-console-256.png"_s));
}

ConsoleApplication::~ConsoleApplication()
{
    // Order matters: the window and controller reference the session; the session's thread holds
    // a connection to the demo server, which stops last.
    m_controller.reset();
    m_window.reset();
    m_session.reset();
    if (m_demo) {
        m_demo->shutdown();
    }
}

int ConsoleApplication::run()
{
#if defined(Q_OS_UNIX) && defined(QT_NO_DEBUG)
    // No core dumps in release builds: they would hold passwords in clear.
    const rlimit noCore = {0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
#endif
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PenguinMails Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, tr("PostgreSQL connection URI (default: $PM_DATABASE_URL)."), u"uri"_s);
    const QCommandLineOption demoOption(u"demo"_s, tr("Run on a private local PostgreSQL with demo data."));
    const QCommandLineOption demoDirOption(u"demo-dir"_s, tr("Folder of the demo's private cluster."), u"path"_s);
    const QCommandLineOption tourOption(u"tour"_s, tr("Visit every page, save screenshots in this folder, and quit."),
                                        u"folder"_s);
    const QCommandLineOption langOption(u"lang"_s, tr("User interface language (for example de)."), u"code"_s);
    parser.addOptions({dbOption, demoOption, demoDirOption, tourOption, langOption});
    parser.process(*this);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    pm::log::install(QDir(dataDir).filePath(u"pmconsole.log"_s));
    Translator::install(parser.isSet(langOption) ? parser.value(langOption) : qEnvironmentVariable("PM_LANG"));
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(2, QThreadPool::globalInstance()->maxThreadCount()));
    qCInfo(lcApp).noquote() << "pmconsole" << PM_VERSION_STRING << "starting";

    m_secrets = std::make_unique<pm::secrets::KeychainSecretStore>(QStringLiteral(PM_APP_ID));
    m_session = std::make_unique<pm::store::DatabaseSession>();
    m_window = std::make_unique<pm::ui::MainWindow>(m_session.get());
    m_controller = std::make_unique<pm::ui::ConnectionController>(m_session.get(), m_secrets.get());
    connect(m_controller.get(), &pm::ui::ConnectionController::notice, m_window.get(),
            &pm::ui::MainWindow::showStatusMessage);
    connect(m_window.get(), &pm::ui::MainWindow::connectRequested, m_controller.get(),
            [this] { m_controller->showDialog(m_window.get()); });
    connect(m_window.get(), &pm::ui::MainWindow::passwordChanged, m_controller.get(),
            &pm::ui::ConnectionController::adoptNewPassword);
    m_window->show();

    const QString uri = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("PM_DATABASE_URL");
    if (!parser.isSet(demoOption)) {
        m_window->setSecretStore(m_secrets.get()); // provider credentials in the system keychain
    }
    if (parser.isSet(demoOption)) {
        const QString root
            = parser.isSet(demoDirOption) ? parser.value(demoDirOption) : pm::demo::DemoCluster::defaultRootDir();
        m_demo = std::make_unique<DemoLauncher>(root);
        // Demo credentials (the mocks' keys) stay in memory; the user's keychain is not touched.
        m_window->setSecretStore(m_demo->secrets());
        m_window->setDemoOutbox([demo = m_demo.get()] {
            QList<pm::ui::OutboxMail> out;
            if (pm::sim::LoopsMockServer* loops = demo->loopsMock()) {
                for (const auto& mail : loops->outbox()) { // mutex-guarded: safe from this thread
                    out << pm::ui::OutboxMail {mail.at, mail.email, mail.transactionalId, mail.dataVariables};
                }
            }
            return out;
        });
        connect(m_demo.get(), &DemoLauncher::progress, m_window.get(), &pm::ui::MainWindow::showStatusMessage);
        connect(m_demo.get(), &DemoLauncher::ready, m_controller.get(),
                [this](const pm::store::ConnectionSettings& settings) {
                    m_controller->startWith(settings);
                    m_demo->startLive();
                });
        connect(m_demo.get(), &DemoLauncher::failed, m_window.get(), [this](const QString& message) {
            m_window->showStatusMessage(message);
            QMessageBox::critical(m_window.get(), tr("Demo database"),
                                  tr("The demo database could not be started.\n\n%1").arg(message));
        });
        m_demo->start();
    } else if (!uri.isEmpty()) {
        QString error;
        const auto settings = pm::store::ConnectionSettings::fromUri(uri, &error);
        if (!settings) {
            QMessageBox::critical(m_window.get(), tr("Database URI"), error);
            return 2;
        }
        m_controller->startWith(*settings);
    } else {
        m_controller->startFromSavedProfile(m_window.get());
    }

    // A newer schema than this build knows: say so clearly and stop rather than misread data.
    connect(m_window.get(), &pm::ui::MainWindow::schemaTooNew, this, [this](const QString& message) {
        QMessageBox::critical(m_window.get(), tr("Incompatible database"), message);
        exit(3);
    });

    int tourExit = 0;
    if (parser.isSet(tourOption)) {
        auto* tour
            = new pm::ui::ScreenshotTour(m_window.get(), m_session.get(), parser.value(tourOption), 240'000, this);
        connect(tour, &pm::ui::ScreenshotTour::finished, this, [this, &tourExit](int code) {
            tourExit = code;
            m_window->close();
            quit();
        });
        tour->start();
    }
    const int code = exec();
    qCInfo(lcApp) << "pmconsole exiting";
    return tourExit != 0 ? tourExit : code;
}

} // namespace pm::app
