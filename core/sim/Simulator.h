#pragma once

#include "sim/IncidentPlan.h"
#include "sim/PlatformModel.h"
#include "sim/SimulationSpec.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace pm::sim
{

class ChunkQueue;

struct SimulationResult
{
    qint64 emails = 0;
    qint64 events = 0;     ///< raw delivery events loaded
    qint64 rollupRows = 0; ///< rollup rows written directly (days without raw events)
    double seconds = 0;
    double trafficSeconds = 0; ///< time spent generating and loading traffic
    int incidents = 0;
};

/**
 * `pmctl simulate`: fills a migrated, empty store with a simulated multi-tenant platform — tenants,
 * ESP accounts, domains, pools, IPs, days of traffic and injected incidents — in one transaction,
 * so a failure leaves the database as it was. Raw events go through COPY into the partitioned
 * delivery_events table, whose trigger keeps daily_rollups current.
 */
class Simulator final
{
    Q_DECLARE_TR_FUNCTIONS(Simulator)

public:
    explicit Simulator(SimulationSpec spec);

    using Progress = std::function<void(const QString& line)>;
    /// @p replace empties the domain store first; otherwise a store with tenants is refused.
    bool run(const QSqlDatabase& db, bool replace, const Progress& progress, SimulationResult* result, QString* error);

    const SimulationSpec& spec() const { return m_spec; }
    const PlatformModel& platform() const { return m_platform; }
    const IncidentPlan& incidentPlan() const { return m_plan; }

    /// Raw-event COPY statements are cut at about this many rows, so the rollup trigger's
    /// transition table stays modest.
    static constexpr qint64 EventsPerStatement = 1'500'000;
    /// Rows travel from the generating thread to the loader in chunks of about this size.
    static constexpr qsizetype ChunkBytes = 8 * 1024 * 1024;

private:
    bool checkStore(const QSqlDatabase& db, bool replace, QString* error);
    bool loadTraffic(const QSqlDatabase& db, const Progress& progress, SimulationResult* result, QString* error);
    bool consume(const QSqlDatabase& db, ChunkQueue& queue, const Progress& progress, SimulationResult* result,
                 QString* error);

    SimulationSpec m_spec;
    PlatformModel m_platform;
    IncidentPlan m_plan;
};

} // namespace pm::sim
