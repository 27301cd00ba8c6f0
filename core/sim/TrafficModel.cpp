#include "sim/TrafficModel.h"

#include "sim/Random.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace pm::sim
{

namespace
{
// Relative sending per UTC hour: quiet at night, a broad peak over the US and European working day.
constexpr double HourWeights[24] = {0.8, 0.6, 0.5, 0.45, 0.5, 0.7, 1.1, 1.6, 2.2, 2.8, 3.2, 3.4,
                                    3.5, 3.8, 4.0, 4.0,  3.8, 3.3, 2.8, 2.4, 2.0, 1.6, 1.2, 1.0};
// Monday … Sunday; averages to 1.
constexpr double WeekdayFactor[7] = {1.12, 1.15, 1.14, 1.12, 1.02, 0.72, 0.73};
// Gmail, Microsoft, Yahoo, Apple, other.
constexpr double HardFactor[5] = {1.0, 1.1, 1.2, 0.8, 1.3};
constexpr double BlockBase[5] = {0.0004, 0.0008, 0.0006, 0.0002, 0.0005};
constexpr double DeferralBase[5] = {0.004, 0.010, 0.012, 0.003, 0.006};
constexpr double ComplaintFactor[5] = {1.0, 1.4, 1.6, 0.6, 0.8};
constexpr double AuthFailure[5] = {0.30, 0.25, 0.20, 0.10, 0.05};
constexpr qint64 HourMs = 3'600'000;
} // namespace

TrafficModel::TrafficModel(const SimulationSpec& spec, const PlatformModel& platform, const IncidentPlan& plan)
    : m_spec(spec)
    , m_platform(platform)
    , m_plan(plan)
    , m_firstDayMs(QDateTime(spec.firstDay(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
{
    double total = 0;
    for (double w : HourWeights) {
        total += w;
    }
    m_hourCdf[0] = 0;
    for (int h = 0; h < 24; ++h) {
        m_hourCdf[h + 1] = m_hourCdf[h] + HourWeights[h] / total;
    }
    m_hourCdf[24] = 1.0;
}

qint64 TrafficModel::tenantDayVolume(const TenantModel& tenant, int dayIndex) const
{
    Random rng(Random::mix(Random::mix(m_spec.seed, 0x766f6c756d65ULL + tenant.id), dayIndex)); // "volume"
    const QDate day = m_spec.firstDay().addDays(dayIndex);
    const double monthsFromEnd = (m_spec.days - 1 - dayIndex) / 30.4;
    double daily = tenant.share * static_cast<double>(m_spec.emailsPerMonth) * 12.0 / 365.0;
    daily *= WeekdayFactor[day.dayOfWeek() - 1];
    daily *= std::pow(1.0 + tenant.growthPerMonth, -monthsFromEnd);
    daily *= std::exp(0.10 * rng.normal());
    const qint64 start = dayStartMs(dayIndex);
    for (const Incident& incident : m_plan.incidents) {
        if (incident.kind == Incident::Kind::VolumeAnomaly && incident.targetId == tenant.id
            && incident.overlaps(start, start + DayMs)) {
            daily *= 6.0;
        }
    }
    if (day < tenant.createdOn) {
        return 0;
    }
    return static_cast<qint64>(std::llround(daily));
}

QList<qint64> TrafficModel::ipVolumes(const TenantModel& tenant, int dayIndex, qint64 volume, Random& rng) const
{
    const QDate day = m_spec.firstDay().addDays(dayIndex);
    double weightTotal = 0;
    for (const TenantIp& tip : tenant.ips) {
        if (m_platform.ips.at(tip.ipId - 1).firstTrafficOn <= day) {
            weightTotal += tip.weight;
        }
    }
    QList<qint64> out(tenant.ips.size(), 0);
    if (weightTotal <= 0) {
        return out;
    }
    qint64 remaining = volume;
    double remainingWeight = weightTotal;
    for (int k = 0; k < tenant.ips.size(); ++k) {
        const TenantIp& tip = tenant.ips.at(k);
        const IpModel& ip = m_platform.ips.at(tip.ipId - 1);
        if (ip.firstTrafficOn > day) {
            continue;
        }
        const qint64 share
            = remainingWeight <= tip.weight ? remaining : rng.binomial(remaining, tip.weight / remainingWeight);
        remaining -= share;
        remainingWeight -= tip.weight;
        // A warming IP takes no more than its schedule allows; the rest waits in the tenant's queue.
        out[k] = std::min(share, PlatformModel::warmupCap(static_cast<int>(ip.firstTrafficOn.daysTo(day))));
    }
    return out;
}

Rates TrafficModel::baseRates(const TenantModel& tenant, int ipId, int provider, int dayIndex) const
{
    Rates r;
    r.hard = tenant.hardBounceRate * HardFactor[provider];
    r.soft = tenant.softBounceRate;
    r.blocked = BlockBase[provider];
    r.deferral = DeferralBase[provider];
    r.complaint = tenant.complaintRate * ComplaintFactor[provider];
    r.unsubscribe = 0.0012;
    const IpModel& ip = m_platform.ips.at(ipId - 1);
    const qint64 warmupDay = ip.firstTrafficOn.daysTo(m_spec.firstDay().addDays(dayIndex));
    if (warmupDay >= 0 && warmupDay < 30) {
        // New IPs meet more throttling, Microsoft's 4.7.650 above all.
        r.deferral *= provider == 1 ? 4.0 : 2.0;
        r.blocked *= 1.5;
    }
    return r;
}

QList<const Incident*> TrafficModel::incidentsFor(const TenantModel& tenant, int ipId, qint64 fromMs, qint64 toMs) const
{
    QList<const Incident*> out;
    const int poolId = m_platform.ips.at(ipId - 1).poolId;
    for (const Incident& i : m_plan.incidents) {
        if (!i.overlaps(fromMs, toMs)) {
            continue;
        }
        const bool hits = (i.targetType == QLatin1String("tenant") && i.targetId == tenant.id)
                          || (i.targetType == QLatin1String("ip") && i.targetId == ipId)
                          || (i.targetType == QLatin1String("pool") && i.targetId == poolId);
        if (hits && i.kind != Incident::Kind::VolumeAnomaly) {
            out << &i;
        }
    }
    return out;
}

Rates TrafficModel::applyIncidents(Rates r, const QList<const Incident*>& active, int provider, qint64 atMs)
{
    for (const Incident* i : active) {
        if (atMs < i->startMs || atMs >= i->endMs || (i->provider >= 0 && i->provider != provider)) {
            continue;
        }
        switch (i->kind) {
        case Incident::Kind::BounceSpike:
            r.hard = std::max(r.hard * 10.0, 0.08);
            break;
        case Incident::Kind::ComplaintSpike:
            r.complaint = std::max(r.complaint * 20.0, 0.004);
            break;
        case Incident::Kind::MicrosoftBlock:
            r.blocked = 0.70;
            r.blockKind = ReplyKind::MicrosoftBlockList;
            break;
        case Incident::Kind::BlocklistListing:
            r.blocked = provider == 2 ? 0.45 : 0.08;
            r.blockKind = ReplyKind::SpamhausListing;
            break;
        case Incident::Kind::DkimFailure:
            r.auth = AuthFailure[provider];
            break;
        case Incident::Kind::VolumeAnomaly:
            break;
        }
    }
    return r;
}

qint64 TrafficModel::sampleTimeOfDay(Random& rng) const
{
    const double u = rng.uniform();
    const auto it = std::upper_bound(m_hourCdf.begin(), m_hourCdf.end(), u);
    const int hour = std::clamp(static_cast<int>(it - m_hourCdf.begin()) - 1, 0, 23);
    return hour * HourMs + static_cast<qint64>(rng.below(HourMs));
}

double TrafficModel::dayMassBetween(qint64 fromMs, qint64 toMs) const
{
    fromMs = std::clamp<qint64>(fromMs, 0, DayMs);
    toMs = std::clamp<qint64>(toMs, 0, DayMs);
    if (toMs <= fromMs) {
        return 0;
    }
    auto cdf = [this](qint64 ms) {
        const int hour = static_cast<int>(std::min<qint64>(ms / HourMs, 23));
        const double within = static_cast<double>(ms - hour * HourMs) / HourMs;
        return m_hourCdf[hour] + (m_hourCdf[hour + 1] - m_hourCdf[hour]) * std::min(within, 1.0);
    };
    return cdf(toMs) - cdf(fromMs);
}

} // namespace pm::sim
