#include "sim/mock/PostmasterMockStatsQuery.h"

#include "providers/postmaster/PostmasterClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using pm::providers::PostmasterDayStats;

namespace pm::sim
{

namespace
{
/// A mock's own guard against a window that would take long to walk; Google's is not documented.
constexpr qint64 MaxWindowDays = 3660;

using Metric = PostmasterMockStatsQuery::Metric;

/// `field = "value"`, optionally `AND field2 = "value2"` — the only filter syntax §6.3 shows.
bool parseFilter(const QString& filter, Metric* m)
{
    if (filter.trimmed().isEmpty()) {
        return true;
    }
    static const QRegularExpression pattern(
        uR"re(^\s*(\w+)\s*=\s*"([^"]*)"\s*(?:AND\s+(\w+)\s*=\s*"([^"]*)"\s*)?$)re"_s);
    const QRegularExpressionMatch match = pattern.match(filter);
    if (!match.hasMatch()) {
        return false;
    }
    m->key = match.captured(1);
    m->value = match.captured(2);
    m->secondKey = match.captured(3);
    m->secondValue = match.captured(4);
    return true;
}

/// Empty when @p m is a standard metric with a filter §6.3 allows for it; otherwise why not.
QString checkDefinition(const Metric& m)
{
    const bool none = m.key.isEmpty();
    const bool single = !none && m.secondKey.isEmpty();
    if (m.standard == u"SPAM_RATE"_s) {
        return none ? QString() : u"SPAM_RATE takes no filter"_s;
    }
    if (m.standard == u"AUTH_SUCCESS_RATE"_s) {
        const bool ok
            = single && m.key == u"auth_type"_s && QStringList {u"spf"_s, u"dkim"_s, u"dmarc"_s}.contains(m.value);
        return ok ? QString() : uR"(AUTH_SUCCESS_RATE needs the filter auth_type = "spf", "dkim" or "dmarc")"_s;
    }
    if (m.standard == u"TLS_ENCRYPTION_RATE"_s || m.standard == u"TLS_ENCRYPTION_MESSAGE_COUNT"_s) {
        const bool ok
            = single && m.key == u"traffic_direction"_s && (m.value == u"inbound"_s || m.value == u"outbound"_s);
        return ok ? QString()
                  : QString(m.standard + uR"( needs the filter traffic_direction = "inbound" or "outbound")"_s);
    }
    if (m.standard == u"DELIVERY_ERROR_RATE"_s || m.standard == u"DELIVERY_ERROR_COUNT"_s) {
        const bool ok = none
                        || (m.key == u"error_type"_s && (m.value == u"reject"_s || m.value == u"temp_fail"_s)
                            && (m.secondKey.isEmpty() || m.secondKey == u"error_reason"_s));
        return ok ? QString()
                  : QString(
                      m.standard
                      + uR"( takes no filter, error_type = "reject"|"temp_fail", or that AND error_reason = "…")"_s);
    }
    if (m.standard == u"FEEDBACK_LOOP_ID"_s) {
        return (none || (single && m.key == u"aggregation_key_type"_s))
                   ? QString()
                   : uR"(FEEDBACK_LOOP_ID takes no filter or aggregation_key_type = "…")"_s;
    }
    if (m.standard == u"FEEDBACK_LOOP_SPAM_RATE"_s) {
        const bool ok = !none && m.key == u"feedback_loop_id"_s
                        && (m.secondKey.isEmpty() || m.secondKey == u"aggregation_key_type"_s);
        return ok ? QString() : uR"(FEEDBACK_LOOP_SPAM_RATE needs the filter feedback_loop_id = "…")"_s;
    }
    return m.standard.isEmpty() ? u"baseMetric.standardMetric is required"_s
                                : u"Invalid value for standardMetric: \"%1\""_s.arg(m.standard);
}

std::optional<QDate> requestDate(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    const QDate d(o.value(u"year"_s).toInt(), o.value(u"month"_s).toInt(), o.value(u"day"_s).toInt());
    return d.isValid() ? std::optional(d) : std::nullopt;
}
} // namespace

std::optional<double> PostmasterMockStatsQuery::Metric::valueOn(const PostmasterDayStats& d) const
{
    if (standard == u"SPAM_RATE"_s) {
        return d.userReportedSpamRatio;
    }
    if (standard == u"AUTH_SUCCESS_RATE"_s) {
        return value == u"spf"_s ? d.spfSuccessRatio : value == u"dkim"_s ? d.dkimSuccessRatio : d.dmarcSuccessRatio;
    }
    if (standard == u"TLS_ENCRYPTION_RATE"_s && value == u"inbound"_s) {
        return d.inboundEncryptionRatio;
    }
    if (standard == u"DELIVERY_ERROR_RATE"_s) {
        const QString errorKey = key.isEmpty()         ? QString()
                                 : secondKey.isEmpty() ? value
                                                       : QString(value + u'/' + secondValue);
        for (const auto& [type, ratio] : d.deliveryErrors) {
            if (type == errorKey) {
                return ratio;
            }
        }
    }
    // Outbound TLS, counts and feedback loops: this mock has no data for them.
    return std::nullopt;
}

std::optional<PostmasterMockStatsQuery> PostmasterMockStatsQuery::parse(const QByteArray& requestBody, QString* problem)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = u"Invalid JSON payload received."_s;
        return std::nullopt;
    }
    const QJsonObject body = doc.object();
    PostmasterMockStatsQuery query;
    // Google refuses a field it does not know, which catches a misspelt one.
    static const QStringList known {u"metricDefinitions"_s,      u"timeQuery"_s, u"pageSize"_s, u"pageToken"_s,
                                    u"aggregationGranularity"_s, u"parent"_s};
    const QStringList keys = body.keys();
    for (const QString& key : keys) {
        if (!known.contains(key)) {
            *problem = u"Invalid JSON payload received. Unknown name \"%1\": Cannot find field."_s.arg(key);
            return std::nullopt;
        }
    }

