// Workers on their own threads against a real PostgreSQL: they share the work without running a
// job twice, wake on NOTIFY, dead-letter what keeps failing, and survive a server restart.
#include "TestDatabase.h"
#include "embedded/EmbeddedPostgres.h"
#include "queue/JobQueue.h"
#include "queue/Worker.h"
#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"
#include "util/WorkerThread.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::queue::Worker;

namespace
{
// Records each run in a table; idempotent by design, like every real handler.
class RecordHandler final : public pm::queue::JobHandler
{
public:
    QString kind() const override { return u"test.record"_s; }
    bool run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error) override
    {
        QSqlQuery q(db);
        if (!q.exec(u"INSERT INTO executions (job_id) VALUES (%1)"_s.arg(job.id))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
};

// Holds its worker for args.ms, then records which worker ran it.
class SlowHandler final : public pm::queue::JobHandler
{
public:
    QString kind() const override { return u"test.slow"_s; }
    bool run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error) override
    {
        QThread::msleep(static_cast<unsigned long>(job.args.value(u"ms"_s).toInt()));
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO executions (job_id, worker) VALUES (?, ?)"_s);
        q.addBindValue(job.id);
        q.addBindValue(QThread::currentThread()->objectName());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
};

class FailHandler final : public pm::queue::JobHandler
{
public:
    QString kind() const override { return u"test.fail"_s; }
    bool run(const pm::queue::Job& job, const QSqlDatabase&, QString* error) override
    {
        *error = u"simulated provider outage on attempt %1"_s.arg(job.attempt);
        return false;
    }
};

std::shared_ptr<pm::queue::HandlerRegistry> registry()
{
    auto r = std::make_shared<pm::queue::HandlerRegistry>();
    r->add(std::make_shared<RecordHandler>());
    r->add(std::make_shared<FailHandler>());
    r->add(std::make_shared<SlowHandler>());
    return r;
}

qint64 scalar(const pm::store::ConnectionSettings& settings, const QString& sql)
{
    pm::store::DatabaseConnection conn(settings, u"check"_s);
    QString error;
    if (!conn.open(&error)) {
        return -1;
    }
    QSqlQuery q(conn.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool enqueue(const pm::store::ConnectionSettings& settings, const QString& kind, int count, int maxAttempts = 8)
{
    pm::store::DatabaseConnection conn(settings, u"enqueue"_s);
    QString error;
    if (!conn.open(&error)) {
        return false;
    }
    pm::queue::JobQueue queue(conn.database());
    pm::queue::EnqueueOptions options;
    options.maxAttempts = maxAttempts;
    for (int i = 0; i < count; ++i) {
        if (!queue.enqueue(kind, {{u"n"_s, i}}, options, &error)) {
            return false;
        }
    }
    return true;
}

struct RunningWorker
{
    std::unique_ptr<pm::util::WorkerThread> thread;
    Worker* worker = nullptr;
};

RunningWorker startWorker(const pm::store::ConnectionSettings& settings, const QString& id, Worker::Options options)
{
    RunningWorker r;
    r.thread = std::make_unique<pm::util::WorkerThread>(id);
    r.worker = r.thread->adopt(new Worker(settings, registry(), id, options));
    r.thread->start();
    QMetaObject::invokeMethod(r.worker, &Worker::start, Qt::QueuedConnection);
    return r;
}
} // namespace

class TestWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workersShareTheQueue();
    void notifyWakesAnIdleWorker();
    void failingJobsAreDeadLettered();
    void survivesAServerRestart();
    void aLongJobGivesBackItsBatch();
};

void TestWorker::workersShareTheQueue()
{
    pm::test::TestDatabase tdb(u"workers"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"CREATE TABLE executions (job_id bigint)"_s));
    QVERIFY(enqueue(tdb.settings(), u"test.record"_s, 300));
    Worker::Options options;
    options.pollInterval = 200ms;
    RunningWorker a = startWorker(tdb.settings(), u"worker-a"_s, options);
    RunningWorker b = startWorker(tdb.settings(), u"worker-b"_s, options);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(tdb.settings(), u"SELECT count(*) FROM jobs WHERE state = 'completed'"_s), 300,
                              60'000);
    a.thread->stop();
    b.thread->stop();
    QCOMPARE(scalar(tdb.settings(), u"SELECT count(*) FROM executions"_s), 300);
    QCOMPARE(scalar(tdb.settings(), u"SELECT count(DISTINCT job_id) FROM executions"_s), 300);
}

void TestWorker::notifyWakesAnIdleWorker()
{
    pm::test::TestDatabase tdb(u"workers_notify"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"CREATE TABLE executions (job_id bigint)"_s));
    Worker::Options options;
    options.pollInterval = 60s; // polling alone would take a minute
    RunningWorker w = startWorker(tdb.settings(), u"listener"_s, options);
    QTest::qWait(500); // let it connect, LISTEN and go idle
    QVERIFY(enqueue(tdb.settings(), u"test.record"_s, 1));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(tdb.settings(), u"SELECT count(*) FROM executions"_s), 1, 10'000);
    w.thread->stop();
}

