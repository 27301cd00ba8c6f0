#include "providers/sync/SyncStore.h"

#include "store/DatabaseConnection.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::providers
{

SyncWindow SyncWindow::recent(const QDateTime& lastSyncAt, const QDate& today)
{
    return {today.addDays(-(lastSyncAt.isValid() ? RecentDays : FirstSyncDays) + 1), today};
}

bool SyncStore::replaceDays(int accountId, const SyncWindow& window, const QList<DailyStats>& stats,
                            const QList<StoredBounce>& bounces, QSqlDatabase db, QString* error)
{
    // Everything arrived: replace the window in one transaction.
    if (!db.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    auto failed = [&] {
        *error = tr("Storing fetched statistics failed: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        db.rollback();
        return false;
    };
    auto orNull = [](qint64 v) { return v < 0 ? QVariant() : QVariant(v); };
    q.prepare(u"DELETE FROM provider_daily_stats WHERE account_id = ? AND day BETWEEN ? AND ?"_s);
    q.addBindValue(accountId);
    q.addBindValue(window.from);
    q.addBindValue(window.to);
    if (!q.exec()) {
        return failed();
    }
    q.prepare(u"INSERT INTO provider_daily_stats (account_id, day, scope, sent, delivered, bounced_hard, bounced_soft, "
              "complaints, blocked, opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const DailyStats& d : stats) {
        q.addBindValue(accountId);
        q.addBindValue(d.day);
        q.addBindValue(d.scope.isNull() ? u""_s : d.scope);
        q.addBindValue(d.sent);
        q.addBindValue(orNull(d.delivered));
        q.addBindValue(d.bouncedHard);
        q.addBindValue(d.bouncedSoft);
        q.addBindValue(d.complaints);
        q.addBindValue(orNull(d.blocked));
        q.addBindValue(orNull(d.opened));
        if (!q.exec()) {
            return failed();
        }
    }
    q.prepare(
        u"INSERT INTO provider_bounces (account_id, provider_id, bounced_at, type, recipient_domain, description, "
        "details) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, '')) ON CONFLICT (account_id, provider_id) DO "
        "UPDATE SET "
        "bounced_at = EXCLUDED.bounced_at, type = EXCLUDED.type, description = EXCLUDED.description, "
        "details = EXCLUDED.details"_s);
    for (const StoredBounce& b : bounces) {
        q.addBindValue(accountId);
        q.addBindValue(b.providerId);
        q.addBindValue(b.at);
        q.addBindValue(b.type);
        q.addBindValue(b.email.section(u'@', 1).toLower()); // the domain only, never the address
        q.addBindValue(b.description.left(500));
        q.addBindValue(b.details.left(500));
        if (!q.exec()) {
            return failed();
        }
    }
    if (!db.commit()) {
        *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool SyncStore::putSnapshot(QSqlDatabase db, int accountId, const QString& source, const QString& subject,
                            const QDate& day, const QString& status, const QJsonObject& metrics, QString* error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO reputation_snapshots (account_id, source, subject, day, status, metrics) "
              "VALUES (?, ?, ?, ?, coalesce(?, ''), ?::jsonb) ON CONFLICT (account_id, source, subject, day) "
              "DO UPDATE SET status = EXCLUDED.status, metrics = EXCLUDED.metrics, fetched_at = now()"_s);
    q.addBindValue(accountId);
    q.addBindValue(source);
    q.addBindValue(subject);
    q.addBindValue(day);
    q.addBindValue(status);
    q.addBindValue(QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error
            = tr("Storing a %1 snapshot failed: %2").arg(source, pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    return true;
}

} // namespace pm::providers
