#include "sim/PlatformModel.h"

#include "sim/Random.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
const char* const Adjectives[] = {"Blue",   "Northern", "Bright", "Silver",  "Quiet",   "Rapid",   "Golden", "Clever",
                                  "Urban",  "Green",    "Lucky",  "Brave",   "Solar",   "Crimson", "Polar",  "Swift",
                                  "Honest", "Misty",    "Bold",   "Coastal", "Prairie", "Cobalt",  "Amber",  "Nimble"};
const char* const Nouns[] = {"Harbor", "Fox",    "Orchard", "Summit", "Lantern", "Falcon",  "Meadow",  "Anchor",
                             "Pixel",  "Otter",  "Beacon",  "Canyon", "Maple",   "Comet",   "Harvest", "Willow",
                             "Quarry", "Voyage", "Cedar",   "Atlas",  "Badger",  "Compass", "Juniper", "Kettle"};
const char* const Suffixes[] = {"Labs",     "Goods", "Health",   "Travel", "Learning", "Finance", "Studio", "Foods",
                                "Outdoors", "Media", "Software", "Pets",   "Fitness",  "Home",    "Events", "Apparel"};
const char* const EspKinds[] = {"sendgrid", "mailgun", "postmark", "ses", "smtp"};
const double EspKindWeights[] = {0.30, 0.25, 0.15, 0.22, 0.08};
// Gmail, Microsoft, Yahoo, Apple, other: a typical B2C mix, varied per tenant below.
const double BaseProviderMix[MailboxProviderCount] = {0.42, 0.22, 0.12, 0.10, 0.14};

template <typename T, std::size_t N>
const T& pick(Random& rng, const T (&items)[N])
{
    return items[rng.below(N)];
}

int pickWeighted(Random& rng, const double* weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i) {
        total += weights[i];
    }
    double u = rng.uniform() * total;
    for (int i = 0; i < count; ++i) {
        u -= weights[i];
        if (u < 0) {
            return i;
        }
    }
    return count - 1;
}

QString slugOf(const QString& name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber()) {
            slug += c;
        } else if (!slug.endsWith(u'-')) {
            slug += u'-';
        }
    }
    return slug;
}
} // namespace

const char* PlatformModel::providerCode(int index)
{
    static const char* const codes[MailboxProviderCount] = {"gmail", "microsoft", "yahoo", "apple", "other"};
    return codes[index];
}

qint64 PlatformModel::warmupCap(int day)
{
    static const qint64 schedule[]
        = {200,       500,       1'000,     2'000,     5'000,     10'000,    20'000,    40'000,    50'000,    75'000,
           100'000,   150'000,   200'000,   250'000,   325'000,   400'000,   500'000,   600'000,   750'000,   1'000'000,
           1'250'000, 1'750'000, 2'000'000, 3'000'000, 4'250'000, 5'000'000, 6'000'000, 7'500'000, 10'000'000};
    constexpr int n = static_cast<int>(sizeof(schedule) / sizeof(schedule[0]));
    if (day < 0) {
        return 0;
    }
    return day < n ? schedule[day] : std::numeric_limits<qint64>::max();
}

