// Queue throughput: no-op jobs completed per second by 1, 2 and 4 workers, beside pgbench running
// the bare SKIP LOCKED claim-and-delete on the same server (the practical limit). Prints figures.
//   ctest -L bench -R BenchQueue --verbose          (PM_BENCH_JOBS overrides the job count)
#include "TestDatabase.h"
#include "embedded/PostgresBinaries.h"
#include "queue/WorkerPool.h"
#include "store/DatabaseConnection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class BenchQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsPerSecond_data();
    void jobsPerSecond();
    void bareSkipLocked();
};

void BenchQueue::jobsPerSecond_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("batch");
    // Batch 1 (one job per claim), then the default options (what pmworkerd runs).
    for (int batch : {1, pm::queue::Worker::Options {}.batch}) {
        for (int workers : {1, 2, 4}) {
            QTest::addRow("%d worker(s), batch %d", workers, batch) << workers << batch;
        }
    }
}

void BenchQueue::jobsPerSecond()
{
    QFETCH(int, workers);
    QFETCH(int, batch);
    const int jobs
        = qEnvironmentVariableIntValue("PM_BENCH_JOBS") > 0 ? qEnvironmentVariableIntValue("PM_BENCH_JOBS") : 20'000;
    pm::test::TestDatabase tdb(u"bench_queue"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::store::DatabaseConnection conn(tdb.settings(), u"bench"_s);
    QString error;
    QVERIFY(conn.open(&error));
    QSqlQuery q(conn.database());
    QVERIFY(q.exec(u"INSERT INTO jobs (kind) SELECT 'system.noop' FROM generate_series(1, %1)"_s.arg(jobs)));
    QVERIFY(q.exec(u"VACUUM ANALYZE jobs"_s));

    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    pm::queue::WorkerPool::addBuiltInHandlers(*handlers);
    pm::queue::WorkerPool pool(tdb.settings(), handlers);
    pm::queue::Worker::Options options;
    options.pollInterval = 50ms;
    options.batch = batch;
    QElapsedTimer timer;
    timer.start();
    pool.start(workers, options);
    QTRY_VERIFY_WITH_TIMEOUT(scalar(conn.database(), u"SELECT count(*) FROM jobs WHERE state = 'completed'"_s) == jobs,
                             600'000);
    const double seconds = timer.elapsed() / 1000.0;
    pool.stop();
    const bool defaults = batch == pm::queue::Worker::Options {}.batch;
    QTextStream(stdout) << "BENCH queue, " << workers << " worker(s), batch " << batch
                        << (defaults ? " (default options)" : "") << ": " << qint64(jobs / seconds) << " no-op jobs/s ("
                        << jobs << " jobs in " << seconds << " s)\n";
}

void BenchQueue::bareSkipLocked()
{
    pm::test::TestDatabase tdb(u"bench_bare"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    // One statement per call: VACUUM cannot run inside the implicit transaction of a script.
    QVERIFY(tdb.exec(u"CREATE TABLE bare_jobs (id bigserial PRIMARY KEY, payload jsonb NOT NULL DEFAULT '{}')"_s));
    QVERIFY(tdb.exec(u"INSERT INTO bare_jobs (payload) SELECT '{}' FROM generate_series(1, 300000)"_s));
    QVERIFY(tdb.exec(u"VACUUM ANALYZE bare_jobs"_s));
    QTemporaryFile script;
    QVERIFY(script.open());
    script.write("WITH c AS (SELECT id FROM bare_jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)\n"
                 "DELETE FROM bare_jobs USING c WHERE bare_jobs.id = c.id;\n");
    script.close();
    const pm::store::ConnectionSettings s = tdb.settings();
    const QString pgbench
        = pm::embedded::PostgresBinaries::exe(pm::embedded::PostgresBinaries::locateBinDir(), u"pgbench"_s);
    for (int clients : {1, 2, 4}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(pgbench, {u"-n"_s, u"-f"_s, script.fileName(), u"-c"_s, QString::number(clients), u"-j"_s,
                          QString::number(std::min(clients, 2)), u"-T"_s, u"8"_s, u"-h"_s, s.host, u"-p"_s,
                          QString::number(s.port), u"-U"_s, s.user, s.database});
        QVERIFY2(p.waitForStarted(), qPrintable(pgbench + u": "_s + p.errorString()));
        p.closeWriteChannel();
        const bool finished = p.waitForFinished(60'000);
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(finished, qPrintable(out));
        const auto m = QRegularExpression(uR"(tps = ([0-9.]+))"_s).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(u"exit %1: %2 %3"_s.arg(p.exitCode()).arg(out, p.arguments().join(u' '))));
        QTextStream(stdout) << "BENCH bare SKIP LOCKED claim-and-delete (pgbench), " << clients
                            << " client(s): " << qint64(m.captured(1).toDouble()) << " jobs/s\n";
    }
}

QTEST_GUILESS_MAIN(BenchQueue)
#include "BenchQueue.moc"
