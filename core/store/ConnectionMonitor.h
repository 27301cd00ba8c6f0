#pragma once

#include "store/ConnectionSettings.h"
#include "store/ConnectionState.h"

#include <QObject>

#include <memory>

class QTimer;

namespace pm::store
{

class DatabaseConnection;

/**
 * Watches the database link from its own thread: connects, checks the schema, pings once a
 * second, and on failure reconnects with capped backoff. The GUI learns the state through
 * stateChanged(); nothing here ever runs on the GUI thread, so a vanished server cannot freeze it.
 */
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionMonitor(ConnectionSettings settings, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    static constexpr int PingIntervalMs = 1000;
    static constexpr int MaxRetryDelayMs = 4000;

public Q_SLOTS:
    /// Call on the monitor's thread (queued) after moving it there.
    void start();

Q_SIGNALS:
    void stateChanged(pm::store::ConnectionState state, const QString& detail);
    void serverInfoChanged(const pm::store::ServerInfo& info);

private:
    void tick();
    bool connectAndCheck(QString* detail, ConnectionState* state);
    void readIdentity(ServerInfo* info);
    void setState(ConnectionState state, const QString& detail);
    void scheduleRetry();

    ConnectionSettings m_settings;
    std::unique_ptr<DatabaseConnection> m_connection;
    QTimer* m_timer = nullptr;
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_detail;
    int m_retryDelayMs = 0;
};

} // namespace pm::store
