#include "sim/IncidentPlan.h"

#include "sim/Random.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
constexpr qint64 HourMs = 3'600'000;

qint64 dayStartMs(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString csvField(const QString& value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')) {
        QString escaped = value;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u"\""_s + escaped + u"\""_s;
    }
    return value;
}
} // namespace

QString Incident::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BounceSpike:
        return u"bounce_spike"_s;
    case Kind::ComplaintSpike:
        return u"complaint_spike"_s;
    case Kind::MicrosoftBlock:
        return u"microsoft_block"_s;
    case Kind::BlocklistListing:
        return u"blocklist_listing"_s;
    case Kind::VolumeAnomaly:
        return u"volume_anomaly"_s;
    case Kind::DkimFailure:
        return u"dkim_failure"_s;
    }
    return {};
}

IncidentPlan IncidentPlan::plan(const SimulationSpec& spec, const PlatformModel& platform)
{
    IncidentPlan result;
    if (!spec.incidents || spec.days < 14 || platform.tenants.isEmpty()) {
        return result;
    }
    Random rng(Random::mix(spec.seed, 0x696e636964656e74ULL)); // "incident"
    const QDate first = spec.firstDay();
    // Start of the day at fraction f of the window, plus an hour offset.
    auto at = [&](double f, int hour) {
        const int index = std::clamp(static_cast<int>(f * spec.days), 0, spec.days - 1);
        return dayStartMs(first.addDays(index)) + hour * HourMs;
    };
    const qint64 windowEnd = dayStartMs(spec.endDate.addDays(1));
    // Mid-sized tenants make clear incidents; the largest would dominate every chart.
    QList<int> candidates;
    for (const TenantModel& t : platform.tenants) {
        if (t.share > 0.2 / platform.tenants.size() && t.share < 0.25) {
            candidates << t.id;
        }
    }
    if (candidates.isEmpty()) {
        candidates << platform.tenants.constFirst().id;
    }
    auto tenantName = [&](int id) { return platform.tenants.at(id - 1).name; };
    auto pickTenant = [&] { return candidates.at(static_cast<int>(rng.below(candidates.size()))); };
    auto pickIp = [&] { return platform.ips.at(static_cast<int>(rng.below(platform.ips.size()))).id; };

    auto add = [&](Incident::Kind kind, const QString& type, int id, const QString& name, int provider, qint64 start,
                   qint64 end, const QString& description) {
        Incident i;
        i.number = result.incidents.size() + 1;
        i.kind = kind;
        i.targetType = type;
        i.targetId = id;
        i.target = name;
        i.provider = provider;
        i.startMs = start;
        i.endMs = std::min(end, windowEnd);
        i.description = description;
        result.incidents << i;
    };

    // Pick a shared pool that carries traffic.
    int poolId = 0;
    for (const TenantModel& t : platform.tenants) {
        const int p = platform.ips.at(t.ips.constFirst().ipId - 1).poolId;
        if (!platform.pools.at(p - 1).dedicated) {
            poolId = p;
            break;
        }
    }
    if (poolId == 0) {
        poolId = platform.pools.constFirst().id;
    }
    const qint64 s1 = at(0.55, 9);
    add(Incident::Kind::BounceSpike, u"pool"_s, poolId, platform.pools.at(poolId - 1).name, 0, s1, s1 + 30 * HourMs,
        u"Hard bounces at Gmail jump to about 8% on this pool (a purchased list sent through it)."_s);
    const int t2 = pickTenant();
    const qint64 s2 = at(0.80, 14);
    add(Incident::Kind::ComplaintSpike, u"tenant"_s, t2, tenantName(t2), -1, s2, s2 + 48 * HourMs,
        u"Spam complaints rise twenty-fold after an unexpected promotional campaign."_s);
    const int ip3 = pickIp();
    const qint64 s3 = at(0.90, 6);
    add(Incident::Kind::MicrosoftBlock, u"ip"_s, ip3, platform.ips.at(ip3 - 1).address, 1, s3, s3 + 72 * HourMs,
        u"Microsoft refuses most mail from this IP: S3150, on their block list."_s);
    int ip4 = pickIp();
    if (ip4 == ip3) {
        ip4 = ip3 % platform.ips.size() + 1;
    }
    const qint64 s4 = at(0.70, 3);
    add(Incident::Kind::BlocklistListing, u"ip"_s, ip4, platform.ips.at(ip4 - 1).address, -1, s4, s4 + 96 * HourMs,
        u"The IP is listed at Spamhaus; Yahoo (BL21) and others refuse its mail."_s);
    const int t5 = pickTenant();
    const qint64 s5 = at(0.83, 0);
    add(Incident::Kind::VolumeAnomaly, u"tenant"_s, t5, tenantName(t5), -1, s5, s5 + 24 * HourMs,
        u"The tenant sends six times its usual daily volume in one day."_s);
    int t6 = pickTenant();
    if (t6 == t2 && candidates.size() > 1) {
        t6 = candidates.at((candidates.indexOf(t2) + 1) % candidates.size());
    }
    const qint64 s6 = at(0.96, 10);
    add(Incident::Kind::DkimFailure, u"tenant"_s, t6, tenantName(t6), -1, s6, windowEnd,
        u"A DNS change removed the DKIM key: authentication failures at Gmail (5.7.26), Microsoft (5.7.515) and Yahoo (5.7.9)."_s);
    return result;
}

QString IncidentPlan::toCsv() const
{
    QString out = u"incident,kind,target_type,target_id,target,mailbox_provider,starts_at,ends_at,description\n"_s;
    for (const Incident& i : incidents) {
        const QString provider
            = i.provider < 0 ? u"all"_s : QString::fromLatin1(PlatformModel::providerCode(i.provider));
        out += u"%1,%2,%3,%4,%5,%6,%7,%8,%9\n"_s.arg(i.number)
                   .arg(Incident::kindName(i.kind), i.targetType)
                   .arg(i.targetId)
                   .arg(csvField(i.target), provider,
                        QDateTime::fromMSecsSinceEpoch(i.startMs, Qt::UTC).toString(Qt::ISODate),
                        QDateTime::fromMSecsSinceEpoch(i.endMs, Qt::UTC).toString(Qt::ISODate),
                        csvField(i.description));
    }
    return out;
}

} // namespace pm::sim
