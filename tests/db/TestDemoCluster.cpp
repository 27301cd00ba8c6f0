// The demo's private PostgreSQL: created once, migrated and seeded, reused on the next launch.
#include "demo/DemoCluster.h"
#include "embedded/PostgresBinaries.h"
#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoCluster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsMigratesSeedsAndReuses();
    void missingBinariesAreNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoCluster::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"pm-demo-test-XXXXXX"_s));
    QVERIFY(m_dir->isValid());
    // When run as root the server runs as the postgres user, which must reach the folder.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ExeOther);
}

void TestDemoCluster::createsMigratesSeedsAndReuses()
{
    const QString root = m_dir->filePath(u"demo"_s);
    QString instanceId;
    {
        pm::demo::DemoCluster cluster(root);
        QStringList steps;
        QString error;
        QVERIFY2(cluster.start([&steps](const QString& step) { steps << step; }, &error), qPrintable(error));
        QVERIFY(cluster.server().wasCreated());
        QVERIFY(steps.size() >= 2);
        {
            pm::store::DatabaseConnection conn(cluster.settings(), u"t"_s);
            QVERIFY2(conn.open(&error), qPrintable(error));
            pm::store::SchemaStatus status;
            pm::store::MigrationRunner runner(conn.database());
            QVERIFY(runner.status(&status, &error));
            QCOMPARE(status.state, pm::store::SchemaStatus::State::Current);
            QSqlQuery q(conn.database());
            QVERIFY(q.exec(u"SELECT kind, seeded_at IS NOT NULL, instance_id::text FROM pm_instance"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"demo"_s);
            QVERIFY(q.value(1).toBool());
            instanceId = q.value(2).toString();
            // Seeded by the simulator: the demo profile's 40 tenants and 90 days of rollups.
            QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM tenants), (SELECT count(DISTINCT day) FROM daily_rollups), "
                           "(SELECT count(*) FROM rollup_mismatches), (SELECT count(*) FROM sim_runs)"_s)
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 40);
            QCOMPARE(q.value(1).toInt(), 90);
            QCOMPARE(q.value(2).toInt(), 0);
            QCOMPARE(q.value(3).toInt(), 1);
        }
        QVERIFY2(cluster.stop(&error), qPrintable(error));
        QVERIFY(!cluster.server().isRunning());
    }
    // Second launch: same cluster, no initdb, same data.
    pm::demo::DemoCluster again(root);
    QString error;
    QVERIFY2(again.start({}, &error), qPrintable(error));
    QVERIFY(!again.server().wasCreated());
    {
        pm::store::DatabaseConnection conn(again.settings(), u"t2"_s);
        QVERIFY2(conn.open(&error), qPrintable(error));
        QSqlQuery q(conn.database());
        QVERIFY(q.exec(u"SELECT instance_id::text FROM pm_instance"_s) && q.next());
        QCOMPARE(q.value(0).toString(), instanceId);
        QVERIFY(q.exec(u"SELECT count(*) FROM sim_runs"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // not seeded twice
    }
    QVERIFY(again.stop(&error));
}

void TestDemoCluster::missingBinariesAreNamed()
{
    // PM_PG_BINDIR pointing at a folder without a server: nothing else is tried, and the
    // message names what is missing and what to install.
    qputenv("PM_PG_BINDIR", QFile::encodeName(m_dir->filePath(u"empty"_s)));
    QVERIFY(pm::embedded::PostgresBinaries::locateBinDir().isEmpty());
    pm::demo::DemoCluster cluster(m_dir->filePath(u"nobin"_s));
    QString error;
    QVERIFY(!cluster.start({}, &error));
    qunsetenv("PM_PG_BINDIR");
    QVERIFY2(error.contains(u"initdb"_s), qPrintable(error));
    QVERIFY2(error.contains(pm::embedded::PostgresBinaries::installHint()), qPrintable(error));
    QVERIFY(!QDir(m_dir->filePath(u"nobin/pgdata"_s)).exists());
    QVERIFY(!pm::embedded::PostgresBinaries::locateBinDir().isEmpty()); // this machine has one
}

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "TestDemoCluster.moc"
