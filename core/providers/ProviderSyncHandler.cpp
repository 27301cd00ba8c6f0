#include "providers/ProviderSyncHandler.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderCallGuard.h"
#include "providers/ProviderCatalog.h"
#include "providers/postmark/PostmarkClient.h"
#include "providers/sendgrid/SendGridClient.h"
#include "providers/ses/SesClient.h"
#include "providers/snds/SndsClient.h"
#include "secrets/BlockingSecretReader.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::providers
{

ProviderSyncHandler::ProviderSyncHandler(std::shared_ptr<pm::secrets::SecretStore> secrets)
    : m_secrets(std::move(secrets))
{ }

bool ProviderSyncHandler::run(const pm::queue::Job& job, const QSqlDatabase& connection, QString* error)
{
    QSqlDatabase db = connection;
    const int accountId = job.args.value(u"account_id"_s).toInt();
    ProviderAccountStore store(db);
    QString findError;
    const auto account = store.find(accountId, &findError);
    if (!account) {
        return true; // removed since the job was enqueued: nothing to do
    }
    if (!account->enabled) {
        return true;
    }
    const ProviderInfo* info = ProviderCatalog::find(account->provider);
    if (!info || !info->syncable) {
        // Not a job failure (retrying will not help), but the console shows it on the account.
        QString ignored;
        store.recordSyncFailure(
            accountId, tr("This build has no poller for %1 yet.").arg(info ? info->displayName : account->provider),
            &ignored);
        return true;
    }
    const auto secret = pm::secrets::readBlocking(m_secrets.get(), pm::secrets::providerAccountKey(accountId));
    if (secret.status != pm::secrets::SecretStore::Status::Ok
        && secret.status != pm::secrets::SecretStore::Status::SessionOnly) {
        *error = tr("%1 \"%2\": the %3 cannot be read from the keychain: %4")
                     .arg(info->displayName, account->name, info->credentialLabel, secret.message);
    } else if (account->provider == u"postmark"_s         ? syncPostmark(*account, secret.secret, db, error)
               : account->provider == u"sendgrid"_s       ? syncSendGrid(*account, secret.secret, db, error)
               : account->provider == u"microsoft_snds"_s ? syncSnds(*account, secret.secret, db, error)
                                                          : syncSes(*account, secret.secret, db, error)) {
        {
            QString ignored;
            store.recordSyncSuccess(accountId, &ignored);
            qCInfo(lcNet).noquote() << info->displayName << "account" << accountId << "synced";
            return true;
        }
    }
    QString ignored;
    store.recordSyncFailure(accountId, *error, &ignored);
    return false;
}

bool ProviderSyncHandler::syncPostmark(const ProviderAccount& account, const QString& token, QSqlDatabase db,
                                       QString* error)
{
    PostmarkClient client(QUrl(account.baseUrl), token, account.settings.value(u"message_stream"_s).toString());
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-(account.lastSyncAt.isValid() ? RecentDays : FirstSyncDays) + 1);
    const auto days = client.outboundDays(from, to, error);
    if (!days) {
        return false;
    }
    const auto bounces = client.bounces(from, to, error);
    if (!bounces) {
        return false;
    }
    QList<DailyStats> stats;
    for (const PostmarkDay& d : *days) {
        DailyStats row;
        row.day = d.date;
        row.sent = d.sent;
        row.bouncedHard = d.hardBounces;
        row.bouncedSoft = d.softBounces + d.transient;
        row.complaints = d.spamComplaints;
        row.blocked = d.smtpApiErrors;
        stats << row;
    }
    QList<StoredBounce> stored;
    for (const PostmarkBounce& b : *bounces) {
        stored << StoredBounce {QString::number(b.id), b.bouncedAt, b.type, b.email, b.description, b.details};
    }
    return store(account.id, from, to, stats, stored, db, error);
}

bool ProviderSyncHandler::syncSendGrid(const ProviderAccount& account, const QString& key, QSqlDatabase db,
                                       QString* error)
{
    SendGridClient client(QUrl(account.baseUrl), key);
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-(account.lastSyncAt.isValid() ? RecentDays : FirstSyncDays) + 1);
    auto stats = client.globalStats(from, to, error);
    if (!stats) {
        return false;
    }
    const auto byProvider = client.mailboxProviderStats(from, to, error);
    if (!byProvider) {
        return false;
    }
    *stats += *byProvider;
    const auto bounces
        = client.suppressions(u"bounces"_s, QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), error);
    if (!bounces) {
        return false;
    }
    QList<StoredBounce> stored;
    for (const SendGridSuppression& b : *bounces) {
        // SendGrid keys a bounce by address; with its time it identifies one bounce.
        stored << StoredBounce {
            QString::fromLatin1(QCryptographicHash::hash((b.email + u'|' + b.created.toString(Qt::ISODate)).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(32)),
            b.created,
            b.status.isEmpty() ? u"bounce"_s : b.status,
            b.email,
            b.reason,
            {}};
    }
    return store(account.id, from, to, *stats, stored, db, error);
}

bool ProviderSyncHandler::syncSnds(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error)
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
        *error = tr("Storing SNDS data failed: %1")
                     .arg(pm::store::DatabaseConnection::oneLine(ok ? db.lastError() : q.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

bool ProviderSyncHandler::syncSes(const ProviderAccount& account, const QString& secret, QSqlDatabase db,
                                  QString* error)
{
    const QString region = account.settings.value(u"region"_s).toString();
    SesClient client(QUrl(account.baseUrl), region,
                     AwsCredentials {account.settings.value(u"access_key_id"_s).toString(), secret, {}});
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const auto status = client.account(error);
    if (!status) {
        return false;
    }
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-(account.lastSyncAt.isValid() ? RecentDays : FirstSyncDays) + 1);
    // Daily counts need Virtual Deliverability Manager; without it the account status is all there is.
    QList<DailyStats> days;
    if (status->vdmEnabled) {
        const auto fetched = client.dailyMetrics(from, to, error);
        if (!fetched) {
            return false;
        }
        days = *fetched;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO reputation_snapshots (account_id, source, subject, day, status, metrics) "
              "VALUES (?, 'ses', 'account', ?, ?, ?::jsonb) ON CONFLICT (account_id, source, subject, day) "
              "DO UPDATE SET status = EXCLUDED.status, metrics = EXCLUDED.metrics, fetched_at = now()"_s);
    q.addBindValue(account.id);
    q.addBindValue(to);
    q.addBindValue(status->enforcementStatus);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject {{u"max24HourSend"_s, status->max24HourSend},
                                                                {u"maxSendRate"_s, status->maxSendRate},
                                                                {u"sentLast24Hours"_s, status->sentLast24Hours},
                                                                {u"sendingEnabled"_s, status->sendingEnabled},
                                                                {u"productionAccess"_s, status->productionAccess},
                                                                {u"vdmEnabled"_s, status->vdmEnabled}})
                                         .toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = tr("Storing the SES account status failed: %1")
                     .arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    return status->vdmEnabled ? store(account.id, from, to, days, {}, db, error) : true;
}

bool ProviderSyncHandler::store(int accountId, const QDate& from, const QDate& to, const QList<DailyStats>& stats,
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
    q.addBindValue(from);
    q.addBindValue(to);
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

} // namespace pm::providers
