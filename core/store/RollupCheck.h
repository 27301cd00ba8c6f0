#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace pm::store
{

/// Proves that the daily rollups equal the raw events they summarise, and fingerprints them.
class RollupCheck final
{
    Q_DECLARE_TR_FUNCTIONS(RollupCheck)

public:
    struct Result
    {
        qint64 mismatches = 0; ///< rows of rollup_mismatches (0 = consistent)
        qint64 rollupRows = 0;
        qint64 rawDays = 0;   ///< days that still have raw events and were checked
        QString firstProblem; ///< one mismatch, described, when there are any
    };

    static bool check(const QSqlDatabase& db, Result* result, QString* error);

    /// MD5 over every rollup row in key order (computed day by day so it scales to a year of a
    /// billion emails a month). Equal digests mean equal rollups.
    static bool digest(const QSqlDatabase& db, QString* digest, QString* error);
};

} // namespace pm::store
