#include "TestDatabase.h"
#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using pm::store::DatabaseConnection;
using pm::store::Migration;
using pm::store::MigrationRunner;
using pm::store::SchemaStatus;

namespace
{
Migration make(int version, const QString& name, const QByteArray& sql)
{
    Migration m;
    m.version = version;
    m.name = name;
    m.sql = sql;
    m.checksum = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
    return m;
}

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}
} // namespace

class TestMigrationRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedMigrationsAreNumberedAndNamed();
    void migrateTwiceAppliesOnce();
    void refusesChangedAppliedFile();
    void reportsNewerSchema();
    void failedMigrationRollsBack();
    void concurrentRunnersApplyEachOnce();
};

void TestMigrationRunner::embeddedMigrationsAreNumberedAndNamed()
{
    const QList<Migration> all = MigrationRunner::embedded();
    QVERIFY(!all.isEmpty());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).version, i + 1); // no gaps, no duplicates
        QVERIFY(!all.at(i).sql.contains('\r'));
        QCOMPARE(all.at(i).checksum.size(), 64);
    }
    QCOMPARE(MigrationRunner::latestKnownVersion(), all.constLast().version);
}

void TestMigrationRunner::migrateTwiceAppliesOnce()
{
    pm::test::TestDatabase tdb(u"migrate_twice"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    DatabaseConnection conn(tdb.settings(), u"t"_s);
    QString error;
    QVERIFY2(conn.open(&error), qPrintable(error));

    MigrationRunner runner(conn.database());
    SchemaStatus before;
    QVERIFY2(runner.status(&before, &error), qPrintable(error));
    QCOMPARE(before.state, SchemaStatus::State::Empty);
    QCOMPARE(before.pending.size(), MigrationRunner::embedded().size());

    QStringList applied;
    QVERIFY2(runner.migrate(&applied, &error), qPrintable(error));
    QCOMPARE(applied.size(), MigrationRunner::embedded().size());
    QStringList again;
    QVERIFY2(runner.migrate(&again, &error), qPrintable(error));
    QVERIFY(again.isEmpty());

    SchemaStatus after;
    QVERIFY(runner.status(&after, &error));
    QCOMPARE(after.state, SchemaStatus::State::Current);
    QCOMPARE(after.appliedVersion, MigrationRunner::latestKnownVersion());
    QCOMPARE(count(conn.database(), u"SELECT count(*) FROM pm_schema_migrations"_s), applied.size());
    QCOMPARE(count(conn.database(), u"SELECT count(*) FROM pm_instance"_s), 1);
}

void TestMigrationRunner::refusesChangedAppliedFile()
{
    pm::test::TestDatabase tdb(u"migrate_changed"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    DatabaseConnection conn(tdb.settings(), u"t"_s);
    QString error;
    QVERIFY(conn.open(&error));
    {
        MigrationRunner original(conn.database(), {make(1, u"0001_a.sql"_s, "CREATE TABLE a (x int);")});
        QVERIFY2(original.migrate(nullptr, &error), qPrintable(error));
    }
    MigrationRunner edited(conn.database(), {make(1, u"0001_a.sql"_s, "CREATE TABLE a (x bigint);"),
                                             make(2, u"0002_b.sql"_s, "CREATE TABLE b (y int);")});
    QVERIFY(!edited.migrate(nullptr, &error));
    QVERIFY2(error.contains(u"0001_a.sql"_s) && error.contains(u"changed after it was applied"_s), qPrintable(error));
    QCOMPARE(count(conn.database(), u"SELECT count(*) FROM pg_tables WHERE tablename = 'b'"_s), 0);
    SchemaStatus s;
    QVERIFY(edited.status(&s, &error));
    QCOMPARE(s.state, SchemaStatus::State::Modified);
}

void TestMigrationRunner::reportsNewerSchema()
{
    pm::test::TestDatabase tdb(u"migrate_newer"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    DatabaseConnection conn(tdb.settings(), u"t"_s);
    QString error;
    QVERIFY(conn.open(&error));
    {
        MigrationRunner future(conn.database(),
                               {make(1, u"0001_a.sql"_s, "SELECT 1;"), make(2, u"0002_future.sql"_s, "SELECT 2;")});
        QVERIFY(future.migrate(nullptr, &error));
    }
    MigrationRunner old(conn.database(), {make(1, u"0001_a.sql"_s, "SELECT 1;")});
    SchemaStatus s;
    QVERIFY(old.status(&s, &error));
    QCOMPARE(s.state, SchemaStatus::State::Newer);
    QCOMPARE(s.appliedVersion, 2);
    QVERIFY2(s.problem.contains(u"newer than this build knows"_s), qPrintable(s.problem));
    QVERIFY(!old.migrate(nullptr, &error));
    QCOMPARE(error, s.problem);
}

void TestMigrationRunner::failedMigrationRollsBack()
{
    pm::test::TestDatabase tdb(u"migrate_fail"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    DatabaseConnection conn(tdb.settings(), u"t"_s);
    QString error;
    QVERIFY(conn.open(&error));
    MigrationRunner runner(conn.database(),
                           {make(1, u"0001_ok.sql"_s, "CREATE TABLE ok (x int);"),
                            make(2, u"0002_bad.sql"_s, "CREATE TABLE half (x int); INSERT INTO nowhere VALUES (1);")});
    QVERIFY(!runner.migrate(nullptr, &error));
    QVERIFY2(error.contains(u"0002_bad.sql"_s) && error.contains(u"nowhere"_s), qPrintable(error));
    QCOMPARE(count(conn.database(), u"SELECT count(*) FROM pg_tables WHERE tablename = 'half'"_s), 0);
    QCOMPARE(count(conn.database(), u"SELECT count(*) FROM pg_tables WHERE tablename = 'ok'"_s), 1);
    QCOMPARE(count(conn.database(), u"SELECT max(version) FROM pm_schema_migrations"_s), 1);
}

void TestMigrationRunner::concurrentRunnersApplyEachOnce()
{
    pm::test::TestDatabase tdb(u"migrate_concurrent"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    // The first migration sleeps so that the two runners really overlap.
    const QList<Migration> migrations = {make(1, u"0001_slow.sql"_s, "SELECT pg_sleep(0.5); CREATE TABLE c (x int);"),
                                         make(2, u"0002_more.sql"_s, "INSERT INTO c VALUES (1);")};
    auto runOnce = [settings = tdb.settings(), migrations](int id) {
        DatabaseConnection conn(settings, u"concurrent-%1"_s.arg(id));
        QString error;
        if (!conn.open(&error)) {
            return QStringList {u"error: "_s + error};
        }
        MigrationRunner runner(conn.database(), migrations);
        QStringList applied;
        if (!runner.migrate(&applied, &error)) {
            return QStringList {u"error: "_s + error};
        }
        return applied;
    };
    QFuture<QStringList> a = QtConcurrent::run(runOnce, 1);
    QFuture<QStringList> b = QtConcurrent::run(runOnce, 2);
    const QStringList ra = a.result();
    const QStringList rb = b.result();
    QVERIFY2(!ra.join(u' ').startsWith(u"error"_s), qPrintable(ra.join(u' ')));
    QVERIFY2(!rb.join(u' ').startsWith(u"error"_s), qPrintable(rb.join(u' ')));
    QCOMPARE(ra.size() + rb.size(), 2); // each file applied by exactly one of them
    DatabaseConnection check(tdb.settings(), u"check"_s);
    QString error;
    QVERIFY(check.open(&error));
    QCOMPARE(count(check.database(), u"SELECT count(*) FROM c"_s), 1);
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "TestMigrationRunner.moc"
