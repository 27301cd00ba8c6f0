#pragma once

#include "queue/JobHandler.h"

#include <QCoreApplication>

#include <memory>

namespace pm::secrets
{
class SecretStore;
}

namespace pm::providers
{

class ProviderAccountStore;

/**
 * The "provider.sync" job ({account_id}): fetches an account's recent statistics through its
 * client (budget, breaker and rate limits applied), and only when everything arrived, replaces
 * those days in the store in one transaction — a re-fetch never doubles a day, and a failed fetch
 * loses nothing already stored. The outcome (last sync, last error) is kept on the account.
 */
class ProviderSyncHandler final : public pm::queue::JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSyncHandler)

public:
    explicit ProviderSyncHandler(std::shared_ptr<pm::secrets::SecretStore> secrets);
    QString kind() const override { return QStringLiteral("provider.sync"); }
    bool run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error) override;

private:
    static void recordOutcome(ProviderAccountStore& store, int accountId, bool ok, const QString& problem);

    std::shared_ptr<pm::secrets::SecretStore> m_secrets;
};

} // namespace pm::providers
