#pragma once

#include "providers/DailyStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace pm::providers
{

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

/// The days a sync fetches: the last week, or a month on an account's first sync.
struct SyncWindow
{
    QDate from;
    QDate to;
    static SyncWindow recent(const QDateTime& lastSyncAt, const QDate& today);
    static constexpr int RecentDays = 7;
    static constexpr int FirstSyncDays = 30;
};

/// Where the pollers put what they fetched, idempotently.
class SyncStore final
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)

public:
    /// Replaces the window's daily statistics and upserts bounces, in one transaction.
    static bool replaceDays(int accountId, const SyncWindow& window, const QList<DailyStats>& stats,
                            const QList<StoredBounce>& bounces, QSqlDatabase db, QString* error);
    /// Upserts one reputation snapshot (inside the caller's transaction, if any).
    static bool putSnapshot(QSqlDatabase db, int accountId, const QString& source, const QString& subject,
                            const QDate& day, const QString& status, const QJsonObject& metrics, QString* error);
};

} // namespace pm::providers
