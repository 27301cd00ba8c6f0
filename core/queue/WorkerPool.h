#pragma once

#include "queue/JobHandler.h"
#include "queue/Worker.h"
#include "store/ConnectionSettings.h"

#include <QObject>

#include <memory>
#include <vector>

namespace pm::util
{
class WorkerThread;
}

namespace pm::queue
{

/**
 * N workers, each on its own named thread with its own connection — what pmworkerd runs, and the
 * console in demo mode. stop() lets every running job finish, then joins the threads.
 */
class WorkerPool final : public QObject
{
    Q_OBJECT

public:
    WorkerPool(pm::store::ConnectionSettings settings, std::shared_ptr<const HandlerRegistry> handlers,
               QObject* parent = nullptr);
    ~WorkerPool() override;

    void start(int workers, const Worker::Options& options);
    void stop();
    int size() const { return static_cast<int>(m_threads.size()); }

    /// host:pid:n, unique across the processes sharing a queue.
    static QString workerId(int index);

    /// The handlers every worker process has: "system.noop" (health checks, benchmarks), and with
    /// PM_DIAGNOSTIC_HANDLERS=1 "system.sleep" (holds a worker for args.ms, for crash tests).
    static void addBuiltInHandlers(HandlerRegistry& registry);

Q_SIGNALS:
    void jobDone(qint64 jobId, const QString& kind, bool succeeded);
    void problem(const QString& message);

private:
    pm::store::ConnectionSettings m_settings;
    std::shared_ptr<const HandlerRegistry> m_handlers;
    std::vector<std::unique_ptr<pm::util::WorkerThread>> m_threads;
    std::vector<Worker*> m_workers;
};

} // namespace pm::queue
