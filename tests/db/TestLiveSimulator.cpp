// The live simulator continues a simulated store: events appear after the last simulated day,
// the rollups stay equal to them, and nothing is dated in the future.
#include "TestDatabase.h"
#include "sim/LiveSimulator.h"
#include "sim/Simulator.h"
#include "store/DatabaseConnection.h"
#include "store/RollupCheck.h"
#include "util/WorkerThread.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLiveSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void continuesTheStore();
    void refusesAStoreWithoutSimulation();
};

void TestLiveSimulator::continuesTheStore()
{
    pm::test::TestDatabase tdb(u"live"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QString error;
    {
        pm::store::DatabaseConnection conn(tdb.settings(), u"seed"_s);
        QVERIFY(conn.open(&error));
        pm::sim::SimulationSpec spec;
        spec.tenants = 6;
        spec.days = 4;
        spec.emailsPerMonth = 10'000'000; // a few emails a second, so real-time ticks carry events
        spec.rawEventDays = 2;
        spec.endDate = QDateTime::currentDateTimeUtc().date().addDays(-1);
        QVERIFY(spec.finalise(&error));
        pm::sim::Simulator simulator(spec);
        pm::sim::SimulationResult result;
        QVERIFY2(simulator.run(conn.database(), false, {}, &result, &error), qPrintable(error));
    }

    pm::util::WorkerThread thread(u"live-test"_s);
    auto* live = thread.adopt(new pm::sim::LiveSimulator(tdb.settings(), 1.0));
    qint64 events = 0;
    qint64 upTo = 0;
    QStringList failures;
    connect(live, &pm::sim::LiveSimulator::progressed, this, [&](qint64 loaded, qint64 until) {
        events = loaded;
        upTo = until;
    });
    connect(live, &pm::sim::LiveSimulator::failed, this, [&failures](const QString& m) { failures << m; });
    thread.start();
    QMetaObject::invokeMethod(live, &pm::sim::LiveSimulator::start, Qt::QueuedConnection);
    // It first catches up from midnight to now, then follows the clock.
    QTRY_VERIFY_WITH_TIMEOUT(upTo > QDateTime::currentMSecsSinceEpoch() - 10'000, 120'000);
    const qint64 afterCatchUp = events;
    const qint64 caughtUpAt = upTo;
    QTRY_VERIFY_WITH_TIMEOUT(events > afterCatchUp && upTo > caughtUpAt, 30'000);
    thread.stop();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));

    pm::store::DatabaseConnection conn(tdb.settings(), u"check"_s);
    QVERIFY(conn.open(&error));
    QSqlQuery q(conn.database());
    QVERIFY(q.exec(u"SELECT count(*), max(occurred_at) <= now() + interval '1 second' FROM delivery_events "
                   "WHERE occurred_at >= current_date::timestamptz"_s)
            && q.next());
    QVERIFY(q.value(0).toLongLong() > 0);
    QVERIFY2(q.value(1).toBool(), "a live event is dated in the future");
    pm::store::RollupCheck::Result check;
    QVERIFY2(pm::store::RollupCheck::check(conn.database(), &check, &error), qPrintable(error));
    QVERIFY2(check.mismatches == 0, qPrintable(check.firstProblem));
    QVERIFY(check.rawDays >= 3); // the two simulated raw days and today (and tomorrow, near midnight)
}

void TestLiveSimulator::refusesAStoreWithoutSimulation()
{
    pm::test::TestDatabase tdb(u"live_empty"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::util::WorkerThread thread(u"live-test"_s);
    auto* live = thread.adopt(new pm::sim::LiveSimulator(tdb.settings(), 1.0));
    QStringList failures;
    connect(live, &pm::sim::LiveSimulator::failed, this, [&failures](const QString& m) { failures << m; });
    thread.start();
    QMetaObject::invokeMethod(live, &pm::sim::LiveSimulator::start, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 20'000);
    QVERIFY2(failures.constFirst().contains(u"pmctl simulate"_s), qPrintable(failures.constFirst()));
}

QTEST_GUILESS_MAIN(TestLiveSimulator)
#include "TestLiveSimulator.moc"