PlatformModel PlatformModel::generate(const SimulationSpec& spec)
{
    PlatformModel m;
    Random rng(Random::mix(spec.seed, 0x706c6174666f726dULL)); // "platform"

    // Tenants: a heavy-tailed volume share (a few tenants send most of the mail).
    QSet<QString> names;
    double shareTotal = 0;
    for (int i = 0; i < spec.tenants; ++i) {
        TenantModel t;
        t.id = i + 1;
        QString name = u"%1 %2 %3"_s.arg(QLatin1String(pick(rng, Adjectives)), QLatin1String(pick(rng, Nouns)),
                                         QLatin1String(pick(rng, Suffixes)));
        if (names.contains(name)) {
            name += u" %1"_s.arg(t.id);
        }
        names.insert(name);
        t.name = name;
        t.slug = slugOf(name);
        t.share = rng.logNormal(0.0, 1.4);
        shareTotal += t.share;
        t.ownerEmail = u"owner@%1.example"_s.arg(t.slug);
        t.status = rng.uniform() < 0.04 ? u"trial"_s : u"active"_s;
        t.createdOn = spec.firstDay().addDays(-static_cast<int>(30 + rng.below(900)));
        t.hardBounceRate = std::clamp(rng.logNormal(std::log(0.0035), 0.5), 0.0005, 0.03);
        t.softBounceRate = std::clamp(rng.logNormal(std::log(0.0025), 0.4), 0.0005, 0.02);
        t.complaintRate = std::clamp(rng.logNormal(std::log(0.00025), 0.6), 0.00002, 0.003);
        t.growthPerMonth = rng.range(-0.02, 0.06);
        double mixTotal = 0;
        for (int p = 0; p < MailboxProviderCount; ++p) {
            t.providerMix[p] = BaseProviderMix[p] * rng.logNormal(0.0, 0.25);
            mixTotal += t.providerMix[p];
        }
        for (double& p : t.providerMix) {
            p /= mixTotal;
        }
        m.tenants << t;
    }
    for (TenantModel& t : m.tenants) {
        t.share /= shareTotal;
        // Plan and revenue follow volume, loosely.
        const double monthly = t.share * static_cast<double>(spec.emailsPerMonth);
        t.plan = monthly > 2'000'000 ? u"enterprise"_s
                 : monthly > 300'000 ? u"business"_s
                 : monthly > 30'000  ? u"growth"_s
                                     : u"starter"_s;
        const double base = t.plan == u"enterprise"_s ? 12'000
                            : t.plan == u"business"_s ? 2'400
                            : t.plan == u"growth"_s   ? 450
                                                      : 79;
        t.mrrCents = static_cast<qint64>(base * rng.logNormal(0.0, 0.35)) * 100;
    }

    // ESP accounts: one or two per tenant.
    for (TenantModel& t : m.tenants) {
        const int count = rng.uniform() < 0.3 ? 2 : 1;
        for (int k = 0; k < count; ++k) {
            EspAccountModel a;
            a.id = m.espAccounts.size() + 1;
            a.tenantId = t.id;
            a.kind = QString::fromLatin1(EspKinds[pickWeighted(rng, EspKindWeights, 5)]);
            a.name = u"%1-%2"_s.arg(a.kind).arg(k + 1);
            a.region = a.kind == u"mailgun"_s ? (rng.uniform() < 0.3 ? u"eu"_s : u"us"_s)
                       : a.kind == u"ses"_s   ? u"us-east-1"_s
                                              : QString();
            m.espAccounts << a;
        }
        // Domains: the brand and a mail subdomain; most are fully authenticated.
        const int domainCount = 1 + static_cast<int>(rng.below(2));
        for (int k = 0; k < domainCount; ++k) {
            DomainModel d;
            d.id = m.domains.size() + 1;
            d.tenantId = t.id;
            d.domain = (k == 0 ? u"%1.example"_s : u"mail.%1.example"_s).arg(t.slug);
            d.spf = rng.uniform() < 0.97 ? u"pass"_s : u"fail"_s;
            d.dkim = rng.uniform() < 0.98 ? u"pass"_s : u"missing"_s;
            d.dmarc = rng.uniform() < 0.9 ? u"pass"_s : u"missing"_s;
            d.dmarcPolicy = d.dmarc == u"missing"_s ? QString()
                            : rng.uniform() < 0.5   ? u"none"_s
                            : rng.uniform() < 0.6   ? u"quarantine"_s
                                                    : u"reject"_s;
            m.domains << d;
        }
    }

    // Pools: the biggest tenants get dedicated pools, everyone else shares.
    QList<int> bySize(spec.tenants);
    std::iota(bySize.begin(), bySize.end(), 0);
    std::sort(bySize.begin(), bySize.end(),
              [&m](int a, int b) { return m.tenants.at(a).share > m.tenants.at(b).share; });
    const int dedicatedPools = std::min(spec.pools / 3, spec.tenants / 4);
    for (int p = 0; p < spec.pools; ++p) {
        PoolModel pool;
        pool.id = p + 1;
        if (p < dedicatedPools) {
            pool.dedicated = true;
            pool.tenantId = m.tenants.at(bySize.at(p)).id;
            pool.name = u"dedicated-%1"_s.arg(m.tenants.at(bySize.at(p)).slug);
        } else {
            pool.name = u"shared-%1"_s.arg(p - dedicatedPools + 1);
        }
        m.pools << pool;
    }
    // IPs from 198.18.0.0/15, the range reserved for benchmarking: never a real sender.
    const QDate lastDay = spec.endDate;
    for (int i = 0; i < spec.ips; ++i) {
        IpModel ip;
        ip.id = i + 1;
        const int host = i + 10;
        ip.address = u"198.%1.%2.%3"_s.arg(18 + (host >> 16)).arg((host >> 8) & 0xff).arg(host & 0xff);
        ip.poolId = m.pools.at(i % spec.pools).id;
        ip.dedicated = m.pools.at(i % spec.pools).dedicated;
        // About one IP in twelve is new and warming up inside the simulated window.
        ip.firstTrafficOn = rng.uniform() < 0.08 && spec.days > 20
                                ? lastDay.addDays(-static_cast<int>(rng.below(std::min(spec.days, 40))))
                                : spec.firstDay().addDays(-static_cast<int>(60 + rng.below(700)));
        m.ips << ip;
    }

    // Tenant to IP: a dedicated pool's IPs, or two IPs of one shared pool.
    QList<QList<int>> poolIps(spec.pools);
    for (const IpModel& ip : std::as_const(m.ips)) {
        poolIps[ip.poolId - 1] << ip.id;
    }
    QList<int> sharedPools;
    for (const PoolModel& p : std::as_const(m.pools)) {
        if (!p.dedicated) {
            sharedPools << p.id;
        }
    }
    int espCursor = 0;
    for (TenantModel& t : m.tenants) {
        QList<int> tenantEsps;
        while (espCursor < m.espAccounts.size() && m.espAccounts.at(espCursor).tenantId == t.id) {
            tenantEsps << m.espAccounts.at(espCursor++).id;
        }
        QList<int> chosen;
        for (const PoolModel& p : std::as_const(m.pools)) {
            if (p.dedicated && p.tenantId == t.id) {
                chosen = poolIps.at(p.id - 1);
            }
        }
        if (chosen.isEmpty()) {
            const int poolId
                = sharedPools.isEmpty() ? 1 : sharedPools.at(static_cast<int>(rng.below(sharedPools.size())));
            const QList<int>& candidates = poolIps.at(poolId - 1);
            const int first = static_cast<int>(rng.below(candidates.size()));
            chosen << candidates.at(first);
            if (candidates.size() > 1) {
                chosen << candidates.at((first + 1) % candidates.size());
            }
        }
        for (int k = 0; k < chosen.size(); ++k) {
            t.ips << TenantIp {chosen.at(k), tenantEsps.at(k % tenantEsps.size()), rng.range(0.6, 1.4)};
        }
    }
    return m;
}

} // namespace pm::sim
