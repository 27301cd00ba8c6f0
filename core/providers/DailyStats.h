#pragma once

#include <QDate>
#include <QString>

namespace pm::providers
{

/// One day of an ESP account's sending, in our own terms, whatever provider reported it. Counters
/// a provider does not report are -1 (stored as NULL), never guessed.
struct DailyStats
{
    QDate day;
    QString scope; ///< '' for the account as a whole, else a domain or mailbox provider
    qint64 sent = 0;
    qint64 delivered = -1;
    qint64 bouncedHard = 0;
    qint64 bouncedSoft = 0;
    qint64 complaints = 0;
    qint64 blocked = -1;
    qint64 opened = -1;
};

} // namespace pm::providers
