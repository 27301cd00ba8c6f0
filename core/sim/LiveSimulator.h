#pragma once

#include "sim/IncidentPlan.h"
#include "sim/PlatformModel.h"
#include "sim/SimulationSpec.h"
#include "store/ConnectionSettings.h"

#include <QObject>

#include <memory>

class QTimer;

namespace pm::store
{
class DatabaseConnection;
}

namespace pm::sim
{

class Random;
class TrafficGenerator;

/**
 * Keeps a simulated store alive: resumes the platform recorded by the last `pmctl simulate` run and
 * loads its events from where the data stops up to now, then every tick (real time, or faster
 * with @p speed), so dashboards move. Lives on its own thread with its own connection; each tick
 * is one COPY in its own transaction.
 */
class LiveSimulator final : public QObject
{
    Q_OBJECT

public:
    LiveSimulator(pm::store::ConnectionSettings settings, double speed = 1.0, QObject* parent = nullptr);
    ~LiveSimulator() override;

    static constexpr int TickMs = 2000;
    /// At most this much simulated time per tick while catching up, so ticks stay short.
    static constexpr qint64 MaxStepMs = 3'600'000;

public Q_SLOTS:
    /// Call on the simulator's thread after moving it there.
    void start();

Q_SIGNALS:
    void progressed(qint64 eventsLoaded, qint64 simulatedUpToMs);
    void failed(const QString& message);

private:
    bool resume(QString* error);
    void tick();
    bool loadInterval(qint64 fromMs, qint64 toMs, QString* error);

    pm::store::ConnectionSettings m_settings;
    double m_speed;
    std::unique_ptr<pm::store::DatabaseConnection> m_connection;
    SimulationSpec m_spec;
    PlatformModel m_platform;
    IncidentPlan m_plan;
    std::unique_ptr<TrafficGenerator> m_generator;
    std::unique_ptr<Random> m_rng;
    QTimer* m_timer = nullptr;
    qint64 m_cursorMs = 0; ///< simulated time loaded so far
    qint64 m_wallStartMs = 0;
    qint64 m_simStartMs = 0;
    qint64 m_events = 0;
    int m_failures = 0;
};

} // namespace pm::sim
