#pragma once

#include "queue/JobHandler.h"
#include "store/ConnectionSettings.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class QTimer;

namespace pm::store
{
class DatabaseConnection;
}

namespace pm::queue
{

class JobQueue;

/**
 * One worker: a QObject on its own thread with its own connection. It wakes on NOTIFY pm_jobs
 * and polls as a fallback, claims jobs under a lease, runs their handlers, completes what
 * succeeded (in the same statement as its next claim) or fails it, and now and then rescues
 * expired leases, renews its presence and enqueues due periodic jobs. A lost connection is
 * retried with backoff; a stop request lets the running job finish first.
 */
class Worker final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList queues {QStringLiteral("default")};
        std::chrono::seconds lease {120};
        /// Jobs claimed per round trip (one claim statement for the batch, completions folded into
        /// the next claim). Short jobs gain most; a long job gives back the rest of its batch
        /// (see releaseAfter) and the worker claims one at a time until jobs are short again, so
        /// other workers are kept waiting behind it for one job's time at most.
        int batch = 10;
        /// A job that ran longer than this releases the batch's unstarted jobs to the queue.
        std::chrono::milliseconds releaseAfter {500};
        std::chrono::milliseconds pollInterval {1000};
        /// Also how often presence is renewed and periodic jobs are looked at.
        std::chrono::milliseconds rescueInterval {15'000};
        std::chrono::milliseconds backoffBase {30'000};
        std::chrono::milliseconds backoffCap {3'600'000};
    };

    Worker(pm::store::ConnectionSettings settings, std::shared_ptr<const HandlerRegistry> handlers, QString workerId,
           Options options, QObject* parent = nullptr);
    ~Worker() override;

    QString workerId() const { return m_workerId; }

public Q_SLOTS:
    void start();
    /// Finishes the running job (if any), claims nothing more, and emits stopped().
    void stop();

Q_SIGNALS:
    void jobDone(qint64 jobId, const QString& kind, bool succeeded);
    void problem(const QString& message);
    void stopped();

private:
    void wake();
    void poll();
    bool ensureConnected();
    /// Every rescue interval: rescue expired leases, renew this worker's presence, enqueue due periodic jobs.
    void housekeeping(JobQueue& queue);
    QList<qint64> finishedIds() const;
    static QList<qint64> idsFrom(const QList<Job>& jobs, int first);
    /// Emits jobDone for the finished jobs the last statement completed.
    void reportFinished(int completed);
    /// Completes finished jobs on their own (at stop, when no claim follows).
    void completeFinished();
    /// Completes what finished and removes this worker's presence row.
    void signOff();
    /// Runs the handler; true when it succeeded. Failures are recorded here.
    bool runOne(const Job& job);

    pm::store::ConnectionSettings m_settings;
    std::shared_ptr<const HandlerRegistry> m_handlers;
    QString m_workerId;
    Options m_options;
    std::unique_ptr<pm::store::DatabaseConnection> m_connection;
    QTimer* m_pollTimer = nullptr;
    QList<Job> m_finished; ///< succeeded, completed with the next claim
    int m_batch;           ///< the current claim size: options.batch, 1 after a long job
    qint64 m_lastRescueMs = 0;
    int m_connectFailures = 0;
    bool m_stopping = false;
    bool m_signedOff = false;
    bool m_listening = false;
};

} // namespace pm::queue
