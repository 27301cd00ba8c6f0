#include "queue/Worker.h"

#include "queue/JobQueue.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QDateTime>
#include <QSqlDriver>
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
{
    if (m_settings.applicationName.isEmpty()) {
        m_settings.applicationName = u"penguinmails-worker"_s;
    }
}

// Deleted on its own thread (WorkerThread), where the connection lives.
Worker::~Worker() = default;

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
        const int rescued = queue.rescueExpired(&error);
        if (rescued > 0) {
            qCInfo(lcStore).noquote() << m_workerId << "rescued" << rescued << "jobs whose lease expired";
        }
    }
    const QList<Job> jobs
        = queue.claim(m_options.queues, std::max(1, m_options.batch), m_workerId, m_options.lease, &error);
    if (!error.isEmpty()) {
        // Most likely the connection went away: reconnect on the next round.
        Q_EMIT problem(error);
        m_connection->close();
        m_pollTimer->start(m_options.pollInterval.count());
        return;
    }
    QList<qint64> succeeded;
    qint64 renewedAt = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < jobs.size(); ++i) {
        // Keep the rest of the batch ours while earlier jobs run.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        if (i > 0 && nowMs - renewedAt > m_options.lease.count() * 1000 / 3) {
            QList<qint64> rest;
            for (int k = i; k < jobs.size(); ++k) {
                rest << jobs.at(k).id;
            }
            queue.renew(rest, m_workerId, m_options.lease, &error);
            renewedAt = nowMs;
        }
        if (runOne(jobs.at(i))) {
            succeeded << jobs.at(i).id;
        }
    }
    int completed = 0;
    if (!queue.completeMany(succeeded, m_workerId, &completed, &error)) {
        Q_EMIT problem(error);
    } else if (completed < succeeded.size()) {
        qCWarning(lcStore).noquote() << m_workerId << "finished" << succeeded.size() - completed
                                     << "jobs after their lease was lost; they may run again elsewhere";
    }
    for (const Job& job : jobs) {
        Q_EMIT jobDone(job.id, job.kind, succeeded.contains(job.id));
    }
    // Straight on while there is work; otherwise wait for a NOTIFY or the next poll.
    m_pollTimer->start(jobs.isEmpty() ? m_options.pollInterval.count() : 0);
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
