#include "sim/TrafficGenerator.h"

#include "sim/Random.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

namespace pm::sim
{

TrafficGenerator::TrafficGenerator(const SimulationSpec& spec, const PlatformModel& platform, const IncidentPlan& plan)
    : m_spec(spec)
    , m_platform(platform)
    , m_model(spec, platform, plan)
{
    for (const IpModel& ip : platform.ips) {
        m_ipAddresses << ip.address.toLatin1();
    }
    m_tenantDomains.resize(platform.tenants.size());
    for (const DomainModel& d : platform.domains) {
        if (m_tenantDomains.at(d.tenantId - 1).isEmpty()) {
            m_tenantDomains[d.tenantId - 1] = d.domain.toLatin1();
        }
    }
}

QList<TrafficGenerator::Cell> TrafficGenerator::cellsFor(int dayIndex, const TenantModel& tenant, Random& rng)
{
    QList<Cell> cells;
    const qint64 volume = m_model.tenantDayVolume(tenant, dayIndex);
    if (volume <= 0) {
        return cells;
    }
    const QList<qint64> perIp = m_model.ipVolumes(tenant, dayIndex, volume, rng);
    const QDate month = m_spec.firstDay().addDays(dayIndex);
    const QDate monthStart(month.year(), month.month(), 1);
    for (int k = 0; k < tenant.ips.size(); ++k) {
        qint64 remaining = perIp.at(k);
        if (remaining <= 0) {
            continue;
        }
        m_monthly[qMakePair(monthStart, tenant.ips.at(k).espAccountId)] += remaining;
        double remainingMix = 1.0;
        for (int p = 0; p < MailboxProviderCount; ++p) {
            const double mix = tenant.providerMix[p];
            const qint64 n = p == MailboxProviderCount - 1 ? remaining : rng.binomial(remaining, mix / remainingMix);
            remaining -= n;
            remainingMix -= mix;
            if (n > 0) {
                cells << Cell {&tenant.ips.at(k), p, n};
            }
        }
    }
    return cells;
}

void TrafficGenerator::appendTenantEvents(int dayIndex, const TenantModel& tenant, QByteArray& out, TrafficStats& stats)
{
    Random rng(Random::mix(Random::mix(m_spec.seed, 0x6576656e7473ULL + tenant.id), dayIndex)); // "events"
    m_writer.setDay(m_spec.firstDay().addDays(dayIndex));
    for (const Cell& cell : cellsFor(dayIndex, tenant, rng)) {
        appendCellEvents(dayIndex, tenant, cell, rng, out, stats);
    }
}

void TrafficGenerator::appendTenantEventsBetween(int dayIndex, qint64 fromMs, qint64 toMs, const TenantModel& tenant,
                                                 QByteArray& out, TrafficStats& stats, Random& rng)
{
    const double mass = m_model.dayMassBetween(fromMs, toMs);
    if (mass <= 0) {
        return;
    }
    m_writer.setDay(m_spec.firstDay().addDays(dayIndex));
    for (Cell cell : cellsFor(dayIndex, tenant, rng)) {
        cell.emails = rng.binomial(cell.emails, mass);
        if (cell.emails > 0) {
            appendCellEvents(dayIndex, tenant, cell, rng, out, stats, fromMs, toMs);
        }
    }
}

void TrafficGenerator::appendCellEvents(int dayIndex, const TenantModel& tenant, const Cell& cell, Random& rng,
                                        QByteArray& out, TrafficStats& stats, qint64 fromMs, qint64 toMs)
{
    const int ipId = cell.tip->ipId;
    m_writer.setLatest(toMs < 0 ? 86'399'999 : toMs - 1);
    m_writer.setCell(tenant.id, ipId, cell.provider + 1, cell.tip->espAccountId, m_ipAddresses.at(ipId - 1),
                     m_tenantDomains.at(tenant.id - 1));
    const qint64 dayStart = m_model.dayStartMs(dayIndex);
    const Rates base = m_model.baseRates(tenant, ipId, cell.provider, dayIndex);
    const QList<const Incident*> active = m_model.incidentsFor(tenant, ipId, dayStart, dayStart + TrafficModel::DayMs);
    qint64 events = 0;
    for (qint64 i = 0; i < cell.emails; ++i) {
        // A whole day follows the intraday curve; a short live interval is near enough flat.
        const qint64 t = toMs < 0 ? m_model.sampleTimeOfDay(rng)
                                  : fromMs + static_cast<qint64>(rng.below(std::max<qint64>(1, toMs - fromMs)));
        const Rates r
            = active.isEmpty() ? base : TrafficModel::applyIncidents(base, active, cell.provider, dayStart + t);
        const qint64 id = m_nextMessageId++;
        m_writer.append(out, t, "sent", id);
        ++events;
        const double u = rng.uniform();
        const unsigned variant = static_cast<unsigned>(id);
        if (u < r.hard) {
            m_writer.appendWithReply(out, t + 1000 + static_cast<qint64>(rng.below(30'000)), "bounced",
                                     smtpReply(ReplyKind::HardBounce, cell.provider, variant), id);
        } else if (u < r.hard + r.soft) {
            m_writer.appendWithReply(out, t + 1000 + static_cast<qint64>(rng.below(600'000)), "bounced",
                                     smtpReply(ReplyKind::SoftBounce, cell.provider, variant), id);
        } else if (u < r.hard + r.soft + r.auth) {
            m_writer.appendWithReply(out, t + 500 + static_cast<qint64>(rng.below(5'000)), "bounced",
                                     smtpReply(ReplyKind::AuthenticationFailure, cell.provider, variant), id);
        } else if (u < r.hard + r.soft + r.auth + r.blocked) {
            m_writer.appendWithReply(out, t + 500 + static_cast<qint64>(rng.below(5'000)), "blocked",
                                     smtpReply(r.blockKind, cell.provider, variant), id);
        } else {
            qint64 deliveredAt = t + 500 + static_cast<qint64>(rng.below(20'000));
            if (rng.uniform() < r.deferral) {
                m_writer.appendWithReply(out, t + 1000 + static_cast<qint64>(rng.below(60'000)), "deferred",
                                         smtpReply(ReplyKind::Deferral, cell.provider, variant), id);
                deliveredAt += 300'000 + static_cast<qint64>(rng.below(1'500'000));
                ++events;
            }
            m_writer.append(out, deliveredAt, "delivered", id);
            ++events;
            if (rng.uniform() < r.complaint) {
                m_writer.append(out, deliveredAt + 600'000 + static_cast<qint64>(rng.below(20'000'000)), "complaint",
                                id);
                ++events;
            }
            if (rng.uniform() < r.unsubscribe) {
                m_writer.append(out, deliveredAt + 300'000 + static_cast<qint64>(rng.below(10'000'000)), "unsubscribed",
                                id);
                ++events;
            }
            continue;
        }
        ++events;
    }
    stats.emails += cell.emails;
    stats.events += events;
}

void TrafficGenerator::appendTenantRollups(int dayIndex, const TenantModel& tenant, QByteArray& out,
                                           TrafficStats& stats)
{
    Random rng(Random::mix(Random::mix(m_spec.seed, 0x726f6c6c757073ULL + tenant.id), dayIndex)); // "rollups"
    const QByteArray day = m_spec.firstDay().addDays(dayIndex).toString(Qt::ISODate).toLatin1();
    const qint64 dayStart = m_model.dayStartMs(dayIndex);
    for (const Cell& cell : cellsFor(dayIndex, tenant, rng)) {
        const int ipId = cell.tip->ipId;
        const Rates base = m_model.baseRates(tenant, ipId, cell.provider, dayIndex);
        const QList<const Incident*> active
            = m_model.incidentsFor(tenant, ipId, dayStart, dayStart + TrafficModel::DayMs);
        // Split the day where incidents start or end; each piece gets its own rates.
        QList<qint64> cuts {0, TrafficModel::DayMs};
        for (const Incident* i : active) {
            cuts << std::clamp(i->startMs - dayStart, qint64(0), TrafficModel::DayMs)
                 << std::clamp(i->endMs - dayStart, qint64(0), TrafficModel::DayMs);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        qint64 remaining = cell.emails;
        double remainingMass = 1.0;
        qint64 delivered = 0, deferred = 0, hard = 0, soft = 0, blocked = 0, complaints = 0, unsubscribed = 0;
        for (int s = 0; s + 1 < cuts.size(); ++s) {
            const double mass = m_model.dayMassBetween(cuts.at(s), cuts.at(s + 1));
            const qint64 n
                = s + 2 == cuts.size() ? remaining : rng.binomial(remaining, std::min(1.0, mass / remainingMass));
            remaining -= n;
            remainingMass -= mass;
            const Rates r
                = TrafficModel::applyIncidents(base, active, cell.provider, dayStart + (cuts[s] + cuts[s + 1]) / 2);
            const qint64 h = rng.binomial(n, r.hard);
            const qint64 so = rng.binomial(n - h, r.soft / std::max(1e-12, 1.0 - r.hard));
            const qint64 au = rng.binomial(n - h - so, r.auth / std::max(1e-12, 1.0 - r.hard - r.soft));
            const qint64 bl
                = rng.binomial(n - h - so - au, r.blocked / std::max(1e-12, 1.0 - r.hard - r.soft - r.auth));
            const qint64 de = n - h - so - au - bl;
            hard += h;
            soft += so + au;
            blocked += bl;
            delivered += de;
            deferred += rng.binomial(de, r.deferral);
            complaints += rng.binomial(de, r.complaint);
            unsubscribed += rng.binomial(de, r.unsubscribe);
        }
        out += day;
        for (const qint64 v :
             {qint64(tenant.id), qint64(ipId), qint64(cell.provider + 1), qint64(cell.tip->espAccountId), cell.emails,
              delivered, deferred, hard, soft, blocked, complaints, unsubscribed}) {
            out += '\t';
            EventWriter::appendNumber(out, v);
        }
        out += '\n';
        stats.emails += cell.emails;
        ++stats.rollupRows;
    }
}

} // namespace pm::sim
