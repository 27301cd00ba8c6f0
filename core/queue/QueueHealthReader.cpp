#include "queue/QueueHealthReader.h"

#include "queue/JobQueue.h"
#include "store/DatabaseConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::queue
{

QueueCounts QueueHealth::totals() const
{
    QueueCounts t;
    for (const QueueCounts& q : queues) {
        t.waiting += q.waiting;
        t.scheduled += q.scheduled;
        t.running += q.running;
        t.failed += q.failed;
        t.dead += q.dead;
        if (q.oldestWaiting.isValid() && (!t.oldestWaiting.isValid() || q.oldestWaiting < t.oldestWaiting)) {
            t.oldestWaiting = q.oldestWaiting;
        }
    }
    return t;
}

QueueHealthReader::QueueHealthReader(pm::store::ConnectionSettings settings, QObject* parent)
    : PollingReader(std::move(settings), u"queue-health"_s, std::chrono::seconds(3), parent)
{
    qRegisterMetaType<pm::queue::QueueHealth>();
}

bool QueueHealthReader::read(QSqlDatabase& db, QString* error)
{
    QueueHealth health;
    QSqlQuery q(db);
    auto failed = [&q, error] {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    };
    if (!q.exec(u"SELECT now()"_s) || !q.next()) {
        return failed();
    }
    health.serverNow = q.value(0).toDateTime();
    if (!q.exec(u"SELECT queue, waiting, scheduled, running, failed, dead, oldest_waiting FROM job_queue_health "
                "ORDER BY queue"_s)) {
        return failed();
    }
    while (q.next()) {
        health.queues << QueueCounts {q.value(0).toString(),  q.value(1).toInt(), q.value(2).toInt(),
                                      q.value(3).toInt(),     q.value(4).toInt(), q.value(5).toInt(),
                                      q.value(6).toDateTime()};
    }
    q.prepare(u"SELECT worker_id, host, pid, array_to_json(queues)::text, started_at, last_seen_at FROM queue_workers "
              "WHERE last_seen_at > now() - make_interval(secs => ?) ORDER BY worker_id"_s);
    q.addBindValue(AliveWithinSeconds);
    if (!q.exec()) {
        return failed();
    }
    while (q.next()) {
        QStringList queues;
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
            queues << v.toString();
        }
        health.workers << WorkerPresence {q.value(0).toString(),   q.value(1).toString(),  q.value(2).toInt(), queues,
                                          q.value(4).toDateTime(), q.value(5).toDateTime()};
    }
    q.prepare(u"SELECT id, queue, kind, attempt, finished_at, coalesce(errors -> -1 ->> 'error', '') FROM jobs "
              "WHERE state = 'discarded' ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT ?"_s);
    q.addBindValue(MaxDeadShown);
    if (!q.exec()) {
        return failed();
    }
    while (q.next()) {
        health.dead << DeadJob {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                                q.value(3).toInt(),      q.value(4).toDateTime(), q.value(5).toString()};
    }
    Q_EMIT healthLoaded(health);
    return true;
}

void QueueHealthReader::requeue(qint64 jobId)
{
    act(jobId, true);
}

void QueueHealthReader::discard(qint64 jobId)
{
    act(jobId, false);
}

void QueueHealthReader::act(qint64 jobId, bool requeue)
{
    QString error;
    const bool ok = withDatabase(
        [jobId, requeue](QSqlDatabase& db, QString* e) {
            JobQueue queue(db);
            return requeue ? queue.requeueDead(jobId, e) : queue.discardDead(jobId, e);
        },
        &error);
    if (ok) {
        Q_EMIT actionDone(requeue ? tr("Job %1 is back in the queue.").arg(jobId)
                                  : tr("Job %1 was discarded.").arg(jobId));
    } else {
        Q_EMIT actionFailed(error);
    }
    refresh();
}

} // namespace pm::queue
