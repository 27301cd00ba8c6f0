#include "providers/ProviderSyncHandler.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderCallGuard.h"
#include "providers/ProviderCatalog.h"
#include "providers/postmark/PostmarkClient.h"
#include "secrets/BlockingSecretReader.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

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
    } else if (account->provider == u"postmark"_s) {
        if (syncPostmark(*account, secret.secret, db, error)) {
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
    // Everything arrived: replace the window in one transaction.
    if (!db.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    auto failed = [&] {
        *error
            = tr("Storing Postmark statistics failed: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        db.rollback();
        return false;
    };
    q.prepare(u"DELETE FROM provider_daily_stats WHERE account_id = ? AND day BETWEEN ? AND ?"_s);
    q.addBindValue(account.id);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        return failed();
    }
    q.prepare(
        u"INSERT INTO provider_daily_stats (account_id, day, sent, bounced_hard, bounced_soft, complaints, blocked) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const PostmarkDay& d : *days) {
        q.addBindValue(account.id);
        q.addBindValue(d.date);
        q.addBindValue(d.sent);
        q.addBindValue(d.hardBounces);
        q.addBindValue(d.softBounces + d.transient);
        q.addBindValue(d.spamComplaints);
        q.addBindValue(d.smtpApiErrors);
        if (!q.exec()) {
            return failed();
        }
    }
    q.prepare(
        u"INSERT INTO provider_bounces (account_id, provider_id, bounced_at, type, recipient_domain, description, "
        "details) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, provider_id) DO UPDATE SET "
        "bounced_at = EXCLUDED.bounced_at, type = EXCLUDED.type, description = EXCLUDED.description, "
        "details = EXCLUDED.details"_s);
    for (const PostmarkBounce& b : *bounces) {
        q.addBindValue(account.id);
        q.addBindValue(QString::number(b.id));
        q.addBindValue(b.bouncedAt);
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
