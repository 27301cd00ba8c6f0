#include "store/RollupCheck.h"

#include "store/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pm::store
{

bool RollupCheck::check(const QSqlDatabase& db, Result* result, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT (SELECT count(*) FROM rollup_mismatches), (SELECT count(*) FROM daily_rollups), "
                "(SELECT count(*) FROM event_partition_days)"_s)
        || !q.next()) {
        *error = tr("The rollup check failed: %1").arg(DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    *result = Result {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), QString()};
    if (result->mismatches > 0) {
        QSqlQuery first(db);
        if (first.exec(u"SELECT problem, day, tenant_id, ip_id, mailbox_provider_id, esp_account_id, sent "
                       "FROM rollup_mismatches ORDER BY day, tenant_id LIMIT 1"_s)
            && first.next()) {
            result->firstProblem
                = tr("%1: day %2, tenant %3, IP %4, provider %5, ESP account %6 (sent %7)")
                      .arg(first.value(0).toString(), first.value(1).toString(), first.value(2).toString(),
                           first.value(3).toString(), first.value(4).toString(), first.value(5).toString(),
                           first.value(6).toString());
        }
    }
    return true;
}

bool RollupCheck::digest(const QSqlDatabase& db, QString* digest, QString* error)
{
    QSqlQuery q(db);
    const QString sql = uR"(
        WITH per_day AS (
            SELECT day, md5(string_agg(concat_ws('|', tenant_id, ip_id, mailbox_provider_id, esp_account_id, sent,
                                                 delivered, deferred, bounced_hard, bounced_soft, blocked,
                                                 complaints, unsubscribed),
                                       E'\n' ORDER BY tenant_id, ip_id, mailbox_provider_id, esp_account_id)) AS h
            FROM daily_rollups GROUP BY day)
        SELECT coalesce(md5(string_agg(day::text || ':' || h, E'\n' ORDER BY day)), md5(''))
        FROM per_day)"_s;
    if (!q.exec(sql) || !q.next()) {
        *error = tr("The rollup digest failed: %1").arg(DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    *digest = q.value(0).toString();
    return true;
}

} // namespace pm::store
