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
    /// Starts the live simulator against the ready demo store, so the dashboards move.
    void startLive(const pm::store::ConnectionSettings& settings);
    /// Waits for a start still in progress, then stops the server. Call after the window closed.
    void shutdown();

Q_SIGNALS:
    void progress(const QString& step);
    void ready(const pm::store::ConnectionSettings& settings);
    void failed(const QString& message);

private:
    std::shared_ptr<pm::demo::DemoCluster> m_cluster;
    QFuture<void> m_startup;
    std::unique_ptr<pm::util::WorkerThread> m_liveThread;
};

} // namespace pm::app
