#pragma once

#include "store/PollingReader.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace pm::queue
{

struct QueueCounts
{
    QString queue;
    int waiting = 0;
    int scheduled = 0;
    int running = 0;
    int failed = 0; ///< retryable: failed at least once, will try again
    int dead = 0;
    QDateTime oldestWaiting; ///< invalid when nothing waits
};

struct WorkerPresence
{
    QString workerId;
    QString host;
    int pid = 0;
    QStringList queues;
    QDateTime startedAt;
    QDateTime lastSeenAt;
};

struct DeadJob
{
    qint64 id = 0;
    QString queue;
    QString kind;
    int attempts = 0;
    QDateTime finishedAt;
    QString lastError;
};

struct QueueHealth
{
    QList<QueueCounts> queues;
    QList<WorkerPresence> workers; ///< alive: seen within the last minute
    QList<DeadJob> dead;           ///< newest first
    QDateTime serverNow;
    QueueCounts totals() const;
};

/**
 * Reads the queue's health for the console every few seconds on its own thread, and carries out
 * the two things ops may do to a dead job: re-queue it or discard it (each audited in the database).
 */
class QueueHealthReader final : public pm::store::PollingReader
{
    Q_OBJECT

public:
    explicit QueueHealthReader(pm::store::ConnectionSettings settings, QObject* parent = nullptr);

    static constexpr int MaxDeadShown = 200;
    static constexpr int AliveWithinSeconds = 60;

public Q_SLOTS:
    void requeue(qint64 jobId);
    void discard(qint64 jobId);

Q_SIGNALS:
    void healthLoaded(const pm::queue::QueueHealth& health);
    void actionDone(const QString& message);
    void actionFailed(const QString& message);

protected:
    bool read(QSqlDatabase& db, QString* error) override;

private:
    void act(qint64 jobId, bool requeue);
};

} // namespace pm::queue

Q_DECLARE_METATYPE(pm::queue::QueueHealth)
