#pragma once

#include "sim/IncidentPlan.h"
#include "sim/PlatformModel.h"
#include "sim/SimulationSpec.h"
#include "sim/SmtpReplies.h"

#include <QList>

#include <array>

namespace pm::sim
{

class Random;

/// Per-email probabilities for one (tenant, IP, mailbox provider) at one moment.
struct Rates
{
    double hard = 0;      ///< hard bounce
    double soft = 0;      ///< soft bounce
    double auth = 0;      ///< refused for failed authentication (a non-hard bounce)
    double blocked = 0;   ///< refused by the provider (reputation, block list)
    double deferral = 0;  ///< an extra deferred event before the final outcome
    double complaint = 0; ///< of delivered mail
    double unsubscribe = 0;
    ReplyKind blockKind = ReplyKind::ReputationBlock;
};

/**
 * The shape of the traffic: daily volume per tenant (weekly seasonality, trend, noise, warm-up
 * caps), the intraday curve, and the outcome rates with the injected incidents applied.
 * Pure and deterministic: every draw comes from a generator seeded by (seed, day, tenant …).
 */
class TrafficModel final
{
public:
    TrafficModel(const SimulationSpec& spec, const PlatformModel& platform, const IncidentPlan& plan);

    /// Emails tenant @p tenant sends on day @p dayIndex (0 = first simulated day).
    qint64 tenantDayVolume(const TenantModel& tenant, int dayIndex) const;
    /// Emails the tenant sends through each of its IPs that day (warm-up caps applied).
    QList<qint64> ipVolumes(const TenantModel& tenant, int dayIndex, qint64 volume, Random& rng) const;

    Rates baseRates(const TenantModel& tenant, int ipId, int provider, int dayIndex) const;
    /// Incidents that touch this cell during [fromMs, toMs).
    QList<const Incident*> incidentsFor(const TenantModel& tenant, int ipId, qint64 fromMs, qint64 toMs) const;
    /// @p base with every incident active at @p atMs applied.
    static Rates applyIncidents(Rates base, const QList<const Incident*>& active, int provider, qint64 atMs);

    /// Milliseconds after midnight UTC for one email, following the intraday curve.
    qint64 sampleTimeOfDay(Random& rng) const;
    /// Share of a day's mail sent between these two moments (ms after midnight).
    double dayMassBetween(qint64 fromMs, qint64 toMs) const;

    qint64 dayStartMs(int dayIndex) const { return m_firstDayMs + dayIndex * DayMs; }
    static constexpr qint64 DayMs = 86'400'000;

private:
    const SimulationSpec& m_spec;
    const PlatformModel& m_platform;
    const IncidentPlan& m_plan;
    qint64 m_firstDayMs = 0;
    std::array<double, 25> m_hourCdf {};
};

} // namespace pm::sim
