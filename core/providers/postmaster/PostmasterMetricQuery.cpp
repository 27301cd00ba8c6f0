#include "providers/postmaster/PostmasterMetricQuery.h"

#include "providers/postmaster/PostmasterClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// google.type.Date as JSON.
QJsonObject dateJson(const QDate& d)
{
    return QJsonObject {{u"year"_s, d.year()}, {u"month"_s, d.month()}, {u"day"_s, d.day()}};
}
} // namespace

const QList<PostmasterMetricQuery>& PostmasterMetricQuery::all()
{
    static const QList<PostmasterMetricQuery> queries {
        {u"spam_rate"_s, u"SPAM_RATE"_s, {}, Target::SpamRate, {}},
        {u"spf_success_rate"_s, u"AUTH_SUCCESS_RATE"_s, uR"(auth_type = "spf")"_s, Target::Spf, {}},
        {u"dkim_success_rate"_s, u"AUTH_SUCCESS_RATE"_s, uR"(auth_type = "dkim")"_s, Target::Dkim, {}},
        {u"dmarc_success_rate"_s, u"AUTH_SUCCESS_RATE"_s, uR"(auth_type = "dmarc")"_s, Target::Dmarc, {}},
        {u"inbound_tls_rate"_s,
         u"TLS_ENCRYPTION_RATE"_s,
         uR"(traffic_direction = "inbound")"_s,
         Target::InboundTls,
         {}},
        {u"reject_rate"_s, u"DELIVERY_ERROR_RATE"_s, uR"(error_type = "reject")"_s, Target::DeliveryError, u"reject"_s},
        {u"temp_fail_rate"_s, u"DELIVERY_ERROR_RATE"_s, uR"(error_type = "temp_fail")"_s, Target::DeliveryError,
         u"temp_fail"_s},
    };
    return queries;
}

const PostmasterMetricQuery* PostmasterMetricQuery::find(const QString& metric)
{
    for (const PostmasterMetricQuery& q : all()) {
        if (q.label == metric) {
            return &q;
        }
    }
    return nullptr;
}

QJsonArray PostmasterMetricQuery::metricDefinitions()
{
    QJsonArray out;
    for (const PostmasterMetricQuery& q : all()) {
        QJsonObject definition {{u"name"_s, q.label},
                                {u"baseMetric"_s, QJsonObject {{u"standardMetric"_s, q.standardMetric}}}};
        if (!q.filter.isEmpty()) {
            definition.insert(u"filter"_s, q.filter);
        }
        out.append(definition);
    }
    return out;
}

QJsonObject PostmasterMetricQuery::dateRangeTimeQuery(const QDate& from, const QDate& to)
{
    const QJsonObject range {{u"start"_s, dateJson(from)}, {u"end"_s, dateJson(to)}};
    return QJsonObject {{u"dateRanges"_s, QJsonObject {{u"dateRanges"_s, QJsonArray {range}}}}};
}

void PostmasterMetricQuery::applyTo(PostmasterDayStats& d, double value) const
{
    switch (target) {
    case Target::SpamRate:
        d.userReportedSpamRatio = value;
        break;
    case Target::Spf:
        d.spfSuccessRatio = value;
        break;
    case Target::Dkim:
        d.dkimSuccessRatio = value;
        break;
    case Target::Dmarc:
        d.dmarcSuccessRatio = value;
        break;
    case Target::InboundTls:
        d.inboundEncryptionRatio = value;
        break;
    case Target::DeliveryError: {
        const auto it = std::find_if(d.deliveryErrors.begin(), d.deliveryErrors.end(),
                                     [this](const QPair<QString, double>& e) { return e.first == errorType; });
        if (it != d.deliveryErrors.end()) {
            it->second = value; // the same day and metric twice: the later one stands
        } else {
            d.deliveryErrors.append(qMakePair(errorType, value));
        }
        break;
    }
    }
}

} // namespace pm::providers
