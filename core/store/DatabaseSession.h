#pragma once

#include "store/ConnectionSettings.h"
#include "store/ConnectionState.h"

#include <QObject>

#include <memory>
#include <vector>

namespace pm::util
{
class WorkerThread;
}

namespace pm::store
{

/**
 * The console's link to one database: owns the monitor thread and republishes its state on the
 * thread that owns the session (the GUI thread), with the last state kept for late readers.
 */
class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    /// Stops any current link and starts watching @p settings.
    void open(const ConnectionSettings& settings);
    /// Stops watching; waits for the monitor thread (use at shutdown).
    void close();

    const ConnectionSettings& settings() const { return m_settings; }
    ConnectionState state() const { return m_state; }
    QString detail() const { return m_detail; }
    ServerInfo serverInfo() const { return m_info; }
    bool isOpen() const { return m_thread != nullptr; }

Q_SIGNALS:
    void stateChanged(pm::store::ConnectionState state, const QString& detail);
    void serverInfoChanged(const pm::store::ServerInfo& info);

private:
    void retire();

    ConnectionSettings m_settings;
    std::unique_ptr<util::WorkerThread> m_thread;
    std::vector<std::unique_ptr<util::WorkerThread>> m_retired;
    int m_generation = 0;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_detail;
    ServerInfo m_info;
};

} // namespace pm::store
