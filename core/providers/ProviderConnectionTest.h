#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace pm::providers
{

struct ProviderAccount;

/**
 * "Test connection": one cheap, read-only call per provider with the given credential (the
 * account's budget, breaker and rate limits apply when it is stored already). Runs on a worker
 * thread; returns what a person should read, and whether it worked.
 */
class ProviderConnectionTest final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderConnectionTest)

public:
    static QString run(const ProviderAccount& account, const QString& credential, QSqlDatabase db, bool* ok);
};

} // namespace pm::providers
