#pragma once

#include <QJsonObject>

#include "providers/ProviderAccount.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace pm::providers
{

/// Provider accounts in the database (migration 0005): list, save, remove, and the sync outcome.
class ProviderAccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderAccountStore)

public:
    explicit ProviderAccountStore(QSqlDatabase db);

    std::optional<QList<ProviderAccount>> list(QString* error) const;
    /// The account, or nothing with @p error; @p notFound tells "no such account" from a failed query.
    std::optional<ProviderAccount> find(int id, QString* error, bool* notFound = nullptr) const;
    /// Inserts (id 0) or updates the account and its budget; returns the id, or 0 with @p error.
    /// Inserts or updates; returns the id (0 with @p error on failure). Without a write grant on
    /// budgets (operators), a budget that differs from the stored one is not written but returned
    /// in @p budgetChange, to be confirmed as a gated policy change.
    int save(const ProviderAccount& account, QString* error, QJsonObject* budgetChange = nullptr);
    bool remove(int id, QString* error);
    bool recordSyncSuccess(int id, QString* error);
    bool recordSyncFailure(int id, const QString& message, QString* error);

    /// Checks what a person typed before it goes to the database; empty when fine.
    static QString validate(const ProviderAccount& account);

private:
    QSqlDatabase m_db;
};

} // namespace pm::providers
