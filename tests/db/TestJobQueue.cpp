// The durable queue on a real PostgreSQL: ordering, uniqueness, retries into the dead letter,
// concurrent workers, rescued leases, transactional enqueue, and no secrets in arguments.
#include "TestDatabase.h"
#include "queue/JobQueue.h"
#include "store/DatabaseConnection.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::queue::EnqueueOptions;
using pm::queue::JobQueue;

namespace
{
qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestJobQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void claimsByPriorityThenTime();
    void uniqueKeysDeduplicate();
    void failingJobEndsDeadLettered();
    void concurrentWorkersNeverRunOneJobTwice();
    void expiredLeaseIsRescued();
    void enqueueFollowsTheCallersTransaction();
    void refusesSecretsInArguments();

private:
    std::unique_ptr<pm::test::TestDatabase> m_db;
    std::unique_ptr<pm::store::DatabaseConnection> m_conn;
};

void TestJobQueue::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"queue"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    m_conn = std::make_unique<pm::store::DatabaseConnection>(m_db->settings(), u"queue"_s);
    QString error;
    QVERIFY2(m_conn->open(&error), qPrintable(error));
}

void TestJobQueue::cleanup()
{
    m_conn.reset();
    m_db.reset();
}

void TestJobQueue::claimsByPriorityThenTime()
{
    JobQueue queue(m_conn->database());
    QString error;
    EnqueueOptions low;
    low.priority = 4;
    EnqueueOptions high;
    high.priority = 0;
    EnqueueOptions later;
    later.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const auto a = queue.enqueue(u"noop"_s, {{u"n"_s, 1}}, low, &error);
    const auto b = queue.enqueue(u"noop"_s, {{u"n"_s, 2}}, high, &error);
    const auto c = queue.enqueue(u"noop"_s, {{u"n"_s, 3}}, later, &error);
    QVERIFY2(a && b && c, qPrintable(error));
    const auto jobs = queue.claim({u"default"_s}, 10, u"w1"_s, 60s, &error);
    QCOMPARE(jobs.size(), 2); // the scheduled one waits
    QCOMPARE(jobs.at(0).id, *b);
    QCOMPARE(jobs.at(1).id, *a);
    QCOMPARE(jobs.at(0).attempt, 1);
    QCOMPARE(jobs.at(0).args.value(u"n"_s).toInt(), 2);
    bool owned = false;
    QVERIFY(queue.complete(*b, u"w1"_s, &owned, &error) && owned);
    QCOMPARE(scalar(m_conn->database(), u"SELECT count(*) FROM jobs WHERE state = 'completed'"_s), 1);
    QVERIFY(queue.claim({u"other"_s}, 10, u"w1"_s, 60s, &error).isEmpty()); // queues are separate
}

void TestJobQueue::uniqueKeysDeduplicate()
{
    JobQueue queue(m_conn->database());
    QString error;
    EnqueueOptions unique;
    unique.uniqueKey = u"poll:sendgrid:42"_s;
    const auto first = queue.enqueue(u"poll"_s, {}, unique, &error);
    const auto second = queue.enqueue(u"poll"_s, {}, unique, &error);
    QVERIFY2(first && second, qPrintable(error));
    QCOMPARE(*second, *first);

    // Racing processes: one live row, whoever wins.
    QList<QFuture<qint64>> racers;
    for (int i = 0; i < 6; ++i) {
        racers << QtConcurrent::run([settings = m_db->settings(), i] {
            pm::store::DatabaseConnection conn(settings, u"racer-%1"_s.arg(i));
            QString e;
            if (!conn.open(&e)) {
                return qint64(-1);
            }
            EnqueueOptions o;
            o.uniqueKey = u"digest:daily"_s;
            return JobQueue(conn.database()).enqueue(u"digest"_s, {}, o, &e).value_or(-1);
        });
    }
    QSet<qint64> ids;
    for (auto& r : racers) {
        ids.insert(r.result());
    }
    QCOMPARE(ids.size(), 1);
    QVERIFY(!ids.contains(-1));
    QCOMPARE(scalar(m_conn->database(), u"SELECT count(*) FROM jobs WHERE unique_key = 'digest:daily'"_s), 1);

    // Once the job is finished, the key is free again.
    const auto jobs = queue.claim({u"default"_s}, 10, u"w"_s, 60s, &error);
    bool owned = false;
    for (const auto& job : jobs) {
        QVERIFY(queue.complete(job.id, u"w"_s, &owned, &error));
    }
    const auto third = queue.enqueue(u"poll"_s, {}, unique, &error);
    QVERIFY(third && *third != *first);
}

void TestJobQueue::failingJobEndsDeadLettered()
{
    JobQueue queue(m_conn->database());
    queue.setBackoff(0ms, 0ms);
    QString error;
    EnqueueOptions options;
    options.maxAttempts = 3;
    const auto id = queue.enqueue(u"flaky"_s, {{u"tenant_id"_s, 7}}, options, &error);
    QVERIFY(id);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const auto jobs = queue.claim({u"default"_s}, 1, u"w"_s, 60s, &error);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.constFirst().attempt, attempt);
        JobQueue::FailOutcome outcome {};
        QVERIFY(queue.fail(jobs.constFirst(), u"w"_s, u"provider said 503 (try %1) token=abc123"_s.arg(attempt),
                           &outcome, &error));
        QCOMPARE(outcome, attempt < 3 ? JobQueue::FailOutcome::WillRetry : JobQueue::FailOutcome::Discarded);
    }
    QVERIFY(queue.claim({u"default"_s}, 1, u"w"_s, 60s, &error).isEmpty());
    QSqlQuery q(m_conn->database());
    QVERIFY(q.exec(u"SELECT state::text, jsonb_array_length(errors), errors::text FROM jobs WHERE id = %1"_s.arg(*id))
            && q.next());
    QCOMPARE(q.value(0).toString(), u"discarded"_s);
    QCOMPARE(q.value(1).toInt(), 3);
    QVERIFY(q.value(2).toString().contains(u"try 3"_s));
    QVERIFY2(!q.value(2).toString().contains(u"abc123"_s), "a secret reached the error history");
    QCOMPARE(scalar(m_conn->database(), u"SELECT dead FROM job_queue_health WHERE queue = 'default'"_s), 1);

    QVERIFY2(queue.requeueDead(*id, &error), qPrintable(error));
    QCOMPARE(queue.claim({u"default"_s}, 1, u"w"_s, 60s, &error).size(), 1);
    QVERIFY(!queue.requeueDead(*id, &error)); // it is running, not dead
}

