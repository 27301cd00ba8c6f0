#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pm::providers
{
struct PostmasterDayStats;
}

namespace pm::sim
{

/**
 * A domainStats:query request body as PostmasterMockServer reads it (provider-apis.md §6.3):
 * checked the way Google checks it — unknown fields, each metricDefinition's filter, DAILY
 * granularity, pageSize, and a timeQuery of dateRanges or a dateList — so a wrong request fails
 * here as it would against Google.
 */
struct PostmasterMockStatsQuery
{
    /// pageSize when none is given, and the largest allowed (§6.3, for both lists).
    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 200;

    /// One metricDefinitions entry, its filter taken apart.
    struct Metric
    {
        QString name;
        QString standard;
        QString key; ///< the filter's field; empty: no filter
        QString value;
        QString secondKey; ///< after AND; empty: none
        QString secondValue;

        /// The value of this metric on day @p d; nothing when the day has none (then Google sends
        /// no entry).
        std::optional<double> valueOn(const pm::providers::PostmasterDayStats& d) const;
    };

    QList<Metric> metrics; ///< in the order the request asked for them
    QList<QDate> dates;    ///< every day asked for, sorted, each once
    int pageSize = DefaultPageSize;
    QString pageToken; ///< empty: the first page

    /// The query in @p requestBody; nothing, with the INVALID_ARGUMENT message Google would give
    /// in @p problem, when it is not a valid query.
    static std::optional<PostmasterMockStatsQuery> parse(const QByteArray& requestBody, QString* problem);
};

} // namespace pm::sim
