#pragma once

#include "providers/DailyStats.h"
#include "queue/JobHandler.h"

#include <QDateTime>
#include <QList>

#include <QCoreApplication>

#include <memory>

namespace pm::secrets
{
class SecretStore;
}

namespace pm::providers
{

struct ProviderAccount;

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

    /// Days fetched on each sync (providers revise recent days), and on the first one.
    static constexpr int RecentDays = 7;
    static constexpr int FirstSyncDays = 30;

private:
    /// A bounce as stored: the recipient's domain is kept, never the address.
    struct StoredBounce
    {
        QString providerId;
        QDateTime at;
        QString type;
        QString email;
        QString description;
        QString details;
    };
    /// Replaces [from, to] of the account's daily statistics and upserts bounces, in one transaction.
    static bool store(int accountId, const QDate& from, const QDate& to, const QList<DailyStats>& stats,
                      const QList<StoredBounce>& bounces, QSqlDatabase db, QString* error);
    bool syncPostmark(const ProviderAccount& account, const QString& token, QSqlDatabase db, QString* error);
    bool syncSendGrid(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error);
    bool syncSnds(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error);
    bool syncSes(const ProviderAccount& account, const QString& secret, QSqlDatabase db, QString* error);

    std::shared_ptr<pm::secrets::SecretStore> m_secrets;
};

} // namespace pm::providers
