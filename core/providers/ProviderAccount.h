#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pm::providers
{

/// One provider account as the console shows and edits it (never its credential).
struct ProviderAccount
{
    int id = 0; ///< 0: not stored yet
    QString provider;
    QString name;
    QString baseUrl;
    QJsonObject settings;
    bool enabled = true;
    QDateTime lastSyncAt;
    QString lastError;
    QDateTime lastErrorAt;
    // Budget (policy) and this month's ledger.
    std::optional<int> maxCallsPerMonth;
    std::optional<double> maxCostPerMonth;
    double costPerCall = 0;
    int callsThisMonth = 0;
    double costThisMonth = 0;
    int refusedThisMonth = 0;
    QString lastRefusal;
};

} // namespace pm::providers

Q_DECLARE_METATYPE(pm::providers::ProviderAccount)
