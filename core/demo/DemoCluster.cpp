#include "demo/DemoCluster.h"

#include "notify/NotificationDispatcher.h"
#include "sim/Simulator.h"
#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"
#include "util/Log.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pm::demo
{

DemoCluster::DemoCluster(const QString& rootDir)
{
    embedded::EmbeddedPostgres::Options options;
    options.rootDir = rootDir;
    m_server = std::make_unique<embedded::EmbeddedPostgres>(options);
}

DemoCluster::~DemoCluster() = default;

QString DemoCluster::defaultRootDir()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        // root's home is closed to the postgres user that must own the cluster.
        return u"/var/tmp/penguinmails-console-demo"_s;
    }
#endif
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"demo"_s);
}

store::ConnectionSettings DemoCluster::settings() const
{
    store::ConnectionSettings s = m_server->connectionSettings(QString::fromLatin1(DatabaseName));
    s.applicationName = u"penguinmails-console"_s;
    return s;
}

bool DemoCluster::start(const Progress& progress, QString* error)
{
    if (progress) {
        progress(tr("Starting the private PostgreSQL server…"));
    }
    if (!m_server->start(error)) {
        return false;
    }
    if (progress) {
        progress(tr("Preparing the demo database…"));
    }
    return ensureDatabase(error) && migrateAndSeed(progress, error);
}

bool DemoCluster::stop(QString* error)
{
    return m_server->stop(error);
}

bool DemoCluster::ensureDatabase(QString* error)
{
    store::DatabaseConnection admin(m_server->connectionSettings(u"postgres"_s), u"demo-admin"_s);
    if (!admin.open(error)) {
        return false;
    }
    QSqlQuery q(admin.database());
    q.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
    q.addBindValue(QString::fromLatin1(DatabaseName));
    if (!q.exec()) {
        *error = store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (q.next()) {
        return true;
    }
    QSqlQuery create(admin.database());
    if (!create.exec(u"CREATE DATABASE %1"_s.arg(QString::fromLatin1(DatabaseName)))) {
        *error = tr("Cannot create the demo database: %1").arg(store::DatabaseConnection::oneLine(create.lastError()));
        return false;
    }
    return true;
}

bool DemoCluster::migrateAndSeed(const Progress& progress, QString* error)
{
    store::DatabaseConnection conn(settings(), u"demo-migrate"_s);
    if (!conn.open(error)) {
        return false;
    }
    QStringList applied;
    store::MigrationRunner runner(conn.database());
    if (!runner.migrate(&applied, error)) {
        return false;
    }
    // First launch: 90 days of a simulated platform (the demo profile), in one transaction.
    QSqlQuery seeded(conn.database());
    if (!seeded.exec(u"SELECT EXISTS (SELECT 1 FROM sim_runs WHERE finished_at IS NOT NULL)"_s) || !seeded.next()) {
        *error = store::DatabaseConnection::oneLine(seeded.lastError());
        return false;
    }
    if (!seeded.value(0).toBool()) {
        sim::SimulationSpec spec;
        spec.applyProfile(u"demo"_s, error);
        spec.seed = DemoSeed;
        if (!spec.finalise(error)) {
            return false;
        }
        if (progress) {
            progress(tr("Simulating 90 days of a sending platform for the demo (first start only)…"));
        }
        sim::Simulator simulator(spec);
        sim::SimulationResult result;
        if (!simulator.run(conn.database(), false, {}, &result, error)) {
            *error = tr("Cannot seed the demo database: %1").arg(*error);
            return false;
        }
        qCInfo(lcEmbedded).noquote() << "demo seeded:" << result.emails << "emails," << result.events << "events,"
                                     << result.rollupRows << "rollup rows in" << result.seconds << "s";
    }
    if (!seedNotifications(conn.database(), error)) {
        *error = tr("Cannot set up the demo's notifications: %1").arg(*error);
        return false;
    }
    // Mark the store as a demo so it is never mistaken for production.
    QSqlQuery seed(conn.database());
    if (!seed.exec(u"UPDATE pm_instance SET kind = 'demo', seeded_at = coalesce(seeded_at, now()), "
                   "seeded_by = coalesce(seeded_by, 'pmconsole --demo')"_s)) {
        *error = tr("Cannot seed the demo database: %1").arg(store::DatabaseConnection::oneLine(seed.lastError()));
        return false;
    }
    qCInfo(lcEmbedded).noquote() << "demo database ready; migrations applied now:" << applied.size();
    return true;
}

bool DemoCluster::seedNotifications(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM notification_preferences)"_s) || !q.next()) {
        *error = store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (q.value(0).toBool()) {
        return true; // set up at an earlier start
    }
    // The demo operator receives email (through the Loops mock the console runs, which registers
    // its account at every start), and the detector looks back over the simulated month once, as a
    // new installation would on existing data, so the feed has a history.
    const QStringList statements {
        u"INSERT INTO notification_preferences (operator, email, email_min_severity, time_zone) "
        "VALUES (session_user, 'ops@penguinmails.example', 'critical', 'UTC')"_s,
        u"SELECT pm_detect_threshold_breaches(30, true)"_s,
    };
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = store::DatabaseConnection::oneLine(q.lastError());
            return false;
        }
    }
    notify::NotificationDispatcher dispatcher;
    return dispatcher.run(queue::Job {}, db, error);
}

} // namespace pm::demo
