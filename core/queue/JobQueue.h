#pragma once

#include "queue/Job.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <chrono>
#include <optional>

namespace pm::queue
{

/**
 * The durable job queue's operations on one connection (migration 0003): enqueue (inside the
 * caller's transaction if one is open), claim with FOR UPDATE SKIP LOCKED under a lease, renew,
 * complete, fail with exponential backoff and full jitter, dead-letter after the last attempt,
 * rescue expired leases, re-queue a dead job.
 *
 * Job arguments and error texts never carry secrets: enqueue refuses arguments with a key that
 * names one, and error texts are redacted before they are stored.
 */
class JobQueue final
{
    Q_DECLARE_TR_FUNCTIONS(JobQueue)

public:
    explicit JobQueue(QSqlDatabase db);

    std::optional<qint64> enqueue(const QString& kind, const QJsonObject& args, const EnqueueOptions& options,
                                  QString* error);
    /// Claims up to @p max jobs. @p finished (jobs this worker finished since its last claim) are
    /// completed by the same statement; @p completed receives how many were still owned.
    QList<Job> claim(const QStringList& queues, int max, const QString& workerId, std::chrono::seconds lease,
                     QString* error, const QList<qint64>& finished = {}, int* completed = nullptr);
    /// Extends the leases of @p ids held by @p workerId; false on a database error.
    bool renew(const QList<qint64>& ids, const QString& workerId, std::chrono::seconds lease, QString* error);
    /// Gives claimed but unstarted jobs back to the queue as if never claimed (attempt undone).
    bool release(const QList<qint64>& ids, const QString& workerId, int* released, QString* error);
    /// Marks a job done. @p stillOwned is false when the lease had been lost (the job was rescued
    /// and may run again elsewhere).
    bool complete(qint64 id, const QString& workerId, bool* stillOwned, QString* error);
    /// Marks several jobs done in one statement; @p completed receives how many were still owned.
    bool completeMany(const QList<qint64>& ids, const QString& workerId, int* completed, QString* error);

    enum class FailOutcome
    {
        WillRetry,
        Discarded, ///< attempts used up: dead-lettered
        NotOwned,  ///< the lease had been lost meanwhile
    };
    bool fail(const Job& job, const QString& workerId, const QString& message, FailOutcome* outcome, QString* error);

    /// Rescues running jobs whose lease expired; returns how many, or -1 on error.
    int rescueExpired(QString* error);
    /// Puts a dead (discarded) job back in line with fresh attempts; audited.
    bool requeueDead(qint64 id, QString* error);
    /// Gives up on a dead job for good (state cancelled, kept for the record); audited.
    bool discardDead(qint64 id, QString* error);

    /// Delay before retry number @p attempt (1-based): uniform in [0, min(cap, base·2^(attempt−1))].
    std::chrono::milliseconds backoff(int attempt) const;
    /// Tests shorten the backoff; production keeps 30 s base, 1 h cap.
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);

    /// True when @p args (at any depth) has a key that names a secret.
    static bool containsSecretKey(const QJsonObject& args, QString* key);

private:
    QSqlDatabase m_db;
    std::chrono::milliseconds m_base {30'000};
    std::chrono::milliseconds m_cap {3'600'000};
};

} // namespace pm::queue
