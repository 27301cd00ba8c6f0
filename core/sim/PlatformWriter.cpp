#include "sim/PlatformWriter.h"

#include "sim/EventWriter.h"
#include "store/CopyStream.h"
#include "store/DatabaseConnection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
// Row builder for COPY text format.
class Row final
{
public:
    explicit Row(QByteArray& out)
        : m_out(out)
    { }
    ~Row() { m_out += '\n'; }
    Row& operator<<(const QString& text)
    {
        sep();
        if (text.isNull()) {
            m_out += "\\N";
        } else {
            pm::store::CopyStream::appendEscaped(m_out, text.toUtf8());
        }
        return *this;
    }
    Row& operator<<(qint64 value)
    {
        sep();
        EventWriter::appendNumber(m_out, value);
        return *this;
    }
    Row& operator<<(int value) { return *this << qint64(value); }

private:
    void sep()
    {
        if (m_started) {
            m_out += '\t';
        }
        m_started = true;
    }
    QByteArray& m_out;
    bool m_started = false;
};

// What each ESP charges per 1,000 emails, in cents (list prices, roughly).
qint64 espCentsPer1k(const QString& kind)
{
    return kind == u"postmark"_s   ? 120
           : kind == u"sendgrid"_s ? 90
           : kind == u"mailgun"_s  ? 80
           : kind == u"ses"_s      ? 10
                                   : 5;
}
} // namespace

bool PlatformWriter::copyRows(const QByteArray& target, const QByteArray& rows, QString* error)
{
    pm::store::CopyStream copy(m_db);
    if (!copy.begin(target, error)) {
        return false;
    }
    copy.buffer() = rows;
    return copy.end(nullptr, error);
}

bool PlatformWriter::writeEntities(const PlatformModel& platform, const IncidentPlan& plan, QString* error)
{
    QByteArray rows;
    for (const TenantModel& t : platform.tenants) {
        Row(rows) << t.id << t.name << t.plan << t.mrrCents << u"USD"_s << t.ownerEmail << t.status
                  << t.createdOn.toString(Qt::ISODate);
    }
    if (!copyRows("tenants (tenant_id, name, plan, mrr_cents, currency, owner_email, status, created_at)", rows,
                  error)) {
        return false;
    }
    rows.clear();
    for (const EspAccountModel& a : platform.espAccounts) {
        Row(rows) << a.id << a.tenantId << a.kind << a.name << (a.region.isEmpty() ? QString() : a.region);
    }
    if (!copyRows("esp_accounts (esp_account_id, tenant_id, kind, name, region)", rows, error)) {
        return false;
    }
    // The DKIM incident leaves its tenant's domain failing DKIM at the end of the window.
    QSet<int> dkimBroken;
    for (const Incident& i : plan.incidents) {
        if (i.kind == Incident::Kind::DkimFailure) {
            dkimBroken.insert(i.targetId);
        }
    }
    rows.clear();
    const QString checked = QDateTime(m_spec.endDate, QTime(23, 0), Qt::UTC).toString(Qt::ISODate);
    QSet<int> seenTenant;
    for (const DomainModel& d : platform.domains) {
        const bool broken = dkimBroken.contains(d.tenantId) && !seenTenant.contains(d.tenantId);
        seenTenant.insert(d.tenantId);
        Row(rows) << d.id << d.tenantId << d.domain << d.spf << (broken ? u"fail"_s : d.dkim)
                  << (broken ? u"fail"_s : d.dmarc) << (d.dmarcPolicy.isEmpty() ? QString() : d.dmarcPolicy) << checked;
    }
    if (!copyRows("sending_domains (domain_id, tenant_id, domain, spf_status, dkim_status, dmarc_status, "
                  "dmarc_policy, checked_at)",
                  rows, error)) {
        return false;
    }
    rows.clear();
    for (const PoolModel& p : platform.pools) {
        Row(rows) << p.id << p.name << (p.dedicated ? u"dedicated"_s : u"shared"_s)
                  << (p.tenantId ? QString::number(p.tenantId) : QString());
    }
    if (!copyRows("ip_pools (pool_id, name, kind, tenant_id)", rows, error)) {
        return false;
    }
    rows.clear();
    for (const IpModel& ip : platform.ips) {
        const qint64 day = ip.firstTrafficOn.daysTo(m_spec.endDate);
        const QString state = day < 0 ? u"new"_s : day < 30 ? u"warming"_s : u"warm"_s;
        Row(rows) << ip.id << ip.address << ip.poolId << (ip.dedicated ? u"t"_s : u"f"_s) << state
                  << (day >= 0 && day < 30 ? QString::number(day) : QString())
                  << ip.firstTrafficOn.toString(Qt::ISODate);
    }
    if (!copyRows("ips (ip_id, address, pool_id, dedicated, warmup_state, warmup_day, first_traffic_on)", rows,
                  error)) {
        return false;
    }
    rows.clear();
    for (const TenantModel& t : platform.tenants) {
        for (const TenantIp& tip : t.ips) {
            Row(rows) << t.id << tip.ipId << QString::number(tip.weight, 'f', 3);
        }
    }
    if (!copyRows("tenant_ips (tenant_id, ip_id, weight)", rows, error)) {
        return false;
    }
    // Later inserts by the application must not collide with the ids the simulator chose.
    QSqlQuery q(m_db);
    for (const char* table : {"tenants:tenant_id", "esp_accounts:esp_account_id", "sending_domains:domain_id",
                              "ip_pools:pool_id", "ips:ip_id"}) {
        const QString t = QString::fromLatin1(table).section(u':', 0, 0);
        const QString c = QString::fromLatin1(table).section(u':', 1, 1);
        if (!q.exec(
                u"SELECT setval(pg_get_serial_sequence('%1', '%2'), (SELECT coalesce(max(%2), 0) + 1 FROM %1), false)"_s
                    .arg(t, c))) {
            *error = pm::store::DatabaseConnection::oneLine(q.lastError());
            return false;
        }
    }
    return true;
}

