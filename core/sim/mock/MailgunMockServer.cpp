#include "sim/mock/MailgunMockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTime>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using pm::providers::DailyStats;
using pm::providers::MailgunEvent;

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

/// Mailgun's error shape (§3.6).
QByteArray errorBody(const QString& message)
{
    return QJsonDocument(QJsonObject {{u"message"_s, message}}).toJson(QJsonDocument::Compact);
}

/// "Sun, 01 Jun 2025 00:00:00 +0000", as in Mailgun's examples.
QString rfc2822(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

/// "Mon, 02 Jun 2025 00:00:00 GMT" (the domains list's created_at).
QString rfc1123(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
}

/// An events time parameter: epoch seconds (a fraction allowed) or RFC 2822 (§3.4).
std::optional<QDateTime> eventTime(const QString& text)
{
    bool numeric = false;
    const double seconds = text.toDouble(&numeric);
    if (numeric) {
        if (seconds < 0 || seconds > 253'402'300'799.0) {
            return std::nullopt;
        }
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000.0)), Qt::UTC);
    }
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    if (!t.isValid()) {
        return std::nullopt;
    }
    return t.toUTC();
}

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

/// "98.17": @p part of @p whole in percent, two decimals, as text.
QJsonValue rate(qint64 part, qint64 whole)
{
    const double percent = whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
    return QString::number(percent, 'f', 2);
}

/// One day's value of a metric §3.2 names; nothing for a name the mock does not know.
std::optional<QJsonValue> metricValue(const DailyStats& d, const QString& name)
{
    const qint64 hard = std::max<qint64>(0, d.bouncedHard);
    const qint64 soft = std::max<qint64>(0, d.bouncedSoft);
    const qint64 delivered = d.delivered >= 0 ? d.delivered : std::max<qint64>(0, d.sent - hard - soft);
    const qint64 uniqueOpened = std::max<qint64>(0, d.opened);
    const QList<QPair<QString, QJsonValue>> values {
        {u"accepted_count"_s, d.sent},
        {u"delivered_count"_s, delivered},
        {u"failed_count"_s, hard + soft},
        {u"permanent_failed_count"_s, hard},
        {u"temporary_failed_count"_s, soft},
        {u"complained_count"_s, d.complaints},
        {u"bounced_count"_s, hard},
        {u"hard_bounces_count"_s, hard},
        {u"soft_bounces_count"_s, soft},
        {u"unsubscribed_count"_s, 0},
        {u"opened_count"_s, uniqueOpened + uniqueOpened / 2}, // some readers open twice
        {u"unique_opened_count"_s, uniqueOpened},
        {u"clicked_count"_s, 0},
        {u"delivered_rate"_s, rate(delivered, d.sent)},
        {u"complained_rate"_s, rate(d.complaints, delivered)},
        {u"bounce_rate"_s, rate(hard, d.sent)},
        {u"fail_rate"_s, rate(hard + soft, d.sent)},
        {u"permanent_fail_rate"_s, rate(hard, d.sent)},
        {u"temporary_fail_rate"_s, rate(soft, d.sent)},
    };
    for (const auto& [key, value] : values) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject metricsObject(const DailyStats& d, const QStringList& names)
{
    QJsonObject m;
    for (const QString& name : names) {
        m.insert(name, metricValue(d, name).value_or(QJsonValue()));
    }
    return m;
}

/// The mock's page token: the offset into the matching events. Mailgun's real tokens sit in the
/// path (/v3/<domain>/events/<token>); this server routes exact paths only, so the token rides in
/// the query instead — a client follows paging.next as it is given either way.
QString pageToken(qint64 offset)
{
    return QString::fromLatin1(
        QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> pageOffset(const QString& token)
{
    bool ok = false;
    const qint64 offset = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    if (!ok || offset < 0) {
        return std::nullopt;
    }
    return offset;
}
} // namespace

MailgunMockServer::MailgunMockServer(QString apiKey, QString domain, QObject* parent)
    : MockHttpServer(u"Mailgun"_s, parent)
    , m_apiKey(std::move(apiKey))
    , m_domain(std::move(domain))
    , m_domains {m_domain}
{
    route("POST", u"/v1/analytics/metrics"_s,
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
              if (authorised(request, responder)) {
                  metrics(request, responder);
              }
          });
    // Another domain's events fall through to the base class's 404.
    route("GET", u"/v3/"_s + m_domain + u"/events"_s,
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
              if (authorised(request, responder)) {
                  events(request, responder);
              }
          });
    route("GET", u"/v4/domains"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (authorised(request, responder)) {
            domains(request, responder);
        }
    });
}

