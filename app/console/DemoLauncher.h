#pragma once

#include "store/ConnectionSettings.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace pm::demo
{
class DemoCluster;
}
namespace pm::util
{
class WorkerThread;
}
namespace pm::queue
{
class WorkerPool;
}
namespace pm::secrets
{
class SecretStore;
}
namespace pm::sim
{
class LoopsMockServer;
}

namespace pm::app
{

/**
 * Starts the demo's private PostgreSQL on a pool thread (initdb takes seconds; the window must
 * stay responsive) and stops it when the console exits.
 */
class DemoLauncher final : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(const QString& rootDir, QObject* parent = nullptr);
    ~DemoLauncher() override;

    void start();
    /// Starts the live simulator against the ready demo store, so the dashboards move, and the
    /// demo's services: the Loops mock server and two queue workers inside the console.
    void startLive();
    /// The Loops mock's outbox (notification and code emails the demo "sent"), or null before start.
    pm::sim::LoopsMockServer* loopsMock() const { return m_loops; }
    /// The demo's credentials (its mocks' keys), in memory only.
    pm::secrets::SecretStore* secrets() const { return m_secrets.get(); }

    /// Waits for a start still in progress, then stops the server. Call after the window closed.
    void shutdown();

Q_SIGNALS:
    void progress(const QString& step);
    /// The demo is up; @p signIn is the demo executive's login (the console's connection).
    void ready(const pm::store::ConnectionSettings& signIn);
    void failed(const QString& message);

private:
    void startServices(const pm::store::ConnectionSettings& settings);
    void startWorkers(const pm::store::ConnectionSettings& settings);

    std::shared_ptr<pm::demo::DemoCluster> m_cluster;
    std::shared_ptr<pm::secrets::SecretStore> m_secrets; ///< in memory: the demo's mock key only
    std::unique_ptr<pm::util::WorkerThread> m_mockThread;
    pm::sim::LoopsMockServer* m_loops = nullptr;
    std::unique_ptr<pm::queue::WorkerPool> m_workers;
    /// The pm_worker login the workers use, made by the start-up thread.
    std::shared_ptr<pm::store::ConnectionSettings> m_workerSettings = std::make_shared<pm::store::ConnectionSettings>();
    QFuture<void> m_startup;
    std::unique_ptr<pm::util::WorkerThread> m_liveThread;
};

} // namespace pm::app
