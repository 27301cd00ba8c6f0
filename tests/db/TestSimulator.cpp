// The simulator on a real PostgreSQL: deterministic, consistent rollups, realistic incidents, and
// bad input refused with the database left as it was.
#include "TestDatabase.h"
#include "cli/CtlRunner.h"
#include "sim/Simulator.h"
#include "store/DatabaseConnection.h"
#include "store/RollupCheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
pm::sim::SimulationSpec smallSpec(quint64 seed)
{
    pm::sim::SimulationSpec spec;
    spec.seed = seed;
    spec.tenants = 12;
    spec.days = 21;
    spec.emailsPerMonth = 400'000;
    spec.rawEventDays = 7;
    spec.endDate = QDate(2026, 11, 27);
    QString error;
    spec.finalise(&error);
    return spec;
}

struct Cli
{
    int code = -1;
    QString out;
    QString err;
};

Cli pmctl(const QStringList& args)
{
    Cli r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    pm::cli::CtlRunner runner(out, err);
    r.code = runner.run(QStringList {u"pmctl"_s} + args);
    out.flush();
    err.flush();
    return r;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// A fingerprint of the whole database's user data, to prove a refused run changed nothing.
QString snapshot(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    // Exact row counts of every table (the statistics views lag behind and made this flaky).
    q.exec(u"SELECT string_agg(table_name || '=' || (xpath('/row/c/text()', query_to_xml(format("
           "'SELECT count(*) AS c FROM public.%I', table_name), false, true, '')))[1]::text, ',' ORDER BY table_name) "
           "FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"_s);
    QString tables = q.next() ? q.value(0).toString() : QString();
    return tables + u"|tenants="_s + QString::number(scalar(db, u"SELECT count(*) FROM tenants"_s)) + u"|rollups="_s
           + QString::number(scalar(db, u"SELECT count(*) FROM daily_rollups"_s)) + u"|partitions="_s
           + QString::number(scalar(db, u"SELECT count(*) FROM event_partition_days"_s));
}
} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameRollups();
    void incidentsShowInTheData();
    void cliRunsAndWritesGroundTruth();
    void badArgumentsChangeNothing_data();
    void badArgumentsChangeNothing();
    void refusesUnmigratedDatabase();
    void failedLoadRollsBack();
};

void TestSimulator::sameSeedSameRollups()
{
    QString digests[3];
    const quint64 seeds[3] = {7, 7, 8};
    for (int i = 0; i < 3; ++i) {
        pm::test::TestDatabase tdb(u"sim_digest"_s);
        QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
        pm::store::DatabaseConnection conn(tdb.settings(), u"sim"_s);
        QString error;
        QVERIFY2(conn.open(&error), qPrintable(error));
        pm::sim::Simulator simulator(smallSpec(seeds[i]));
        pm::sim::SimulationResult result;
        QVERIFY2(simulator.run(conn.database(), false, {}, &result, &error), qPrintable(error));
        QVERIFY(result.events > 0);
        QVERIFY(result.rollupRows > 0); // the days before the raw window
        pm::store::RollupCheck::Result check;
        QVERIFY2(pm::store::RollupCheck::check(conn.database(), &check, &error), qPrintable(error));
        QVERIFY2(check.mismatches == 0, qPrintable(check.firstProblem));
        QCOMPARE(check.rawDays, 7);
        QVERIFY2(pm::store::RollupCheck::digest(conn.database(), &digests[i], &error), qPrintable(error));
    }
    QCOMPARE(digests[0], digests[1]);
    QVERIFY(digests[0] != digests[2]);
}

void TestSimulator::incidentsShowInTheData()
{
    pm::test::TestDatabase tdb(u"sim_incidents"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"sim"_s);
    QString error;
    QVERIFY(conn.open(&error));
    pm::sim::SimulationSpec spec = smallSpec(11);
    spec.rawEventDays = -1;
    pm::sim::Simulator simulator(spec);
    pm::sim::SimulationResult result;
    QVERIFY2(simulator.run(conn.database(), false, {}, &result, &error), qPrintable(error));
    QCOMPARE(result.incidents, 6);
    QCOMPARE(scalar(conn.database(), u"SELECT count(*) FROM sim_injected_incidents"_s), 6);

    // Microsoft refuses most of the blocked IP's mail during the incident, almost none outside it.
    QSqlQuery q(conn.database());
    QVERIFY(
        q.exec(u"SELECT sum(blocked) FILTER (WHERE inside)::float / nullif(sum(sent) FILTER (WHERE inside), 0), "
               "       sum(blocked) FILTER (WHERE NOT inside)::float / nullif(sum(sent) FILTER (WHERE NOT inside), 0) "
               "FROM (SELECT r.*, r.day BETWEEN i.starts_at::date + 1 AND i.ends_at::date - 1 AS inside "
               "      FROM daily_rollups r JOIN sim_injected_incidents i "
               "        ON i.kind = 'microsoft_block' AND r.ip_id = i.target_id AND r.mailbox_provider_id = 2) x"_s)
        && q.next());
    QVERIFY2(q.value(0).toDouble() > 0.5, qPrintable(q.value(0).toString()));
    QVERIFY2(q.value(1).toDouble() < 0.05, qPrintable(q.value(1).toString()));
    // The refusals carry Microsoft's real reply.
    QCOMPARE(
        scalar(conn.database(),
               u"SELECT count(*) FROM delivery_events WHERE event_type = 'blocked' AND diagnostic LIKE '%S3150%'"_s)
            > 100,
        true);
    // The DKIM failure shows as authentication bounces and a failing domain.
    QVERIFY(scalar(conn.database(), u"SELECT count(*) FROM delivery_events WHERE bounce_class = 'auth'"_s) > 0);
    QCOMPARE(scalar(conn.database(), u"SELECT count(*) FROM sending_domains WHERE dkim_status = 'fail'"_s), 1);
    // Costs exist for every month with traffic.
    QVERIFY(scalar(conn.database(), u"SELECT count(*) FROM esp_costs"_s) > 0);
    QCOMPARE(scalar(conn.database(), u"SELECT count(DISTINCT month) FROM infrastructure_costs"_s), 1); // 7–27 November
}

