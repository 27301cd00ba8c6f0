#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm::sim
{

/**
 * A POST /v1/analytics/metrics body (provider-apis.md §3.2) as MailgunMockServer understands it,
 * checked in a fixed order: the first problem found is the 400's message.
 * The mock serves day resolution, the "time" dimension, a domain filter and time sorting only.
 */
struct MailgunMockMetricsRequest
{
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC
    QString resolution;
    QStringList metrics;       ///< the names asked for, each one §3.2 lists
    bool forThisDomain = true; ///< false when a domain filter names only other domains
    QString sort;              ///< "", "time:asc" or "time:desc"
    qint64 skip = 0;
    qint64 limit = 10; ///< as asked; the server caps it
    bool includeAggregates = false;

    /// The request in @p body for the mock serving @p domain; nothing and @p problem when the mock
    /// would answer 400.
    static std::optional<MailgunMockMetricsRequest> parse(const QByteArray& body, const QString& domain,
                                                          QString* problem);
};

} // namespace pm::sim
