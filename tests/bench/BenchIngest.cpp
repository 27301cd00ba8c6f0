// Ingest throughput: simulated delivery events into the partitioned events table with its rollup
// trigger, beside a plain COPY of the very same rows into an unindexed, unpartitioned table (the
// practical limit of the server). Prints figures; asserts nothing about speed.
//   ctest -L bench -R BenchIngest --verbose      (PM_BENCH_DAYS, PM_BENCH_EMAILS override the size)
#include "TestDatabase.h"
#include "sim/EventWriter.h"
#include "sim/IncidentPlan.h"
#include "sim/PlatformModel.h"
#include "sim/Simulator.h"
#include "sim/TrafficGenerator.h"
#include "store/CopyStream.h"
#include "store/DatabaseConnection.h"
#include "store/RollupCheck.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QByteArray Columns = pm::sim::EventWriter::columns().mid(pm::sim::EventWriter::columns().indexOf('('));

bool copyAll(const QSqlDatabase& db, const QByteArray& table, const QList<QByteArray>& chunks, QString* error)
{
    for (const QByteArray& chunk : chunks) {
        pm::store::CopyStream copy(db);
        if (!copy.begin(table + ' ' + Columns, error, pm::store::CopyStream::Format::Binary)) {
            return false;
        }
        copy.buffer().append(chunk);
        if (!copy.end(nullptr, error)) {
            return false;
        }
    }
    return true;
}
} // namespace

class BenchIngest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsPerSecond();
};

void BenchIngest::eventsPerSecond()
{
    pm::sim::SimulationSpec spec;
    spec.seed = 42;
    spec.tenants = 50;
    spec.days = qEnvironmentVariableIntValue("PM_BENCH_DAYS") > 0 ? qEnvironmentVariableIntValue("PM_BENCH_DAYS") : 4;
    spec.emailsPerMonth
        = qEnvironmentVariableIsSet("PM_BENCH_EMAILS") ? qgetenv("PM_BENCH_EMAILS").toLongLong() : 20'000'000;
    spec.endDate = QDate(2026, 11, 27);
    spec.incidents = false;
    QString error;
    QVERIFY2(spec.finalise(&error), qPrintable(error));

    // 1. Generate the rows once, in memory, one COPY statement's worth per chunk.
    const pm::sim::PlatformModel platform = pm::sim::PlatformModel::generate(spec);
    const pm::sim::IncidentPlan plan = pm::sim::IncidentPlan::plan(spec, platform);
    pm::sim::TrafficGenerator generator(spec, platform, plan);
    pm::sim::TrafficStats stats;
    QList<QByteArray> chunks;
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < spec.days; ++d) {
        QByteArray chunk;
        for (const pm::sim::TenantModel& t : platform.tenants) {
            generator.appendTenantEvents(d, t, chunk, stats);
            if (chunk.size() > 128 * 1024 * 1024) {
                chunks << chunk;
                chunk.clear();
            }
        }
        chunks << chunk;
    }
    const double generateSeconds = timer.elapsed() / 1000.0;
    qint64 bytes = 0;
    for (const QByteArray& c : std::as_const(chunks)) {
        bytes += c.size();
    }

    pm::test::TestDatabase tdb(u"bench_ingest"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"bench"_s);
    QVERIFY2(conn.open(&error), qPrintable(error));
    QSqlQuery q(conn.database());
    QVERIFY(q.exec(u"SET synchronous_commit = off"_s));
    for (int d = 0; d < spec.days; ++d) {
        QVERIFY(
            q.exec(u"SELECT pm_ensure_event_partition('%1')"_s.arg(spec.firstDay().addDays(d).toString(Qt::ISODate))));
    }
    QVERIFY(q.exec(u"CREATE TABLE plain_events (LIKE delivery_events)"_s));
    QVERIFY(q.exec(u"CHECKPOINT"_s));

    // 2. The real path: partitioned table, rollup trigger, BRIN index built when each day is in.
    timer.restart();
    QVERIFY2(copyAll(conn.database(), "delivery_events", chunks, &error), qPrintable(error));
    for (int d = 0; d < spec.days; ++d) {
        QVERIFY(
            q.exec(u"SELECT pm_index_event_partition('%1')"_s.arg(spec.firstDay().addDays(d).toString(Qt::ISODate))));
    }
    const double realSeconds = timer.elapsed() / 1000.0;
    QVERIFY(q.exec(u"CHECKPOINT"_s));

    // 3. The practical limit: the same bytes into a bare heap.
    timer.restart();
    QVERIFY2(copyAll(conn.database(), "plain_events", chunks, &error), qPrintable(error));
    const double plainSeconds = timer.elapsed() / 1000.0;

    pm::store::RollupCheck::Result check;
    QVERIFY2(pm::store::RollupCheck::check(conn.database(), &check, &error), qPrintable(error));
    QCOMPARE(check.mismatches, 0);

    const double realRate = stats.events / realSeconds;
    const double plainRate = stats.events / plainSeconds;
    QTextStream out(stdout);
    out << "BENCH ingest: " << stats.events << " events (" << stats.emails << " emails, " << bytes / (1024 * 1024)
        << " MiB of binary COPY rows) over " << spec.days << " days\n";
    out << "BENCH generate: " << qint64(stats.events / generateSeconds) << " events/s (client, one core)\n";
    out << "BENCH events+rollups (partitioned, trigger, BRIN): " << qint64(realRate) << " events/s (" << realSeconds
        << " s)\n";
    out << "BENCH plain COPY, unindexed table: " << qint64(plainRate) << " events/s (" << plainSeconds << " s)\n";
    out << "BENCH ratio: " << QString::number(100.0 * realRate / plainRate, 'f', 1) << " % of the plain COPY\n";
    out.flush();
}

QTEST_GUILESS_MAIN(BenchIngest)
#include "BenchIngest.moc"
