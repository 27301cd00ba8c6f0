#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pm::providers
{

struct PostmasterDayStats;

/// One metricDefinitions entry of the query. The label is ours: Google echoes it back as
/// DomainStat.metric, which is how a value finds its field.
struct PostmasterMetricQuery
{
    /// The PostmasterDayStats field the metric's value is stored in.
    enum class Target
    {
        SpamRate,
        Spf,
        Dkim,
        Dmarc,
        InboundTls,
        DeliveryError,
    };

    QString label;
    QString standardMetric;
    QString filter; ///< empty: none
    Target target;
    QString errorType; ///< DeliveryError only: the key in PostmasterDayStats::deliveryErrors

    /**
     * What domainStats() asks for, with the filters §6.3 documents. Delivery errors are asked per
     * class (error_type), not per reason: the reasons Google lists may change, and a class total is
     * what a snapshot tile shows. TLS is "inbound" — mail coming in to Gmail, i.e. ours.
     */
    static const QList<PostmasterMetricQuery>& all();
    /// The entry of all() labelled @p metric; nullptr when it is none of ours.
    static const PostmasterMetricQuery* find(const QString& metric);

    /// The query's metricDefinitions: one per entry of all(), with its filter when it has one.
    static QJsonArray metricDefinitions();
    /// The query's timeQuery: @p from to @p to as one date range (inclusive at both ends).
    static QJsonObject dateRangeTimeQuery(const QDate& from, const QDate& to);

    /// Stores @p value in the field of @p d this metric targets.
    void applyTo(PostmasterDayStats& d, double value) const;
};

} // namespace pm::providers