void TestJobQueue::concurrentWorkersNeverRunOneJobTwice()
{
    QString error;
    QVERIFY(m_db->exec(u"CREATE TABLE executions (job_id bigint, worker text)"_s, &error));
    {
        QSqlDatabase db = m_conn->database();
        QVERIFY(db.transaction());
        JobQueue queue(db);
        for (int i = 0; i < 400; ++i) {
            QVERIFY(queue.enqueue(u"noop"_s, {{u"n"_s, i}}, {}, &error));
        }
        QVERIFY(db.commit());
    }
    auto work = [settings = m_db->settings()](int worker) {
        pm::store::DatabaseConnection conn(settings, u"worker-%1"_s.arg(worker));
        QString e;
        if (!conn.open(&e)) {
            return -1;
        }
        JobQueue queue(conn.database());
        const QString id = u"worker-%1"_s.arg(worker);
        int done = 0;
        for (;;) {
            const auto jobs = queue.claim({u"default"_s}, 5, id, 60s, &e);
            if (jobs.isEmpty()) {
                return done;
            }
            for (const auto& job : jobs) {
                QSqlQuery q(conn.database());
                q.exec(u"INSERT INTO executions VALUES (%1, '%2')"_s.arg(job.id).arg(id));
                bool owned = false;
                queue.complete(job.id, id, &owned, &e);
                done += owned ? 1 : 0;
            }
        }
    };
    QList<QFuture<int>> workers;
    for (int w = 0; w < 4; ++w) {
        workers << QtConcurrent::run(work, w);
    }
    int total = 0;
    for (auto& f : workers) {
        QVERIFY(f.result() >= 0);
        total += f.result();
    }
    QCOMPARE(total, 400);
    QCOMPARE(scalar(m_conn->database(), u"SELECT count(*) FROM executions"_s), 400);
    QCOMPARE(scalar(m_conn->database(), u"SELECT count(DISTINCT job_id) FROM executions"_s), 400);
    QCOMPARE(scalar(m_conn->database(), u"SELECT count(*) FROM jobs WHERE state = 'completed'"_s), 400);
}

void TestJobQueue::expiredLeaseIsRescued()
{
    JobQueue queue(m_conn->database());
    QString error;
    const auto id = queue.enqueue(u"slow"_s, {}, {}, &error);
    QVERIFY(id);
    // A worker claims with a lease that is over at once, then goes silent (as if killed).
    const auto claimed = queue.claim({u"default"_s}, 1, u"dead-worker"_s, 0s, &error);
    QCOMPARE(claimed.size(), 1);
    int rescued = 0; // accumulated: QTRY_* evaluates its expression more than once
    QTRY_VERIFY((rescued += std::max(0, queue.rescueExpired(&error))) >= 1);
    QCOMPARE(rescued, 1);
    const auto again = queue.claim({u"default"_s}, 1, u"live-worker"_s, 60s, &error);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().id, *id);
    QCOMPARE(again.constFirst().attempt, 2);
    bool owned = true;
    QVERIFY(queue.complete(*id, u"dead-worker"_s, &owned, &error));
    QVERIFY(!owned); // the silent worker lost it
    QVERIFY(queue.complete(*id, u"live-worker"_s, &owned, &error) && owned);
    QSqlQuery q(m_conn->database());
    QVERIFY(q.exec(u"SELECT errors->0->>'error' FROM jobs WHERE id = %1"_s.arg(*id)) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"lease expired"_s), qPrintable(q.value(0).toString()));
}

void TestJobQueue::enqueueFollowsTheCallersTransaction()
{
    QSqlDatabase db = m_conn->database();
    JobQueue queue(db);
    QString error;
    QVERIFY(db.transaction());
    QVERIFY(queue.enqueue(u"notify"_s, {{u"incident_id"_s, 5}}, {}, &error));
    QVERIFY(db.rollback());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM jobs"_s), 0);
    QVERIFY(db.transaction());
    QVERIFY(queue.enqueue(u"notify"_s, {{u"incident_id"_s, 5}}, {}, &error));
    QVERIFY(db.commit());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM jobs"_s), 1);
}

void TestJobQueue::refusesSecretsInArguments()
{
    JobQueue queue(m_conn->database());
    QString error;
    QVERIFY(!queue.enqueue(u"send"_s, {{u"password"_s, u"hunter2"_s}}, {}, &error));
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));
    QVERIFY(!queue.enqueue(u"send"_s, {{u"auth"_s, QJsonObject {{u"api_key"_s, u"k"_s}}}}, {}, &error));
    QVERIFY(!queue.enqueue(u"otp"_s, {{u"otp_code"_s, u"12345678"_s}}, {}, &error));
    QVERIFY(queue.enqueue(u"send"_s, {{u"challenge_id"_s, 17}}, {}, &error));
    QCOMPARE(scalar(m_conn->database(), u"SELECT count(*) FROM jobs"_s), 1);
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "TestJobQueue.moc"
