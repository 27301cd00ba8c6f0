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
    bool removed = false;
    const auto account = store.find(accountId, &findError, &removed);
    if (!account) {
        if (removed) {
            return true; // removed since the job was enqueued: nothing to do
        }
        *error = findError; // the store could not be read: try again later
        return false;
    }
    if (!account->enabled) {
        return true;
    }
    const ProviderInfo* info = ProviderCatalog::find(account->provider);
    const Syncer syncer = syncerFor(account->provider);
    if (!info || !syncer) {
        // Not a job failure (retrying will not help), but the console shows it on the account.
        recordOutcome(store, accountId, false,
                      tr("This build has no poller for %1 yet.").arg(info ? info->displayName : account->provider));
        return true;
    }
    const auto secret = pm::secrets::readBlocking(m_secrets.get(), pm::secrets::providerAccountKey(accountId));
    if (secret.status != pm::secrets::SecretStore::Status::Ok
        && secret.status != pm::secrets::SecretStore::Status::SessionOnly) {
        *error = tr("%1 \"%2\": the %3 cannot be read from the keychain: %4")
                     .arg(info->displayName, account->name, info->credentialLabel, secret.message);
    } else if (syncer(*account, secret.secret, db, error)) {
        recordOutcome(store, accountId, true, {});
        qCInfo(lcNet).noquote() << info->displayName << "account" << accountId << "synced";
        return true;
    }
    recordOutcome(store, accountId, false, *error);
    return false;
}

void ProviderSyncHandler::recordOutcome(ProviderAccountStore& store, int accountId, bool ok, const QString& problem)
{
    // The sync itself is done (or failed for its own reason); a refused note on the account is
    // worth a warning, not a retry of the whole sync.
    QString error;
    if (!(ok ? store.recordSyncSuccess(accountId, &error) : store.recordSyncFailure(accountId, problem, &error))) {
        qCWarning(lcNet).noquote() << "provider account" << accountId << "outcome not recorded:" << error;
    }
}

} // namespace pm::providers