void MailgunMockServer::setDays(const QList<DailyStats>& days)
{
    QMutexLocker lock(&m_dataMutex);
    m_days.clear();
    for (const DailyStats& d : days) {
        m_days.insert(d.day, d);
    }
}

void MailgunMockServer::setFailures(const QList<MailgunEvent>& events)
{
    QList<MailgunEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const MailgunEvent& a, const MailgunEvent& b) { return a.timestamp < b.timestamp; });
    QMutexLocker lock(&m_dataMutex);
    m_failures = sorted;
}

void MailgunMockServer::setDomains(const QStringList& names)
{
    QMutexLocker lock(&m_dataMutex);
    m_domains = names;
}

void MailgunMockServer::setMaxMetricsPageSize(int size)
{
    QMutexLocker lock(&m_dataMutex);
    m_maxMetricsPageSize = std::max(1, size);
}

void MailgunMockServer::setUnauthorizedReply(int status, const QByteArray& body, const QByteArray& contentType)
{
    QMutexLocker lock(&m_dataMutex);
    m_unauthorizedStatus = status;
    m_unauthorizedBody = body;
    m_unauthorizedContentType = contentType;
}

MockHttpServer::Fault MailgunMockServer::tooManyRequests(int times, int retryAfterSeconds, const QString& pathPrefix)
{
    Fault f;
    f.kind = Fault::Kind::Status;
    f.status = 429;
    f.body = errorBody(u"Too many requests"_s); // the wording is UNCONFIRMED
    f.headers = {{"Content-Type", "application/json"}};
    if (retryAfterSeconds >= 0) {
        f.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds)));
    }
    f.pathPrefix = pathPrefix;
    f.times = times;
    return f;
}

bool MailgunMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    // "Basic " + base64("api:<key>"): the user must be "api", the password the key.
    const QByteArray header = request.value("Authorization").trimmed();
    bool ok = false;
    if (header.startsWith("Basic ") && !m_apiKey.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        ok = colon > 0 && decoded.left(colon) == QByteArray("api") && decoded.mid(colon + 1) == m_apiKey.toUtf8();
    }
    if (ok) {
        return true;
    }
    QMutexLocker lock(&m_dataMutex);
    const int status = m_unauthorizedStatus;
    const QByteArray body = m_unauthorizedBody;
    const QByteArray contentType = m_unauthorizedContentType;
    lock.unlock();
    // No WWW-Authenticate challenge: whether Mailgun sends one is UNCONFIRMED, and Qt's network
    // stack would answer a challenge with its own authentication machinery rather than the body.
    writeRaw(responder, status, body, {{"Content-Type", contentType}});
    return false;
}

