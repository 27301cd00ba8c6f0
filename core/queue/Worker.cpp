#include "queue/Worker.h"

#include "queue/JobQueue.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pm::queue
{

Worker::Worker(pm::store::ConnectionSettings settings, std::shared_ptr<const HandlerRegistry> handlers,
               QString workerId, Options options, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_handlers(std::move(handlers))
    , m_workerId(std::move(workerId))
    , m_options(std::move(options))
    , m_batch(m_options.batch)
{
    if (m_settings.applicationName.isEmpty()) {
        m_settings.applicationName = u"penguinmails-worker"_s;
    }
}

// Deleted on its own thread (WorkerThread), where the connection lives. The thread may have been
// told to quit before a queued stop() ran, so the goodbye happens here too.
Worker::~Worker()
{
    signOff();
}

void Worker::start()
{
    m_connection = std::make_unique<pm::store::DatabaseConnection>(m_settings, u"worker"_s);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &Worker::poll);
    poll();
}

void Worker::stop()
{
    m_stopping = true;
    if (m_pollTimer) {
        m_pollTimer->stop();
    }
    signOff();
    Q_EMIT stopped();
}

bool Worker::ensureConnected()
{
    if (m_connection->isOpen()) {
        return true;
    }
    m_listening = false;
    QString error;
    if (!m_connection->open(&error)) {
        ++m_connectFailures;
        Q_EMIT problem(error);
        return false;
    }
    m_connectFailures = 0;
    // NOTIFY is a hint: a worker that misses one still finds the job at its next poll.
    QSqlDriver* driver = m_connection->database().driver();
    if (driver && driver->subscribeToNotification(u"pm_jobs"_s)) {
        connect(driver, &QSqlDriver::notification, this, &Worker::wake, Qt::UniqueConnection);
        m_listening = true;
    }
    return true;
}

void Worker::wake()
{
    if (!m_stopping && m_pollTimer && m_pollTimer->isActive()) {
        m_pollTimer->start(0);
    }
}

void Worker::poll()
{
    if (m_stopping) {
        return;
    }
    if (!ensureConnected()) {
        m_pollTimer->start(std::min(1000 * (1 << std::min(m_connectFailures, 5)), 30'000));
        return;
    }
    JobQueue queue(m_connection->database());
    queue.setBackoff(m_options.backoffBase, m_options.backoffCap);
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastRescueMs >= m_options.rescueInterval.count()) {
        m_lastRescueMs = now;
        housekeeping(queue);
    }
    int completed = 0;
    const QList<Job> jobs = queue.claim(m_options.queues, std::clamp(m_batch, 1, std::max(1, m_options.batch)),
                                        m_workerId, m_options.lease, &error, finishedIds(), &completed);
    if (!error.isEmpty()) {
        // Most likely the connection went away: reconnect on the next round. Finished jobs stay
        // on the list; if their leases run out meanwhile they run again (at least once).
        Q_EMIT problem(error);
        m_connection->close();
        m_pollTimer->start(m_options.pollInterval.count());
        return;
    }
    reportFinished(completed);
    qint64 renewedAt = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < jobs.size(); ++i) {
        // Keep the rest of the batch ours while earlier jobs run.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        if (i > 0 && nowMs - renewedAt > m_options.lease.count() * 1000 / 3) {
            queue.renew(idsFrom(jobs, i), m_workerId, m_options.lease, &error);
            renewedAt = nowMs;
        }
        const Job& job = jobs.at(i);
        const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
        if (runOne(job)) {
            m_finished << job; // completed with the next claim, moments from now
        } else {
            Q_EMIT jobDone(job.id, job.kind, false);
        }
        const bool slow = QDateTime::currentMSecsSinceEpoch() - startedMs > m_options.releaseAfter.count();
        // Adaptive batches: after a long job claim one at a time, and grow back while jobs are short.
        m_batch = slow ? 1 : std::min(std::max(1, m_options.batch), m_batch * 2);
        // A long job: hand the batch's unstarted jobs back so idle workers can take them.
        if (slow && i + 1 < jobs.size()) {
            int released = 0;
            if (queue.release(idsFrom(jobs, i + 1), m_workerId, &released, &error) && released > 0) {
                qCDebug(lcStore).noquote() << m_workerId << "released" << released << "jobs after a long one";
            }
            break;
        }
    }
    // Straight on while there is work (or completions to send); otherwise wait for a NOTIFY or the next poll.
    m_pollTimer->start(jobs.isEmpty() ? m_options.pollInterval.count() : 0);
}