bool PlatformWriter::writeCosts(const PlatformModel& platform, const QHash<QPair<QDate, int>, qint64>& monthly,
                                QString* error)
{
    QByteArray rows;
    QHash<QDate, qint64> monthSent;
    QList<QPair<QDate, int>> keys = monthly.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto& key : std::as_const(keys)) {
        const qint64 sent = monthly.value(key);
        monthSent[key.first] += sent;
        const qint64 cents = sent * espCentsPer1k(platform.espAccounts.at(key.second - 1).kind) / 1000;
        Row(rows) << key.first.toString(Qt::ISODate) << key.second << cents;
    }
    if (!copyRows("esp_costs (month, esp_account_id, cost_cents)", rows, error)) {
        return false;
    }
    rows.clear();
    QList<QDate> months = monthSent.keys();
    std::sort(months.begin(), months.end());
    for (const QDate& month : std::as_const(months)) {
        const qint64 sent = monthSent.value(month);
        // Servers grow with volume (sub-linearly); IP leases and monitoring are fixed per month.
        Row(rows) << month.toString(Qt::ISODate) << u"servers"_s
                  << static_cast<qint64>(150'000 + 0.45 * static_cast<double>(sent) / 10.0);
        Row(rows) << month.toString(Qt::ISODate) << u"ip_leases"_s << qint64(platform.ips.size()) * 1'500;
        Row(rows) << month.toString(Qt::ISODate) << u"monitoring"_s << qint64(60'000);
    }
    return copyRows("infrastructure_costs (month, category, cost_cents)", rows, error);
}

bool PlatformWriter::writeGroundTruth(const IncidentPlan& plan, QString* error)
{
    QByteArray rows;
    for (const Incident& i : plan.incidents) {
        Row(rows) << i.number << Incident::kindName(i.kind) << i.targetType << i.targetId << i.target
                  << (i.provider < 0 ? QString() : QString::number(i.provider + 1))
                  << QDateTime::fromMSecsSinceEpoch(i.startMs, Qt::UTC).toString(Qt::ISODateWithMs)
                  << QDateTime::fromMSecsSinceEpoch(i.endMs, Qt::UTC).toString(Qt::ISODateWithMs) << i.description;
    }
    return copyRows("sim_injected_incidents (incident_no, kind, target_type, target_id, target, "
                    "mailbox_provider_id, starts_at, ends_at, description)",
                    rows, error);
}

} // namespace pm::sim
