#include "providers/ProviderSyncHandler.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderCatalog.h"
#include "providers/sync/ProviderSyncers.h"
#include "secrets/BlockingSecretReader.h"
#include "util/Log.h"

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
    const Syncer syncer = syncerFor(account->provider);
    if (!info || !syncer) {
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
    } else if (syncer(*account, secret.secret, db, error)) {
        QString ignored;
        store.recordSyncSuccess(accountId, &ignored);
        qCInfo(lcNet).noquote() << info->displayName << "account" << accountId << "synced";
        return true;
    }
    QString ignored;
    store.recordSyncFailure(accountId, *error, &ignored);
    return false;
}

} // namespace pm::providers
