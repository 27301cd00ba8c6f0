#pragma once

#include <QObject>

namespace pm::util
{

/**
 * Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the main thread (self-pipe trick), so a
 * daemon shuts down cleanly instead of dying mid-job. One per process.
 */
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);
};

} // namespace pm::util
