#pragma once

#include "sim/EventWriter.h"
#include "sim/TrafficModel.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace pm::sim
{

/// Counters of one day's (or one run's) traffic.
struct TrafficStats
{
    qint64 emails = 0;
    qint64 events = 0;
    qint64 rollupRows = 0;
};

/**
 * Turns the traffic model into rows: raw delivery events (one per send, delivery, bounce, …) for
 * days that keep raw events, or ready-made rollup rows for older days. The same seed gives the
 * same rows, whatever else runs.
 */
class TrafficGenerator final
{
public:
    TrafficGenerator(const SimulationSpec& spec, const PlatformModel& platform, const IncidentPlan& plan);

    /// Appends one tenant's raw events for day @p dayIndex to @p out.
    void appendTenantEvents(int dayIndex, const TenantModel& tenant, QByteArray& out, TrafficStats& stats);
    /// Live mode: one tenant's raw events between two moments of day @p dayIndex (ms after
    /// midnight UTC; the index may lie past the simulated window), spread evenly over the interval.
    void appendTenantEventsBetween(int dayIndex, qint64 fromMs, qint64 toMs, const TenantModel& tenant, QByteArray& out,
                                   TrafficStats& stats, Random& rng);
    /// Where message ids continue (live events must not reuse the history's ids).
    void setNextMessageId(qint64 id) { m_nextMessageId = id; }

    /// Appends one tenant's rollup rows (daily_rollups COPY format) for day @p dayIndex to @p out.
    void appendTenantRollups(int dayIndex, const TenantModel& tenant, QByteArray& out, TrafficStats& stats);

    /// Emails sent per (first day of month, ESP account), for the cost tables.
    const QHash<QPair<QDate, int>, qint64>& monthlyVolumes() const { return m_monthly; }
    const TrafficModel& model() const { return m_model; }

private:
    struct Cell
    {
        const TenantIp* tip;
        int provider;
        qint64 emails;
    };
    QList<Cell> cellsFor(int dayIndex, const TenantModel& tenant, Random& rng);
    void appendCellEvents(int dayIndex, const TenantModel& tenant, const Cell& cell, Random& rng, QByteArray& out,
                          TrafficStats& stats, qint64 fromMs = 0, qint64 toMs = -1);

    const SimulationSpec& m_spec;
    const PlatformModel& m_platform;
    TrafficModel m_model;
    EventWriter m_writer;
    QList<QByteArray> m_ipAddresses;
    QList<QByteArray> m_tenantDomains;
    QHash<QPair<QDate, int>, qint64> m_monthly;
    qint64 m_nextMessageId = 1;
};

} // namespace pm::sim
