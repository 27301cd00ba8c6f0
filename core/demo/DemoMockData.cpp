#include "demo/DemoMockData.h"

#include "store/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::demo
{

int DemoMockData::espAccount(QSqlDatabase db, const QString& kind)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT esp_account_id FROM esp_accounts WHERE kind = ?::pm_esp_kind ORDER BY esp_account_id LIMIT 1"_s);
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<pm::providers::DailyStats> DemoMockData::espDays(QSqlDatabase db, int espAccountId, int days,
                                                       bool byMailboxProvider, QString* error)
{
    QList<pm::providers::DailyStats> out;
    QSqlQuery q(db);
    q.prepare(u"SELECT d.day, CASE WHEN GROUPING(m.name) = 1 THEN '' ELSE m.name END, sum(d.sent), sum(d.delivered), "
              "sum(d.bounced_hard), sum(d.bounced_soft), sum(d.complaints), sum(d.blocked) "
              "FROM daily_rollups d JOIN mailbox_providers m USING (mailbox_provider_id) "
              "WHERE d.esp_account_id = ? AND d.day > current_date - ?::integer "
              "GROUP BY GROUPING SETS ((d.day), (d.day, m.name)) ORDER BY 1, 2"_s);
    q.addBindValue(espAccountId);
    q.addBindValue(days);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return out;
    }
    while (q.next()) {
        pm::providers::DailyStats d;
        d.day = q.value(0).toDate();
        d.scope = q.value(1).toString();
        if (!byMailboxProvider && !d.scope.isEmpty()) {
            continue;
        }
        d.sent = q.value(2).toLongLong();
        d.delivered = q.value(3).toLongLong();
        d.bouncedHard = q.value(4).toLongLong();
        d.bouncedSoft = q.value(5).toLongLong();
        d.complaints = q.value(6).toLongLong();
        d.blocked = q.value(7).toLongLong();
        d.opened = d.delivered * 35 / 100; // the simulator does not model opens; a plausible share
        out << d;
    }
    return out;
}

QList<pm::providers::PostmasterDayStats> DemoMockData::postmasterDays(QSqlDatabase db, int days, QString* domain,
                                                                      QString* error)
{
    QList<pm::providers::PostmasterDayStats> out;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT s.domain, s.tenant_id, s.spf_status, s.dkim_status, s.dmarc_status FROM sending_domains s "
                "JOIN daily_rollups d ON d.tenant_id = s.tenant_id AND d.mailbox_provider_id = 1 "
                "GROUP BY s.domain_id ORDER BY sum(d.sent) DESC LIMIT 1"_s)) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return out;
    }
    if (!q.next()) {
        return out;
    }
    *domain = q.value(0).toString();
    const int tenant = q.value(1).toInt();
    auto ratio = [](const QVariant& status) { return status.toString() == u"pass"_s ? 0.995 : 0.62; };
    const double spf = ratio(q.value(2));
    const double dkim = ratio(q.value(3));
    const double dmarc = ratio(q.value(4));
    q.prepare(u"SELECT day, sum(complaints)::float8 / greatest(sum(delivered), 1), "
              "sum(bounced_hard + bounced_soft)::float8 / greatest(sum(sent), 1) FROM daily_rollups "
              "WHERE tenant_id = ? AND mailbox_provider_id = 1 AND day > current_date - ?::integer GROUP BY day"_s);
    q.addBindValue(tenant);
    q.addBindValue(days);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return out;
    }
    while (q.next()) {
        pm::providers::PostmasterDayStats d;
        d.domain = *domain;
        d.day = q.value(0).toDate();
        d.userReportedSpamRatio = std::clamp(q.value(1).toDouble(), 0.0, 1.0);
        d.spfSuccessRatio = spf;
        d.dkimSuccessRatio = dkim;
        d.dmarcSuccessRatio = dmarc;
        d.inboundEncryptionRatio = 0.998;
        d.deliveryErrors = {{u"reject"_s, std::clamp(q.value(2).toDouble() * 0.6, 0.0, 1.0)},
                            {u"temp_fail"_s, std::clamp(q.value(2).toDouble() * 0.4, 0.0, 1.0)}};
        out << d;
    }
    return out;
}

QList<pm::providers::SndsDataRow> DemoMockData::sndsDay(QSqlDatabase db, QList<pm::providers::SndsIpStatus>* blocked,
                                                        QString* error)
{
    QList<pm::providers::SndsDataRow> rows;
    QSqlQuery q(db);
    // Microsoft sees only the mail sent to its own mailboxes (Outlook/Hotmail).
    if (!q.exec(u"SELECT host(i.address), sum(d.sent), sum(d.delivered), sum(d.complaints), sum(d.blocked) "
                "FROM daily_rollups d JOIN ips i USING (ip_id) JOIN mailbox_providers m USING (mailbox_provider_id) "
                "WHERE d.day = current_date - 1 AND m.code = 'microsoft' GROUP BY i.address HAVING sum(d.sent) > 0 "
                "ORDER BY i.address"_s)) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return rows;
    }
    const QDate day = QDate::currentDate().addDays(-1);
    while (q.next()) {
        pm::providers::SndsDataRow r;
        r.ip = q.value(0).toString();
        r.activityStart = QDateTime(day, QTime(0, 0), Qt::UTC);
        r.activityEnd = QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC);
        r.rcptCommands = q.value(1).toLongLong();
        r.dataCommands = r.rcptCommands;
        r.messageRecipients = q.value(2).toLongLong();
        const double complaints = 100.0 * q.value(3).toDouble() / std::max(1.0, q.value(1).toDouble());
        const double blockedShare = 100.0 * q.value(4).toDouble() / std::max(1.0, q.value(1).toDouble());
        r.filterResult = blockedShare > 10 || complaints > 0.3 ? u"RED"_s : complaints > 0.1 ? u"YELLOW"_s : u"GREEN"_s;
        if (complaints < 0.1) {
            r.complaintRateText = u"< 0.1%"_s;
            r.complaintRatePercent = 0.1;
            r.complaintRateBelow = true;
        } else {
            r.complaintRateText = QString::number(complaints, 'f', 1) + u'%';
            r.complaintRatePercent = complaints;
        }
        rows << r;
        if (blockedShare > 10 && blocked) {
            *blocked << pm::providers::SndsIpStatus {r.ip, r.ip, true,
                                                     u"Blocked due to user complaints or other evidence of spamming"_s};
        }
    }
    return rows;
}

} // namespace pm::demo
