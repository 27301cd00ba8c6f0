#include "sim/mock/PostmasterMockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using pm::providers::PostmasterCompliance;
using pm::providers::PostmasterDayStats;

namespace pm::sim
{

namespace
{
/// pageSize when none is given, and the largest allowed (§6.3, for both lists).
constexpr int DefaultPageSize = 10;
constexpr int MaxPageSize = 200;
/// A mock's own guard against a window that would take long to walk; Google's is not documented.
constexpr qint64 MaxWindowDays = 3660;

void googleError(QHttpServerResponder& responder, int code, const QString& status, const QString& message)
{
    MockHttpServer::writeRaw(responder, code, PostmasterMockServer::errorBody(code, status, message),
                             {{"Content-Type", "application/json; charset=UTF-8"}});
}

void invalidArgument(QHttpServerResponder& responder, const QString& message)
{
    googleError(responder, 400, u"INVALID_ARGUMENT"_s, message);
}

/// One metricDefinitions entry, its filter taken apart.
struct Metric
{
    QString name;
    QString standard;
    QString key; ///< the filter's field; empty: no filter
    QString value;
    QString secondKey; ///< after AND; empty: none
    QString secondValue;
};

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

/// The value of @p m on day @p d; nothing when the day has none (then Google sends no entry).
std::optional<double> valueOf(const PostmasterDayStats& d, const Metric& m)
{
    if (m.standard == u"SPAM_RATE"_s) {
        return d.userReportedSpamRatio;
    }
    if (m.standard == u"AUTH_SUCCESS_RATE"_s) {
        return m.value == u"spf"_s    ? d.spfSuccessRatio
               : m.value == u"dkim"_s ? d.dkimSuccessRatio
                                      : d.dmarcSuccessRatio;
    }
    if (m.standard == u"TLS_ENCRYPTION_RATE"_s && m.value == u"inbound"_s) {
        return d.inboundEncryptionRatio;
    }
    if (m.standard == u"DELIVERY_ERROR_RATE"_s) {
        const QString key = m.key.isEmpty()         ? QString()
                            : m.secondKey.isEmpty() ? m.value
                                                    : QString(m.value + u'/' + m.secondValue);
        for (const auto& [type, ratio] : d.deliveryErrors) {
            if (type == key) {
                return ratio;
            }
        }
    }
    // Outbound TLS, counts and feedback loops: this mock has no data for them.
    return std::nullopt;
}

std::optional<QDate> requestDate(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    const QDate d(o.value(u"year"_s).toInt(), o.value(u"month"_s).toInt(), o.value(u"day"_s).toInt());
    return d.isValid() ? std::optional(d) : std::nullopt;
}

QString encodeToken(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeToken(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return QString::fromUtf8(*decoded);
}

/// "20260601/spam_rate": a DAILY page token before encoding (Google's v2 reference: date + "/" + metric).
QString entryKey(const QDate& day, const QString& metric)
{
    return QString(day.toString(u"yyyyMMdd"_s) + u'/' + metric);
}

/// PostmasterCompliance::details (or its "subdomain" part) in Google's DomainComplianceData shape.
QJsonObject complianceJson(const QJsonObject& details, const QString& domain)
{
    QJsonObject data {{u"domainId"_s, details.value(u"domainId"_s).toString(domain)}};
    QJsonArray rows;
    const QJsonObject requirements = details.value(u"requirements"_s).toObject();
    for (auto it = requirements.constBegin(); it != requirements.constEnd(); ++it) {
        QJsonObject row {{u"requirement"_s, it.key()}};
        // STATE_UNSPECIFIED is the enum's zero value, which proto3 JSON leaves out.
        const QString status = it.value().toString();
        if (!status.isEmpty() && status != u"STATE_UNSPECIFIED"_s) {
            row.insert(u"status"_s, QJsonObject {{u"status"_s, status}});
        }
        rows.append(row);
    }
    if (!rows.isEmpty()) {
        data.insert(u"rowData"_s, rows);
    }
    const QList<QPair<QString, QString>> verdicts {{u"oneClickUnsubscribe"_s, u"oneClickUnsubscribeVerdict"_s},
                                                   {u"honorUnsubscribe"_s, u"honorUnsubscribeVerdict"_s}};
    for (const auto& [key, field] : verdicts) {
        if (!details.contains(key)) {
            continue;
        }
        const QJsonObject v = details.value(key).toObject();
        QJsonObject verdict {{u"status"_s, QJsonObject {{u"status"_s, v.value(u"status"_s).toString()}}}};
        if (!v.value(u"reason"_s).toString().isEmpty()) {
            verdict.insert(u"reason"_s, v.value(u"reason"_s).toString());
        }
        data.insert(field, verdict);
    }
    return data;
}
} // namespace

PostmasterMockServer::PostmasterMockServer(QString accessToken, QObject* parent)
    : MockHttpServer(u"Google Postmaster Tools"_s, parent)
    , m_token(std::move(accessToken))
{
    route("GET", u"/v2/domains"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        listDomains(request, responder);
    });
}

QByteArray PostmasterMockServer::errorBody(int code, const QString& status, const QString& message)
{
    const QJsonObject error {{u"code"_s, code}, {u"message"_s, message}, {u"status"_s, status}};
    return QJsonDocument(QJsonObject {{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

void PostmasterMockServer::setDomainStats(const QList<PostmasterDayStats>& days)
{
    QMutexLocker lock(&m_dataMutex);
    m_stats.clear();
    for (const PostmasterDayStats& d : days) {
        m_stats[d.domain].insert(d.day, d);
    }
}

void PostmasterMockServer::setDomains(const QStringList& domains)
{
    QMutexLocker lock(&m_dataMutex);
    m_domains = domains;
}

void PostmasterMockServer::setCompliance(const PostmasterCompliance& compliance)
{
    QMutexLocker lock(&m_dataMutex);
    m_compliance.insert(compliance.domain, compliance);
}

void PostmasterMockServer::setPageLimit(int n)
{
    QMutexLocker lock(&m_dataMutex);
    m_pageLimit = std::max(1, n);
}

bool PostmasterMockServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // The base class routes exact paths, and these hold the domain: a domain's route is added the
    // first time it is asked for — here, on the server's thread, which is where routes are read.
    static const QRegularExpression perDomain(uR"(^/v2/domains/([^/]+)/(domainStats:query|complianceStatus)$)"_s);
    const QString path = request.url().path();
    const QRegularExpressionMatch match = perDomain.match(path);
    if (match.hasMatch() && !m_routedPaths.contains(path)) {
        m_routedPaths.insert(path);
        const QString domain = match.captured(1);
        if (match.captured(2) == u"domainStats:query"_s) {
            route("POST", path, [this, domain](const QHttpServerRequest& r, QHttpServerResponder& responder) {
                queryStats(domain, r, responder);
            });
        } else {
            route("GET", path, [this, domain](const QHttpServerRequest& r, QHttpServerResponder& responder) {
                complianceStatus(domain, r, responder);
            });
        }
    }
    return MockHttpServer::handleRequest(request, socket);
}

bool PostmasterMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    if (!m_token.isEmpty() && request.value("Authorization") == QByteArray("Bearer ").append(m_token.toUtf8())) {
        return true;
    }
    // What Google answers a missing, expired or made-up access token.
    writeRaw(responder, 401,
             errorBody(401, u"UNAUTHENTICATED"_s,
                       u"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie "
                       "or other valid authentication credential. See "
                       "https://developers.google.com/identity/sign-in/web/devconsole-project."_s),
             {{"Content-Type", "application/json; charset=UTF-8"},
              {"WWW-Authenticate", R"(Bearer realm="https://accounts.google.com/", error="invalid_token")"}});
    return false;
}

bool PostmasterMockServer::owns(const QString& domain, QHttpServerResponder& responder) const
{
    {
        QMutexLocker lock(&m_dataMutex);
        if (m_domains.contains(domain, Qt::CaseInsensitive)) {
            return true;
        }
    }
    googleError(responder, 403, u"PERMISSION_DENIED"_s, u"The caller does not have permission"_s);
    return false;
}

void PostmasterMockServer::listDomains(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (!authorised(request, responder)) {
        return;
    }
    const QUrlQuery query(request.url());
    int pageSize = DefaultPageSize;
    if (query.hasQueryItem(u"pageSize"_s)) {
        bool ok = false;
        pageSize = query.queryItemValue(u"pageSize"_s).toInt(&ok);
        if (!ok || pageSize < 0 || pageSize > MaxPageSize) {
            invalidArgument(responder, u"pageSize must be from 0 to %1"_s.arg(MaxPageSize));
            return;
        }
        if (pageSize == 0) {
            pageSize = DefaultPageSize;
        }
    }
    qint64 offset = 0;
    const QString token = query.queryItemValue(u"pageToken"_s, QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const std::optional<QString> decoded = decodeToken(token);
        bool ok = false;
        offset = decoded ? decoded->toLongLong(&ok) : -1;
        if (!ok || offset < 0) {
            invalidArgument(responder, u"Invalid page token"_s);
            return;
        }
    }
    QMutexLocker lock(&m_dataMutex);
    const QStringList domains = m_domains;
    const qint64 limit = std::min(pageSize, m_pageLimit);
    lock.unlock();

    QJsonArray page;
    for (qint64 i = offset; i < std::min<qint64>(offset + limit, domains.size()); ++i) {
        page.append(QJsonObject {{u"name"_s, QString(u"domains/"_s + domains.at(i))},
                                 {u"createTime"_s, u"2025-03-14T09:26:53.589793Z"_s},
                                 {u"lastVerifyTime"_s, u"2025-03-14T09:31:10.104226Z"_s},
                                 {u"permission"_s, u"OWNER"_s},
                                 {u"verificationState"_s, u"VERIFIED"_s}});
    }
    // Empty lists and the last page's token are left out, as proto3 JSON does.
    QJsonObject body;
    if (!page.isEmpty()) {
        body.insert(u"domains"_s, page);
    }
    if (offset + limit < domains.size()) {
        body.insert(u"nextPageToken"_s, encodeToken(QString::number(offset + limit)));
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void PostmasterMockServer::queryStats(const QString& domain, const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
    if (!authorised(request, responder) || !owns(domain, responder)) {
        return;
    }
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        invalidArgument(responder, u"Invalid JSON payload received."_s);
        return;
    }
    const QJsonObject body = doc.object();
    // Google refuses a field it does not know, which catches a misspelt one.
    static const QStringList known {u"metricDefinitions"_s,      u"timeQuery"_s, u"pageSize"_s, u"pageToken"_s,
                                    u"aggregationGranularity"_s, u"parent"_s};
    const QStringList keys = body.keys();
    for (const QString& key : keys) {
        if (!known.contains(key)) {
            invalidArgument(responder,
                            u"Invalid JSON payload received. Unknown name \"%1\": Cannot find field."_s.arg(key));
            return;
        }
    }

    const QJsonArray definitions = body.value(u"metricDefinitions"_s).toArray();
    if (definitions.isEmpty()) {
        invalidArgument(responder, u"metricDefinitions is required"_s);
        return;
    }
    QList<Metric> metrics;
    QStringList names;
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        const QString where = u"metricDefinitions[%1]"_s.arg(i);
        const QJsonObject definition = definitions.at(i).toObject();
        Metric m;
        m.name = definition.value(u"name"_s).toString();
        m.standard = definition.value(u"baseMetric"_s).toObject().value(u"standardMetric"_s).toString();
        if (m.name.isEmpty() || names.contains(m.name)) {
            invalidArgument(responder, QString(where + u".name: required, and unique in the request"_s));
            return;
        }
        names << m.name;
        if (!parseFilter(definition.value(u"filter"_s).toString(), &m)) {
            invalidArgument(responder, QString(where + u".filter: cannot parse the filter"_s));
            return;
        }
        const QString problem = checkDefinition(m);
        if (!problem.isEmpty()) {
            invalidArgument(responder, QString(where + u": "_s + problem));
            return;
        }
        metrics << m;
    }

    const QString granularity = body.value(u"aggregationGranularity"_s).toString();
    if (!granularity.isEmpty() && granularity != u"DAILY"_s
        && granularity != u"AGGREGATION_GRANULARITY_UNSPECIFIED"_s) {
        invalidArgument(responder, granularity == u"OVERALL"_s
                                       ? u"aggregationGranularity: the mock serves DAILY only"_s
                                       : u"Invalid value at 'aggregation_granularity': \"%1\""_s.arg(granularity));
        return;
    }
    int pageSize = DefaultPageSize;
    const QJsonValue sizeValue = body.value(u"pageSize"_s);
    if (!sizeValue.isUndefined()) {
        const double size = sizeValue.toDouble(-1);
        if (size < 0 || size > MaxPageSize || std::floor(size) != size) {
            invalidArgument(responder, u"pageSize must be from 0 to %1"_s.arg(MaxPageSize));
            return;
        }
        if (size > 0) {
            pageSize = static_cast<int>(size);
        }
    }

    // The days asked for: date ranges (inclusive at both ends) or a list of dates.
    const QJsonObject timeQuery = body.value(u"timeQuery"_s).toObject();
    QList<QDate> dates;
    if (timeQuery.contains(u"dateRanges"_s)) {
        const QJsonArray ranges = timeQuery.value(u"dateRanges"_s).toObject().value(u"dateRanges"_s).toArray();
        if (ranges.isEmpty()) {
            invalidArgument(responder, u"timeQuery.dateRanges.dateRanges is required"_s);
            return;
        }
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QJsonObject range = ranges.at(i).toObject();
            const std::optional<QDate> start = requestDate(range.value(u"start"_s));
            const std::optional<QDate> end = requestDate(range.value(u"end"_s));
            if (!start || !end || *end < *start || start->daysTo(*end) > MaxWindowDays) {
                invalidArgument(
                    responder,
                    u"timeQuery.dateRanges.dateRanges[%1]: start and end must be dates, start first"_s.arg(i));
                return;
            }
            for (QDate d = *start; d <= *end; d = d.addDays(1)) {
                dates << d;
            }
        }
    } else if (timeQuery.contains(u"dateList"_s)) {
        const QJsonArray list = timeQuery.value(u"dateList"_s).toObject().value(u"dates"_s).toArray();
        if (list.isEmpty()) {
            invalidArgument(responder, u"timeQuery.dateList.dates is required"_s);
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<QDate> d = requestDate(list.at(i));
            if (!d) {
                invalidArgument(responder, u"timeQuery.dateList.dates[%1] is not a date"_s.arg(i));
                return;
            }
            dates << *d;
        }
    } else {
        invalidArgument(responder, u"timeQuery is required"_s);
        return;
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    QMutexLocker lock(&m_dataMutex);
    const QMap<QDate, PostmasterDayStats> days = m_stats.value(domain);
    const int pageLimit = m_pageLimit;
    lock.unlock();

    // Every DomainStat the query has, by date and then in the order the metrics were asked for.
    struct Entry
    {
        QDate day;
        QString metric;
        double value = 0;
    };
    QList<Entry> entries;
    for (const QDate& day : std::as_const(dates)) {
        const auto it = days.constFind(day);
        if (it == days.constEnd()) {
            continue;
        }
        for (const Metric& m : std::as_const(metrics)) {
            if (const std::optional<double> value = valueOf(*it, m)) {
                entries << Entry {day, m.name, *value};
            }
        }
    }
    qsizetype start = 0;
    const QString token = body.value(u"pageToken"_s).toString();
    if (!token.isEmpty()) {
        const std::optional<QString> decoded = decodeToken(token);
        start = -1;
        for (qsizetype i = 0; decoded && i < entries.size(); ++i) {
            if (entryKey(entries.at(i).day, entries.at(i).metric) == *decoded) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            invalidArgument(responder, u"Invalid page token"_s);
            return;
        }
    }

    QJsonArray page;
    QList<QDate> pageDays;
    qsizetype i = start;
    for (; i < entries.size() && page.size() < pageSize; ++i) {
        const Entry& e = entries.at(i);
        if (!pageDays.contains(e.day)) {
            if (pageDays.size() >= pageLimit) {
                break;
            }
            pageDays << e.day;
        }
        page.append(QJsonObject {
            {u"name"_s, QString(u"domains/"_s + domain + u"/domainStats/"_s + encodeToken(entryKey(e.day, e.metric)))},
            {u"metric"_s, e.metric},
            {u"date"_s, QJsonObject {{u"year"_s, e.day.year()}, {u"month"_s, e.day.month()}, {u"day"_s, e.day.day()}}},
            {u"value"_s, QJsonObject {{u"doubleValue"_s, e.value}}}});
    }
    QJsonObject answer;
    if (!page.isEmpty()) {
        answer.insert(u"domainStats"_s, page);
    }
    if (i < entries.size()) {
        answer.insert(u"nextPageToken"_s, encodeToken(entryKey(entries.at(i).day, entries.at(i).metric)));
    }
    replyJson(responder, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void PostmasterMockServer::complianceStatus(const QString& domain, const QHttpServerRequest& request,
                                            QHttpServerResponder& responder)
{
    if (!authorised(request, responder) || !owns(domain, responder)) {
        return;
    }
    QMutexLocker lock(&m_dataMutex);
    const QJsonObject details = m_compliance.value(domain).details;
    lock.unlock();
    QJsonObject body {{u"name"_s, QString(u"domains/"_s + domain + u"/complianceStatus"_s)}};
    // No details: no compliance data for the domain, so the field is left out.
    if (!details.isEmpty()) {
        body.insert(u"complianceData"_s, complianceJson(details, domain));
        if (details.contains(u"subdomain"_s)) {
            body.insert(u"subdomainComplianceData"_s, complianceJson(details.value(u"subdomain"_s).toObject(), domain));
        }
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace pm::sim
