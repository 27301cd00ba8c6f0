#include "sim/mock/MailgunMockMetricsRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
/// The metrics §3.2 lists: counts served as integers, rates as strings ("98.17", percent here;
/// fraction or percent is UNCONFIRMED).
const QStringList CountMetrics {u"accepted_count"_s,         u"delivered_count"_s,        u"failed_count"_s,
                                u"permanent_failed_count"_s, u"temporary_failed_count"_s, u"complained_count"_s,
                                u"bounced_count"_s,          u"hard_bounces_count"_s,     u"soft_bounces_count"_s,
                                u"unsubscribed_count"_s,     u"opened_count"_s,           u"unique_opened_count"_s,
                                u"clicked_count"_s};
const QStringList RateMetrics {u"delivered_rate"_s, u"complained_rate"_s,     u"bounce_rate"_s,
                               u"fail_rate"_s,      u"permanent_fail_rate"_s, u"temporary_fail_rate"_s};

/// A whole number ≥ @p min from a JSON object, @p fallback when absent; nothing when malformed.
std::optional<qint64> jsonInteger(const QJsonObject& o, const QString& field, qint64 fallback, qint64 min)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined()) {
        return fallback;
    }
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble() || v.toDouble() < static_cast<double>(min)
        || v.toDouble() > 1e12) {
        return std::nullopt;
    }
    return static_cast<qint64>(v.toDouble());
}
} // namespace

std::optional<MailgunMockMetricsRequest> MailgunMockMetricsRequest::parse(const QByteArray& body, const QString& domain,
                                                                          QString* problem)
{
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = u"the request body is not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject q = doc.object();

    // end defaults to now and start to seven days before it (§3.2).
    QDateTime end = QDateTime::currentDateTimeUtc();
    if (q.contains(u"end"_s)) {
        end = QDateTime::fromString(q.value(u"end"_s).toString(), Qt::RFC2822Date).toUTC();
        if (!end.isValid()) {
            *problem = u"end: expected an RFC 2822 date"_s;
            return std::nullopt;
        }
    }
    QDateTime start = end.addDays(-7);
    if (q.contains(u"start"_s)) {
        start = QDateTime::fromString(q.value(u"start"_s).toString(), Qt::RFC2822Date).toUTC();
        if (!start.isValid()) {
            *problem = u"start: expected an RFC 2822 date"_s;
            return std::nullopt;
        }
    }
    if (q.contains(u"duration"_s)) {
        // Counted back from end; the mock serves whole days only ("7d").
        const QString duration = q.value(u"duration"_s).toString();
        bool ok = false;
        const int n = duration.endsWith(u'd') ? duration.chopped(1).toInt(&ok) : 0;
        if (!ok || n < 1) {
            *problem = u"duration: the mock serves whole days such as \"7d\" only"_s;
            return std::nullopt;
        }
        start = end.addDays(-n);
    }
    if (start > end) {
        *problem = u"start must be before end"_s;
        return std::nullopt;
    }
    const QString resolution = q.value(u"resolution"_s).toString(u"day"_s);
    if (resolution != u"day"_s) {
        // hour and month are real Mailgun values; this mock serves days only.
        *problem = resolution == u"hour"_s || resolution == u"month"_s ? u"the mock serves resolution day only"_s
                                                                       : u"resolution must be hour, day or month"_s;
        return std::nullopt;
    }
    if (q.value(u"dimensions"_s).toArray() != QJsonArray {u"time"_s}) {
        *problem = u"dimensions: the mock serves [\"time\"] only"_s;
        return std::nullopt;
    }
    const QJsonArray metricList = q.value(u"metrics"_s).toArray();
    QStringList names;
    for (qsizetype i = 0; i < metricList.size(); ++i) {
        const QString name = metricList.at(i).toString();
        if (!CountMetrics.contains(name) && !RateMetrics.contains(name)) {
            *problem = u"metrics: unknown metric \"%1\""_s.arg(name);
            return std::nullopt;
        }
        names << name;
    }
    if (names.isEmpty()) {
        *problem = u"metrics: at least one metric is required"_s;
        return std::nullopt;
    }
    // {"AND":[{"attribute":"domain","comparator":"=","values":[{"label","value"}]}]}: another
    // domain than this one has nothing to report.
    bool ours = true;
    if (q.contains(u"filter"_s)) {
        const QJsonArray conditions = q.value(u"filter"_s).toObject().value(u"AND"_s).toArray();
        if (conditions.isEmpty()) {
            *problem = u"filter: expected {\"AND\": [conditions]}"_s;
            return std::nullopt;
        }
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            const QJsonObject condition = conditions.at(i).toObject();
            if (condition.value(u"attribute"_s).toString() != u"domain"_s
                || condition.value(u"comparator"_s).toString() != u"="_s) {
                *problem = u"filter: the mock filters by domain = … only"_s;
                return std::nullopt;
            }
            bool named = false;
            const QJsonArray values = condition.value(u"values"_s).toArray();
            for (qsizetype j = 0; j < values.size(); ++j) {
                named = named || values.at(j).toObject().value(u"value"_s).toString() == domain;
            }
            ours = ours && named;
        }
    }
    const QJsonObject pagination = q.value(u"pagination"_s).toObject();
    const QString sort = pagination.value(u"sort"_s).toString();
    if (!sort.isEmpty() && sort != u"time:asc"_s && sort != u"time:desc"_s) {
        *problem = u"pagination.sort: the mock sorts by time only"_s;
        return std::nullopt;
    }
    const auto skip = jsonInteger(pagination, u"skip"_s, 0, 0);
    const auto limit = jsonInteger(pagination, u"limit"_s, 10, 1);
    if (!skip || !limit) {
        *problem = u"pagination: skip must be a whole number ≥ 0 and limit ≥ 1"_s;
        return std::nullopt;
    }

    MailgunMockMetricsRequest request;
    request.start = start;
    request.end = end;
    request.resolution = resolution;
    request.metrics = names;
    request.forThisDomain = ours;
    request.sort = sort;
    request.skip = *skip;
    request.limit = *limit;
    request.includeAggregates = q.value(u"include_aggregates"_s).toBool();
    return request;
}

} // namespace pm::sim
