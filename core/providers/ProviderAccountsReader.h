#pragma once

#include <QJsonObject>

#include "providers/ProviderAccount.h"
#include "store/PollingReader.h"

#include <QList>

#include <memory>

namespace pm::secrets
{
class SecretStore;
}

namespace pm::providers
{

/**
 * The Settings page's worker: lists the provider accounts with their sync state and this month's
 * budget use every few seconds, and saves, removes, tests and syncs them on its own thread (a
 * connection test is an HTTP call; it never runs on the GUI thread). Credentials pass through
 * only in memory, on their way to the keychain or a test call.
 */
class ProviderAccountsReader final : public pm::store::PollingReader
{
    Q_OBJECT

public:
    ProviderAccountsReader(pm::store::ConnectionSettings settings, pm::secrets::SecretStore* secrets,
                           QObject* parent = nullptr);

public Q_SLOTS:
    /// Inserts or updates; emits saved(id) — the caller then stores the credential under that id.
    void save(const pm::providers::ProviderAccount& account);
    void remove(int accountId);
    /// Tests @p account with @p credential, or (when it is empty) with the stored one.
    void test(const pm::providers::ProviderAccount& account, const QString& credential);
    /// Queues a sync now (one live sync job per account).
    void syncNow(int accountId);

Q_SIGNALS:
    void accountsLoaded(const QList<pm::providers::ProviderAccount>& accounts);
    void saved(int accountId);
    /// The account was saved but its new budget waits for a one-time code (a policy change).
    void budgetNeedsConfirmation(int accountId, const QJsonObject& budget);
    void removed(int accountId);
    void tested(bool ok, const QString& message);
    void actionDone(const QString& message);
    void actionFailed(const QString& message);

protected:
    bool read(QSqlDatabase& db, QString* error) override;

private:
    QString runTest(const ProviderAccount& account, const QString& credential, QSqlDatabase& db, bool* ok);

    pm::secrets::SecretStore* m_secrets;
};

} // namespace pm::providers

Q_DECLARE_METATYPE(QList<pm::providers::ProviderAccount>)