void MailgunMockServer::metrics(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    auto invalid = [&](const QString& message) { replyJson(responder, 400, errorBody(message)); };
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        invalid(u"the request body is not a JSON object"_s);
        return;
    }
    const QJsonObject q = doc.object();

    // end defaults to now and start to seven days before it (§3.2).
    QDateTime end = QDateTime::currentDateTimeUtc();
    if (q.contains(u"end"_s)) {
        end = QDateTime::fromString(q.value(u"end"_s).toString(), Qt::RFC2822Date).toUTC();
        if (!end.isValid()) {
            invalid(u"end: expected an RFC 2822 date"_s);
            return;
        }
    }
    QDateTime start = end.addDays(-7);
    if (q.contains(u"start"_s)) {
        start = QDateTime::fromString(q.value(u"start"_s).toString(), Qt::RFC2822Date).toUTC();
        if (!start.isValid()) {
            invalid(u"start: expected an RFC 2822 date"_s);
            return;
        }
    }
    if (q.contains(u"duration"_s)) {
        // Counted back from end; the mock serves whole days only ("7d").
        const QString duration = q.value(u"duration"_s).toString();
        bool ok = false;
        const int n = duration.endsWith(u'd') ? duration.chopped(1).toInt(&ok) : 0;
        if (!ok || n < 1) {
            invalid(u"duration: the mock serves whole days such as \"7d\" only"_s);
            return;
        }
        start = end.addDays(-n);
    }
    if (start > end) {
        invalid(u"start must be before end"_s);
        return;
    }
    const QString resolution = q.value(u"resolution"_s).toString(u"day"_s);
    if (resolution != u"day"_s) {
        // hour and month are real Mailgun values; this mock serves days only.
        invalid(resolution == u"hour"_s || resolution == u"month"_s ? u"the mock serves resolution day only"_s
                                                                    : u"resolution must be hour, day or month"_s);
        return;
    }
    if (q.value(u"dimensions"_s).toArray() != QJsonArray {u"time"_s}) {
        invalid(u"dimensions: the mock serves [\"time\"] only"_s);
        return;
    }
    const QJsonArray metricList = q.value(u"metrics"_s).toArray();
    QStringList names;
    for (qsizetype i = 0; i < metricList.size(); ++i) {
        const QString name = metricList.at(i).toString();
        if (!CountMetrics.contains(name) && !RateMetrics.contains(name)) {
            invalid(u"metrics: unknown metric \"%1\""_s.arg(name));
            return;
        }
        names << name;
    }
    if (names.isEmpty()) {
        invalid(u"metrics: at least one metric is required"_s);
        return;
    }
    // {"AND":[{"attribute":"domain","comparator":"=","values":[{"label","value"}]}]}: another
    // domain than this one has nothing to report.
    bool ours = true;
    if (q.contains(u"filter"_s)) {
        const QJsonArray conditions = q.value(u"filter"_s).toObject().value(u"AND"_s).toArray();
        if (conditions.isEmpty()) {
            invalid(u"filter: expected {\"AND\": [conditions]}"_s);
            return;
        }
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            const QJsonObject condition = conditions.at(i).toObject();
            if (condition.value(u"attribute"_s).toString() != u"domain"_s
                || condition.value(u"comparator"_s).toString() != u"="_s) {
                invalid(u"filter: the mock filters by domain = … only"_s);
                return;
            }
            bool named = false;
            const QJsonArray values = condition.value(u"values"_s).toArray();
            for (qsizetype j = 0; j < values.size(); ++j) {
                named = named || values.at(j).toObject().value(u"value"_s).toString() == m_domain;
            }
            ours = ours && named;
        }
    }
    const QJsonObject pagination = q.value(u"pagination"_s).toObject();
    const QString sort = pagination.value(u"sort"_s).toString();
    if (!sort.isEmpty() && sort != u"time:asc"_s && sort != u"time:desc"_s) {
        invalid(u"pagination.sort: the mock sorts by time only"_s);
        return;
    }
    const auto skip = jsonInteger(pagination, u"skip"_s, 0, 0);
    const auto limit = jsonInteger(pagination, u"limit"_s, 10, 1);
    if (!skip || !limit) {
        invalid(u"pagination: skip must be a whole number ≥ 0 and limit ≥ 1"_s);
        return;
    }

    QList<DailyStats> matching;
    QMutexLocker lock(&m_dataMutex);
    const qint64 applied = std::min<qint64>(*limit, m_maxMetricsPageSize);
    if (ours) {
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
            // A day is in when its bucket starts within [start, end).
            const QDateTime bucket(it.key(), QTime(0, 0), Qt::UTC);
            if (bucket >= start && bucket < end) {
                matching << it.value();
            }
        }
    }
    lock.unlock();
    if (sort == u"time:desc"_s) {
        std::reverse(matching.begin(), matching.end());
    }
    QJsonArray items;
    DailyStats sum;
    sum.delivered = 0;
    sum.opened = 0;
    for (qint64 i = 0; i < matching.size(); ++i) {
        const DailyStats& d = matching.at(i);
        sum.sent += d.sent;
        sum.delivered += metricValue(d, u"delivered_count"_s).value_or(QJsonValue()).toInteger();
        sum.bouncedHard += std::max<qint64>(0, d.bouncedHard);
        sum.bouncedSoft += std::max<qint64>(0, d.bouncedSoft);
        sum.complaints += d.complaints;
        sum.opened += std::max<qint64>(0, d.opened);
        if (i < *skip || i >= *skip + applied) {
            continue;
        }
        const QString time = rfc2822(QDateTime(d.day, QTime(0, 0), Qt::UTC));
        const QJsonObject dimension {{u"dimension"_s, u"time"_s}, {u"value"_s, time}, {u"display_value"_s, time}};
        items.append(QJsonObject {{u"dimensions"_s, QJsonArray {dimension}}, {u"metrics"_s, metricsObject(d, names)}});
    }
    QJsonObject body {
        {u"start"_s, rfc2822(start)},
        {u"end"_s, rfc2822(end)},
        {u"resolution"_s, resolution},
        {u"duration"_s, u"%1d"_s.arg(start.daysTo(end))},
        {u"dimensions"_s, QJsonArray {u"time"_s}},
        {u"pagination"_s, QJsonObject {{u"sort"_s, sort},
                                       {u"skip"_s, *skip},
                                       {u"limit"_s, applied},
                                       {u"total"_s, static_cast<qint64>(matching.size())}}},
        {u"items"_s, items},
    };
    if (q.value(u"include_aggregates"_s).toBool()) {
        body.insert(u"aggregates"_s, QJsonObject {{u"metrics"_s, metricsObject(sum, names)}});
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void MailgunMockServer::events(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    auto invalid = [&](const QString& message) { replyJson(responder, 400, errorBody(message)); };
    const QUrlQuery query(request.url());
    qint64 limit = 100; // the SDK's default
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 300) {
            invalid(u"limit: must be a number from 1 to 300"_s);
            return;
        }
    }
    const auto timeParameter = [&](const QString& name, std::optional<QDateTime>* target) {
        if (!query.hasQueryItem(name)) {
            return true;
        }
        *target = eventTime(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!*target) {
            invalid(u"%1: expected epoch seconds or an RFC 2822 date"_s.arg(name));
            return false;
        }
        return true;
    };
    std::optional<QDateTime> begin;
    std::optional<QDateTime> end;
    if (!timeParameter(u"begin"_s, &begin) || !timeParameter(u"end"_s, &end)) {
        return;
    }
    const QString ascendingText = query.queryItemValue(u"ascending"_s);
    if (!ascendingText.isEmpty() && ascendingText != u"yes"_s && ascendingText != u"no"_s) {
        invalid(u"ascending: must be yes or no"_s);
        return;
    }
    if (begin && !end && ascendingText.isEmpty()) {
        // §3.4: the direction must be given when the range has no end.
        invalid(u"ascending: required when end is not given"_s);
        return;
    }
    const bool ascending = ascendingText.isEmpty() ? (begin && end && *begin < *end) : ascendingText == u"yes"_s;
    std::optional<qint64> offset = 0;
    if (query.hasQueryItem(u"page"_s)) {
        offset = pageOffset(query.queryItemValue(u"page"_s));
        if (!offset) {
            invalid(u"page: not a page of this search"_s);
            return;
        }
    }
    // Only failed events are stored: a filter without "failed" ("failed OR delivered" has it) finds none.
    const QString eventFilter = query.queryItemValue(u"event"_s, QUrl::FullyDecoded);
    const bool failedWanted = eventFilter.isEmpty() || eventFilter.split(u" OR "_s).contains(u"failed"_s);
    const QString severity = query.queryItemValue(u"severity"_s);

    QList<MailgunEvent> matching;
    QMutexLocker lock(&m_dataMutex);
    if (failedWanted) {
        for (const MailgunEvent& e : std::as_const(m_failures)) {
            // ascending: from begin on, up to end; descending: from begin back, down to end.
            const bool inRange = ascending ? (!begin || e.timestamp >= *begin) && (!end || e.timestamp <= *end)
                                           : (!begin || e.timestamp <= *begin) && (!end || e.timestamp >= *end);
            if (inRange && (severity.isEmpty() || e.severity == severity)) {
                matching << e;
            }
        }
    }
    lock.unlock();
    if (!ascending) {
        std::reverse(matching.begin(), matching.end());
    }

    QJsonArray items;
    const qint64 stop = std::min<qint64>(*offset + limit, matching.size());
    for (qint64 i = *offset; i < stop; ++i) {
        const MailgunEvent& e = matching.at(i);
        // Mailgun's own refusals (suppress-*) have no server reply: their words are the description.
        const bool suppressed = e.reason.startsWith(u"suppress-"_s);
        QJsonObject status {{u"message"_s, suppressed ? QString() : e.description},
                            {u"description"_s, suppressed ? e.description : QString()},
                            {u"attempt-no"_s, 1},
                            {u"session-seconds"_s, 0.4}};
        bool numeric = false;
        const int code = e.code.toInt(&numeric);
        if (numeric) {
            status.insert(u"code"_s, code);
        } else if (!e.code.isEmpty()) {
            status.insert(u"code"_s, e.code);
        }
        const QString recipientDomain = e.recipient.section(u'@', 1);
        items.append(QJsonObject {
            {u"event"_s, u"failed"_s},
            {u"id"_s, e.id},
            {u"timestamp"_s, static_cast<double>(e.timestamp.toMSecsSinceEpoch()) / 1000.0},
            {u"recipient"_s, e.recipient},
            {u"recipient-domain"_s, recipientDomain},
            {u"method"_s, u"HTTP"_s},
            {u"severity"_s, e.severity},
            {u"reason"_s, e.reason},
            {u"tags"_s, QJsonArray {u"otp"_s}},
            {u"user-variables"_s, QJsonObject {}},
            {u"flags"_s, QJsonObject {{u"is-routed"_s, false}, {u"is-authenticated"_s, true}}},
            {u"envelope"_s, QJsonObject {{u"sender"_s, QString(u"bounce@"_s + m_domain)},
                                         {u"targets"_s, e.recipient},
                                         {u"transport"_s, u"smtp"_s}}},
            {u"delivery-status"_s, status},
            {u"message"_s, QJsonObject {{u"headers"_s, QJsonObject {{u"message-id"_s, QString(e.id + u'@' + m_domain)},
                                                                    {u"from"_s, QString(u"alerts@"_s + m_domain)},
                                                                    {u"to"_s, e.recipient},
                                                                    {u"subject"_s, u"Your code"_s}}},
                                        {u"size"_s, 4211}}},
        });
    }

    // Full URLs on this server's own address, the search's parameters kept, only the page moved.
    const auto pageUrl = [&](qint64 at) {
        QUrl url = baseUrl();
        url.setPath(request.url().path());
        QUrlQuery q = query;
        q.removeAllQueryItems(u"page"_s);
        q.addQueryItem(u"page"_s, pageToken(at));
        url.setQuery(q);
        return url.toString();
    };
    const qint64 lastStart = matching.isEmpty() ? 0 : (matching.size() - 1) / limit * limit;
    const QJsonObject paging {
        // Past the last item the next page is an empty one, which ends the list (§3.4).
        {u"next"_s, pageUrl(items.isEmpty() ? *offset : *offset + items.size())},
        {u"previous"_s, pageUrl(std::max<qint64>(0, *offset - limit))},
        {u"first"_s, pageUrl(0)},
        {u"last"_s, pageUrl(lastStart)},
    };
    replyJson(responder, 200,
              QJsonDocument(QJsonObject {{u"items"_s, items}, {u"paging"_s, paging}}).toJson(QJsonDocument::Compact));
}