void TestWorker::failingJobsAreDeadLettered()
{
    pm::test::TestDatabase tdb(u"workers_fail"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(enqueue(tdb.settings(), u"test.fail"_s, 1, 4));
    QVERIFY(enqueue(tdb.settings(), u"test.unknown-kind"_s, 1, 2));
    Worker::Options options;
    options.pollInterval = 100ms;
    options.backoffBase = 0ms;
    options.backoffCap = 0ms;
    RunningWorker w = startWorker(tdb.settings(), u"failer"_s, options);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(tdb.settings(), u"SELECT count(*) FROM jobs WHERE state = 'discarded'"_s), 2,
                              30'000);
    w.thread->stop();
    QCOMPARE(scalar(tdb.settings(), u"SELECT jsonb_array_length(errors) FROM jobs WHERE kind = 'test.fail'"_s), 4);
    QCOMPARE(scalar(tdb.settings(), u"SELECT count(*) FROM jobs WHERE errors::text LIKE '%No handler%'"_s), 1);
}

void TestWorker::survivesAServerRestart()
{
    // Its own server: this test restarts it.
    QTemporaryDir dir(QDir::temp().filePath(u"pm-worker-restart-XXXXXX"_s));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ExeOther);
    pm::embedded::EmbeddedPostgres::Options serverOptions;
    serverOptions.rootDir = dir.filePath(u"cluster"_s);
    pm::embedded::EmbeddedPostgres server(serverOptions);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const pm::store::ConnectionSettings settings = server.connectionSettings();
    {
        pm::store::DatabaseConnection conn(settings, u"setup"_s);
        QVERIFY(conn.open(&error));
        pm::store::MigrationRunner runner(conn.database());
        QVERIFY2(runner.migrate(nullptr, &error), qPrintable(error));
        QSqlQuery q(conn.database());
        QVERIFY(q.exec(u"CREATE TABLE executions (job_id bigint)"_s));
    }
    QVERIFY(enqueue(settings, u"test.record"_s, 50));
    Worker::Options options;
    options.pollInterval = 200ms;
    RunningWorker w = startWorker(settings, u"survivor"_s, options);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(settings, u"SELECT count(*) FROM jobs WHERE state = 'completed'"_s), 50, 30'000);

    QVERIFY2(server.kill(&error), qPrintable(error)); // the server crashes under the worker
    QTest::qWait(1'500);
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(enqueue(settings, u"test.record"_s, 50));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(settings, u"SELECT count(*) FROM jobs WHERE state = 'completed'"_s), 100, 60'000);
    w.thread->stop();
    QCOMPARE(scalar(settings, u"SELECT count(DISTINCT job_id) FROM executions"_s), 100);
    server.stop();
}

// Batch claims must not keep short jobs waiting behind a long one: the worker gives the rest of
// its batch back, and another worker runs them while the first is still busy.
void TestWorker::aLongJobGivesBackItsBatch()
{
    pm::test::TestDatabase tdb(u"workers_release"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"CREATE TABLE executions (job_id bigint, worker text)"_s));
    // First in line: a 1.5 s job, then a 3 s one; behind them nine short ones.
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('default', 'test.slow', '{\"ms\": 1500}', 0::smallint), "
                     "pm_job_enqueue('default', 'test.slow', '{\"ms\": 3000}', 1::smallint)"_s));
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('default', 'test.slow', '{\"ms\": 1}', 2::smallint) "
                     "FROM generate_series(1, 9)"_s));
    Worker::Options options;
    options.pollInterval = 200ms;
    QCOMPARE(options.batch, 10); // the default claims batches
    RunningWorker a = startWorker(tdb.settings(), u"worker-a"_s, options);
    // Worker a holds the whole batch while its first job runs.
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT count(*) FROM jobs WHERE locked_by = 'worker-a'"_s).toInt(), 10,
                              10'000);
    RunningWorker b = startWorker(tdb.settings(), u"worker-b"_s, options);
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT count(*) FROM executions"_s).toInt(), 11, 30'000);
    // After the long job, a gave the rest back and took one at a time from then on, so b got some
    // of them: without the release b could have taken only the one job a's batch of ten left over.
    QVERIFY2(tdb.value(u"SELECT count(*) FROM executions WHERE worker = 'worker-b'"_s).toInt() >= 3,
             qPrintable(tdb.value(u"SELECT string_agg(job_id || ':' || worker, ' ') FROM executions"_s).toString()));
    QCOMPARE(tdb.value(u"SELECT count(DISTINCT job_id) FROM executions"_s).toInt(), 11);
    QCOMPARE(tdb.value(u"SELECT max(attempt) FROM jobs"_s).toInt(), 1); // a release is not an attempt
    a.thread->stop();
    b.thread->stop();
}

QTEST_GUILESS_MAIN(TestWorker)
#include "TestWorker.moc"
