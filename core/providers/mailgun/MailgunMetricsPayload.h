#pragma once

#include "providers/DailyStats.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace pm::providers
{

class PayloadReader;

/**
 * Mailgun's Metrics API (POST /v1/analytics/metrics, provider-apis.md §3.2) in DailyStats terms:
 * the request body for one page of a window of days, and one item of the answer read back as a
 * day. Paging and errors stay with MailgunClient; errors here are MailgunClient's.
 */
class MailgunMetricsPayload final
{
public:
    /// The metrics request body for one page: day resolution, the "time" dimension, the counters
    /// DailyStats needs, @p skip days in. @p domain empty: no filter (every domain of the account).
    static QJsonObject requestBody(const QDate& from, const QDate& to, const QString& domain, qint64 skip);

    /// Item @p at of an answer's items as one day; check @p reader before using it.
    static DailyStats readItem(PayloadReader& reader, const QJsonObject& item, const QString& at);
};

} // namespace pm::providers