void MailgunMockServer::domains(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    auto invalid = [&](const QString& message) { replyJson(responder, 400, errorBody(message)); };
    const QUrlQuery query(request.url());
    qint64 limit = 100;
    qint64 skip = 0;
    bool ok = true;
    if (query.hasQueryItem(u"limit"_s)) {
        limit = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 1000) {
            invalid(u"limit: must be a number from 1 to 1000"_s);
            return;
        }
    }
    if (query.hasQueryItem(u"skip"_s)) {
        skip = query.queryItemValue(u"skip"_s).toLongLong(&ok);
        if (!ok || skip < 0) {
            invalid(u"skip: must be a number of 0 or more"_s);
            return;
        }
    }
    QMutexLocker lock(&m_dataMutex);
    const QStringList names = m_domains;
    lock.unlock();
    QJsonArray items;
    const QDateTime created(QDate(2025, 6, 2), QTime(0, 0), Qt::UTC);
    for (qint64 i = skip; i < std::min<qint64>(skip + limit, names.size()); ++i) {
        items.append(QJsonObject {{u"id"_s, u"%1"_s.arg(i + 1, 24, 16, QLatin1Char('0'))},
                                  {u"name"_s, names.at(i)},
                                  {u"state"_s, u"active"_s},
                                  {u"created_at"_s, rfc1123(created)}});
    }
    replyJson(responder, 200,
              QJsonDocument(QJsonObject {{u"total_count"_s, static_cast<qint64>(names.size())}, {u"items"_s, items}})
                  .toJson(QJsonDocument::Compact));
}

} // namespace pm::sim
