#pragma once

#include "store/ConnectionSettings.h"

#include <QObject>

#include <chrono>
#include <memory>

class QSqlDatabase;
class QTimer;

namespace pm::store
{

class DatabaseConnection;

/**
 * Base of the console's readers: a QObject that lives on its own worker thread with its own
 * connection and reads on a timer (and on demand), so no SQL ever runs on the GUI thread. A lost
 * connection is reported once and retried at the next round; subclasses only say what to read.
 */
class PollingReader : public QObject
{
    Q_OBJECT

public:
    PollingReader(ConnectionSettings settings, QString purpose, std::chrono::milliseconds interval,
                  QObject* parent = nullptr);
    ~PollingReader() override;

public Q_SLOTS:
    /// Opens the connection and starts the timer; call on the reader's thread (queued).
    void start();
    /// Reads now (and restarts the timer).
    void refresh();

Q_SIGNALS:
    /// The read failed (connection lost, query refused); the next round tries again.
    void unavailable(const QString& message);

protected:
    /// One round of reading; emit the subclass's own result signal. False with @p error on failure.
    virtual bool read(QSqlDatabase& db, QString* error) = 0;
    /// Runs @p action with the open connection (for writes requested by the GUI); false with
    /// @p error when there is no connection or the action failed.
    bool withDatabase(const std::function<bool(QSqlDatabase&, QString*)>& action, QString* error);

private:
    ConnectionSettings m_settings;
    QString m_purpose;
    std::chrono::milliseconds m_interval;
    std::unique_ptr<DatabaseConnection> m_connection;
    QTimer* m_timer = nullptr;
};

} // namespace pm::store
