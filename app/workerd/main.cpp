// pmworkerd: the headless home of the organisation-wide workers, meant to run as a service.
#include "store/ConnectionSettings.h"
#include "store/DatabaseSession.h"
#include "util/Log.h"
#include "util/SignalWatcher.h"

#include "config.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(PM_ORG_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(PM_ORG_DOMAIN));
    QCoreApplication::setApplicationName(u"pmworkerd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PM_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("pmworkerd", "PenguinMails background workers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QCoreApplication::translate("pmworkerd", "PostgreSQL connection URI (default: $PM_DATABASE_URL)."),
        u"uri"_s);
    const QCommandLineOption logOption(
        u"log-file"_s, QCoreApplication::translate("pmworkerd", "Also append the log to this file."), u"path"_s);
    parser.addOption(dbOption);
    parser.addOption(logOption);
    parser.process(app);
    pm::log::install(parser.value(logOption));

    QTextStream err(stderr);
    const QString uri = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("PM_DATABASE_URL");
    if (uri.isEmpty()) {
        err << QCoreApplication::translate("pmworkerd",
                                           "No database given: pass --db postgresql://… or set PM_DATABASE_URL.")
            << '\n';
        return 2;
    }
    QString error;
    auto settings = pm::store::ConnectionSettings::fromUri(uri, &error);
    if (!settings) {
        err << error << '\n';
        return 2;
    }
    settings->applicationName = u"pmworkerd"_s;

    // The database link is watched from its own thread; the job workers join it as they arrive.
    pm::store::DatabaseSession session;
    QObject::connect(&session, &pm::store::DatabaseSession::stateChanged, &app,
                     [](pm::store::ConnectionState state, const QString& detail) {
                         qCInfo(lcApp).noquote() << "database" << static_cast<int>(state) << detail;
                     });
    session.open(*settings);

    pm::util::SignalWatcher signals_;
    QObject::connect(&signals_, &pm::util::SignalWatcher::terminationRequested, &app, [](int number) {
        qCInfo(lcApp) << "signal" << number << "received; shutting down";
        QCoreApplication::quit();
    });
    qCInfo(lcApp).noquote() << "pmworkerd" << PM_VERSION_STRING << "watching" << settings->redactedUri();
    const int code = app.exec();
    session.close();
    qCInfo(lcApp) << "pmworkerd stopped";
    return code;
}
