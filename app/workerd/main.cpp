// pmworkerd: the headless home of the organisation-wide workers, meant to run as a service.
#include "jobs/StandardHandlers.h"
#include "queue/WorkerPool.h"
#include "secrets/KeychainSecretStore.h"
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
    const QCommandLineOption workersOption(
        u"workers"_s, QCoreApplication::translate("pmworkerd", "Number of worker threads (default 2)."), u"n"_s,
        u"2"_s);
    const QCommandLineOption queuesOption(
        u"queues"_s,
        QCoreApplication::translate("pmworkerd", "Comma-separated queues to serve (default: default,notify)."),
        u"names"_s, QString::fromLatin1(pm::jobs::DefaultQueues));
    const QCommandLineOption leaseOption(
        u"lease-seconds"_s, QCoreApplication::translate("pmworkerd", "Job lease in seconds (default 120)."), u"s"_s,
        u"120"_s);
    parser.addOption(dbOption);
    parser.addOption(logOption);
    parser.addOption(workersOption);
    parser.addOption(queuesOption);
    parser.addOption(leaseOption);
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
    bool workersOk = false;
    bool leaseOk = false;
    const int workers = parser.value(workersOption).toInt(&workersOk);
    const int lease = parser.value(leaseOption).toInt(&leaseOk);
    if (!workersOk || workers < 1 || workers > 64 || !leaseOk || lease < 1 || lease > 3600) {
        err << QCoreApplication::translate("pmworkerd", "--workers must be 1 to 64 and --lease-seconds 1 to 3600.")
            << '\n';
        return 2;
    }

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
    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    pm::jobs::addStandardHandlers(*handlers,
                                  std::make_shared<pm::secrets::KeychainSecretStore>(QStringLiteral(PM_APP_ID)));
    pm::queue::WorkerPool pool(*settings, handlers);
    pm::queue::Worker::Options options;
    options.queues = parser.value(queuesOption).split(u',', Qt::SkipEmptyParts);
    options.lease = std::chrono::seconds(lease);
    QObject::connect(&pool, &pm::queue::WorkerPool::problem, &app,
                     [](const QString& message) { qCWarning(lcApp).noquote() << message; });
    pool.start(workers, options);

    qCInfo(lcApp).noquote() << "pmworkerd" << PM_VERSION_STRING << "with" << workers << "workers on"
                            << options.queues.join(u", "_s) << "for" << settings->redactedUri() << "handling"
                            << handlers->kinds().join(u", "_s);
    const int code = app.exec();
    pool.stop(); // running jobs finish first
    session.close();
    qCInfo(lcApp) << "pmworkerd stopped";
    return code;
}