void Worker::signOff()
{
    completeFinished();
    if (m_signedOff || !m_connection || !m_connection->isOpen()) {
        return;
    }
    m_signedOff = true;
    QSqlQuery q(m_connection->database());
    q.prepare(u"DELETE FROM queue_workers WHERE worker_id = ?"_s);
    q.addBindValue(m_workerId);
    q.exec(); // best effort: a stale row ages out of the live count by itself
}

QList<qint64> Worker::idsFrom(const QList<Job>& jobs, int first)
{
    QList<qint64> ids;
    for (int k = first; k < jobs.size(); ++k) {
        ids << jobs.at(k).id;
    }
    return ids;
}

QList<qint64> Worker::finishedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_finished.size());
    for (const Job& job : m_finished) {
        ids << job.id;
    }
    return ids;
}

void Worker::reportFinished(int completed)
{
    if (m_finished.isEmpty()) {
        return;
    }
    if (completed < m_finished.size()) {
        qCWarning(lcStore).noquote() << m_workerId << "finished" << m_finished.size() - completed
                                     << "jobs after their lease was lost; they may run again elsewhere";
    }
    for (const Job& job : std::as_const(m_finished)) {
        Q_EMIT jobDone(job.id, job.kind, true);
    }
    m_finished.clear();
}

void Worker::completeFinished()
{
    if (m_finished.isEmpty() || !m_connection || !m_connection->isOpen()) {
        return;
    }
    JobQueue queue(m_connection->database());
    QString error;
    int completed = 0;
    if (queue.completeMany(finishedIds(), m_workerId, &completed, &error)) {
        reportFinished(completed);
    } else {
        Q_EMIT problem(error);
    }
}

void Worker::housekeeping(JobQueue& queue)
{
    QString error;
    const int rescued = queue.rescueExpired(&error);
    if (rescued > 0) {
        qCInfo(lcStore).noquote() << m_workerId << "rescued" << rescued << "jobs whose lease expired";
    }
    QSqlQuery q(m_connection->database());
    // Presence for the console's "workers alive".
    q.prepare(u"INSERT INTO queue_workers (worker_id, host, pid, queues) "
              "VALUES (?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb))) "
              "ON CONFLICT (worker_id) DO UPDATE SET last_seen_at = now(), queues = EXCLUDED.queues"_s);
    q.addBindValue(m_workerId);
    q.addBindValue(QHostInfo::localHostName());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_options.queues)).toJson()));
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << m_workerId << "cannot record its presence:"
                                     << pm::store::DatabaseConnection::oneLine(q.lastError());
    }
    // Whichever worker comes first enqueues the periodic jobs that are due (row locks and unique
    // keys keep several processes from doubling them).
    q.prepare(u"SELECT pm_periodic_enqueue_due(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_handlers->kinds())).toJson()));
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << m_workerId << "cannot enqueue periodic jobs:"
                                     << pm::store::DatabaseConnection::oneLine(q.lastError());
    }
}

bool Worker::runOne(const Job& job)
{
    JobQueue queue(m_connection->database());
    queue.setBackoff(m_options.backoffBase, m_options.backoffCap);
    JobHandler* handler = m_handlers->find(job.kind);
    QString failure;
    if (!handler) {
        failure = tr("No handler for job kind \"%1\" in this worker.").arg(job.kind);
    } else if (handler->run(job, m_connection->database(), &failure)) {
        return true;
    }
    QString error;
    JobQueue::FailOutcome outcome {};
    if (!queue.fail(job, m_workerId, failure, &outcome, &error)) {
        Q_EMIT problem(error);
    } else if (outcome == JobQueue::FailOutcome::Discarded) {
        qCWarning(lcStore).noquote() << "job" << job.id << job.kind << "dead-lettered after" << job.attempt
                                     << "attempts:" << pm::log::redact(failure);
    }
    return false;
}

} // namespace pm::queue