    const QJsonArray definitions = body.value(u"metricDefinitions"_s).toArray();
    if (definitions.isEmpty()) {
        *problem = u"metricDefinitions is required"_s;
        return std::nullopt;
    }
    QStringList names;
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        const QString where = u"metricDefinitions[%1]"_s.arg(i);
        const QJsonObject definition = definitions.at(i).toObject();
        Metric m;
        m.name = definition.value(u"name"_s).toString();
        m.standard = definition.value(u"baseMetric"_s).toObject().value(u"standardMetric"_s).toString();
        if (m.name.isEmpty() || names.contains(m.name)) {
            *problem = QString(where + u".name: required, and unique in the request"_s);
            return std::nullopt;
        }
        names << m.name;
        if (!parseFilter(definition.value(u"filter"_s).toString(), &m)) {
            *problem = QString(where + u".filter: cannot parse the filter"_s);
            return std::nullopt;
        }
        const QString why = checkDefinition(m);
        if (!why.isEmpty()) {
            *problem = QString(where + u": "_s + why);
            return std::nullopt;
        }
        query.metrics << m;
    }

    const QString granularity = body.value(u"aggregationGranularity"_s).toString();
    if (!granularity.isEmpty() && granularity != u"DAILY"_s
        && granularity != u"AGGREGATION_GRANULARITY_UNSPECIFIED"_s) {
        *problem = granularity == u"OVERALL"_s
                       ? u"aggregationGranularity: the mock serves DAILY only"_s
                       : u"Invalid value at 'aggregation_granularity': \"%1\""_s.arg(granularity);
        return std::nullopt;
    }
    const QJsonValue sizeValue = body.value(u"pageSize"_s);
    if (!sizeValue.isUndefined()) {
        const double size = sizeValue.toDouble(-1);
        if (size < 0 || size > MaxPageSize || std::floor(size) != size) {
            *problem = u"pageSize must be from 0 to %1"_s.arg(MaxPageSize);
            return std::nullopt;
        }
        if (size > 0) {
            query.pageSize = static_cast<int>(size);
        }
    }

    // The days asked for: date ranges (inclusive at both ends) or a list of dates.
    const QJsonObject timeQuery = body.value(u"timeQuery"_s).toObject();
    if (timeQuery.contains(u"dateRanges"_s)) {
        const QJsonArray ranges = timeQuery.value(u"dateRanges"_s).toObject().value(u"dateRanges"_s).toArray();
        if (ranges.isEmpty()) {
            *problem = u"timeQuery.dateRanges.dateRanges is required"_s;
            return std::nullopt;
        }
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QJsonObject range = ranges.at(i).toObject();
            const std::optional<QDate> start = requestDate(range.value(u"start"_s));
            const std::optional<QDate> end = requestDate(range.value(u"end"_s));
            if (!start || !end || *end < *start || start->daysTo(*end) > MaxWindowDays) {
                *problem = u"timeQuery.dateRanges.dateRanges[%1]: start and end must be dates, start first"_s.arg(i);
                return std::nullopt;
            }
            for (QDate d = *start; d <= *end; d = d.addDays(1)) {
                query.dates << d;
            }
        }
    } else if (timeQuery.contains(u"dateList"_s)) {
        const QJsonArray list = timeQuery.value(u"dateList"_s).toObject().value(u"dates"_s).toArray();
        if (list.isEmpty()) {
            *problem = u"timeQuery.dateList.dates is required"_s;
            return std::nullopt;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<QDate> d = requestDate(list.at(i));
            if (!d) {
                *problem = u"timeQuery.dateList.dates[%1] is not a date"_s.arg(i);
                return std::nullopt;
            }
            query.dates << *d;
        }
    } else {
        *problem = u"timeQuery is required"_s;
        return std::nullopt;
    }
    std::sort(query.dates.begin(), query.dates.end());
    query.dates.erase(std::unique(query.dates.begin(), query.dates.end()), query.dates.end());

    query.pageToken = body.value(u"pageToken"_s).toString();
    return query;
}

} // namespace pm::sim