void TestSimulator::cliRunsAndWritesGroundTruth()
{
    pm::test::TestDatabase tdb(u"sim_cli"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QTemporaryDir dir;
    const QString truth = dir.filePath(u"truth.csv"_s);
    const QString uri = tdb.settings().toUri(true);
    const QStringList args = {u"simulate"_s,
                              u"--db"_s,
                              uri,
                              u"--seed"_s,
                              u"3"_s,
                              u"--tenants"_s,
                              u"8"_s,
                              u"--days"_s,
                              u"15"_s,
                              u"--emails-per-month"_s,
                              u"100000"_s,
                              u"--raw-days"_s,
                              u"3"_s,
                              u"--end-date"_s,
                              u"2026-11-27"_s,
                              u"--truth"_s,
                              truth};
    const Cli first = pmctl(args);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"rollups match the events"_s), qPrintable(first.out));
    QFile file(truth);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // header and six incidents
    QVERIFY(lines.at(1).startsWith(u"1,bounce_spike,pool,"_s));

    // A second run on a filled store is refused and changes nothing; --replace starts over.
    pm::store::DatabaseConnection conn(tdb.settings(), u"check"_s);
    QString error;
    QVERIFY(conn.open(&error));
    const QString before = snapshot(conn.database());
    const Cli again = pmctl(args);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(u"--replace"_s), qPrintable(again.err));
    QCOMPARE(snapshot(conn.database()), before);
    const Cli replaced = pmctl(args + QStringList {u"--replace"_s});
    QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
    const QString digestLine = u"rollup digest: "_s;
    QCOMPARE(replaced.out.section(digestLine, 1).trimmed(), first.out.section(digestLine, 1).trimmed());
    const Cli check = pmctl({u"rollup-check"_s, u"--db"_s, uri});
    QVERIFY2(check.code == 0 && check.out.contains(u"0 mismatches"_s), qPrintable(check.out + check.err));
}

void TestSimulator::badArgumentsChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("negative tenants") << QStringList {u"--tenants"_s, u"-5"_s} << u"--tenants"_s;
    QTest::addRow("zero days") << QStringList {u"--days"_s, u"0"_s} << u"--days"_s;
    QTest::addRow("not a number") << QStringList {u"--seed"_s, u"lots"_s} << u"--seed"_s;
    QTest::addRow("volume too small") << QStringList {u"--emails-per-month"_s, u"5"_s} << u"--emails-per-month"_s;
    QTest::addRow("volume too large") << QStringList {u"--emails-per-month"_s, u"5000000000"_s}
                                      << u"--emails-per-month"_s;
    QTest::addRow("unknown profile") << QStringList {u"--profile"_s, u"huge"_s} << u"Unknown profile"_s;
    QTest::addRow("bad date") << QStringList {u"--end-date"_s, u"yesterday"_s} << u"--end-date"_s;
    QTest::addRow("raw days beyond days")
        << QStringList {u"--days"_s, u"5"_s, u"--raw-days"_s, u"9"_s} << u"--raw-days"_s;
    QTest::addRow("unknown option") << QStringList {u"--colour"_s, u"blue"_s} << u"colour"_s;
}

void TestSimulator::badArgumentsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    pm::test::TestDatabase tdb(u"sim_bad"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"check"_s);
    QString error;
    QVERIFY(conn.open(&error));
    const QString before = snapshot(conn.database());
    const Cli r = pmctl(QStringList {u"simulate"_s, u"--db"_s, tdb.settings().toUri(true)} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.trimmed().contains(u'\n'));
    QCOMPARE(snapshot(conn.database()), before);
}

void TestSimulator::refusesUnmigratedDatabase()
{
    pm::test::TestDatabase tdb(u"sim_unmigrated"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const Cli r = pmctl({u"simulate"_s, u"--db"_s, tdb.settings().toUri(true), u"--tenants"_s, u"3"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"pmctl migrate"_s), qPrintable(r.err));
    pm::store::DatabaseConnection conn(tdb.settings(), u"check"_s);
    QString error;
    QVERIFY(conn.open(&error));
    QCOMPARE(scalar(conn.database(), u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s), 0);
}

void TestSimulator::failedLoadRollsBack()
{
    pm::test::TestDatabase tdb(u"sim_rollback"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    // A stray table with a partition's name: the loader cannot attach the day and must give up.
    QString error;
    QVERIFY2(tdb.exec(u"CREATE TABLE delivery_events_20261125 (x int)"_s, &error), qPrintable(error));
    pm::store::DatabaseConnection conn(tdb.settings(), u"sim"_s);
    QVERIFY(conn.open(&error));
    const QString before = snapshot(conn.database());
    pm::sim::Simulator simulator(smallSpec(5));
    pm::sim::SimulationResult result;
    QVERIFY(!simulator.run(conn.database(), false, {}, &result, &error));
    QVERIFY2(error.contains(u"2026-11-25"_s) || error.contains(u"partition"_s), qPrintable(error));
    QCOMPARE(snapshot(conn.database()), before);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "TestSimulator.moc"
