#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/snds/SndsClient.h"
#include "providers/sync/ProviderSyncers.h"
#include "providers/sync/SyncStore.h"
#include "store/DatabaseConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::providers::sync
{

bool snds(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error)
{
    // One snapshot a day (the cadence is daily): the latest day SNDS has, and who is blocked now.
    SndsClient client(QUrl(account.baseUrl), key);
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const auto rows = client.data(QDate(), error);
    if (!rows) {
        return false;
    }
    const auto blocked = client.ipStatus(error);
    if (!blocked) {
        return false;
    }
    if (!db.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO reputation_snapshots (account_id, source, subject, day, status, metrics) "
              "VALUES (?, 'microsoft_snds', ?, ?, ?, ?::jsonb) ON CONFLICT (account_id, source, subject, day) "
              "DO UPDATE SET status = EXCLUDED.status, metrics = EXCLUDED.metrics, fetched_at = now()"_s);
    auto put = [&](const QString& subject, const QDate& day, const QString& status, const QJsonObject& metrics) {
        q.addBindValue(account.id);
        q.addBindValue(subject);
        q.addBindValue(day);
        q.addBindValue(status);
        q.addBindValue(QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)));
        return q.exec();
    };
    bool ok = true;
    for (const SndsDataRow& r : *rows) {
        QJsonObject m {{u"rcptCommands"_s, static_cast<double>(r.rcptCommands)},
                       {u"dataCommands"_s, static_cast<double>(r.dataCommands)},
                       {u"messageRecipients"_s, static_cast<double>(r.messageRecipients)},
                       {u"complaintRate"_s, r.complaintRateText},
                       {u"trapHits"_s, static_cast<double>(r.trapHits)}};
        if (r.complaintRatePercent) {
            m.insert(u"complaintRatePercent"_s, *r.complaintRatePercent);
        }
        ok = ok && put(r.ip, r.day(), r.filterResult, m);
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const SndsIpStatus& b : *blocked) {
        const QString subject = b.firstIp == b.lastIp ? b.firstIp : b.firstIp + u'-' + b.lastIp;
        ok = ok && put(subject, today, b.blocked ? u"BLOCKED"_s : u"NOT BLOCKED"_s, {{u"reason"_s, b.reason}});
    }
    if (!ok || !db.commit()) {
        *error = QCoreApplication::translate("pm::providers::SyncStore", "Storing SNDS data failed: %1")
                     .arg(pm::store::DatabaseConnection::oneLine(ok ? db.lastError() : q.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

} // namespace pm::providers::sync
