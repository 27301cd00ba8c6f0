#pragma once

#include "providers/DailyStats.h"
#include "providers/postmaster/PostmasterClient.h"
#include "providers/snds/SndsClient.h"

#include <QList>
#include <QSqlDatabase>

namespace pm::demo
{

/**
 * What the demo's provider mocks serve, read from the simulated store: an ESP account's daily
 * rollups as that ESP would count them (overall, and per mailbox provider), and an SNDS day per
 * IP with the verdict its complaint and block rates earn. Runs on the mocks' thread.
 */
class DemoMockData final
{
public:
    /// Overall days (scope '') and, with @p byMailboxProvider, one row per mailbox provider and day.
    static QList<pm::providers::DailyStats> espDays(QSqlDatabase db, int espAccountId, int days, bool byMailboxProvider,
                                                    QString* error);
    /// The first ESP account of @p kind, or 0.
    static int espAccount(QSqlDatabase db, const QString& kind);
    /// Google Postmaster Tools' view of the tenant domain sending most to Gmail: daily spam rate
    /// (complaints over delivered at Gmail) and the domain's authentication; empty @p domain when none.
    static QList<pm::providers::PostmasterDayStats> postmasterDays(QSqlDatabase db, int days, QString* domain,
                                                                   QString* error);
    /// Yesterday per IP, in SNDS terms; @p blocked receives the IPs whose blocked share passed 10 %.
    static QList<pm::providers::SndsDataRow> sndsDay(QSqlDatabase db, QList<pm::providers::SndsIpStatus>* blocked,
                                                     QString* error);
};

} // namespace pm::demo
