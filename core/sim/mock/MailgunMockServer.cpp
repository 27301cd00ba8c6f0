#include "sim/mock/MailgunMockServer.h"

#include "sim/mock/MailgunMockEventsRequest.h"
#include "sim/mock/MailgunMockMetricsRequest.h"
#include "sim/mock/MailgunMockPayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using pm::providers::DailyStats;
using pm::providers::MailgunEvent;

namespace pm::sim
{

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
    f.body = MailgunMockPayloads::errorBody(u"Too many requests"_s); // the wording is UNCONFIRMED
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
    QString problem;
    const auto q = MailgunMockMetricsRequest::parse(request.body(), m_domain, &problem);
    if (!q) {
        replyJson(responder, 400, MailgunMockPayloads::errorBody(problem));
        return;
    }

    QList<DailyStats> matching;
    QMutexLocker lock(&m_dataMutex);
    const qint64 applied = std::min<qint64>(q->limit, m_maxMetricsPageSize);
    if (q->forThisDomain) {
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
            // A day is in when its bucket starts within [start, end).
            const QDateTime bucket(it.key(), QTime(0, 0), Qt::UTC);
            if (bucket >= q->start && bucket < q->end) {
                matching << it.value();
            }
        }
    }
    lock.unlock();
    if (q->sort == u"time:desc"_s) {
        std::reverse(matching.begin(), matching.end());
    }
    QJsonArray items;
    DailyStats sum;
    sum.delivered = 0;
    sum.opened = 0;
    for (qint64 i = 0; i < matching.size(); ++i) {
        const DailyStats& d = matching.at(i);
        sum.sent += d.sent;
        sum.delivered += MailgunMockPayloads::metricValue(d, u"delivered_count"_s).value_or(QJsonValue()).toInteger();
        sum.bouncedHard += std::max<qint64>(0, d.bouncedHard);
        sum.bouncedSoft += std::max<qint64>(0, d.bouncedSoft);
        sum.complaints += d.complaints;
        sum.opened += std::max<qint64>(0, d.opened);
        if (i < q->skip || i >= q->skip + applied) {
            continue;
        }
        const QString time = MailgunMockPayloads::rfc2822(QDateTime(d.day, QTime(0, 0), Qt::UTC));
        const QJsonObject dimension {{u"dimension"_s, u"time"_s}, {u"value"_s, time}, {u"display_value"_s, time}};
        items.append(QJsonObject {{u"dimensions"_s, QJsonArray {dimension}},
                                  {u"metrics"_s, MailgunMockPayloads::metricsObject(d, q->metrics)}});
    }
    QJsonObject body {
        {u"start"_s, MailgunMockPayloads::rfc2822(q->start)},
        {u"end"_s, MailgunMockPayloads::rfc2822(q->end)},
        {u"resolution"_s, q->resolution},
        {u"duration"_s, u"%1d"_s.arg(q->start.daysTo(q->end))},
        {u"dimensions"_s, QJsonArray {u"time"_s}},
        {u"pagination"_s, QJsonObject {{u"sort"_s, q->sort},
                                       {u"skip"_s, q->skip},
                                       {u"limit"_s, applied},
                                       {u"total"_s, static_cast<qint64>(matching.size())}}},
        {u"items"_s, items},
    };
    if (q->includeAggregates) {
        body.insert(u"aggregates"_s, QJsonObject {{u"metrics"_s, MailgunMockPayloads::metricsObject(sum, q->metrics)}});
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void MailgunMockServer::events(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QUrlQuery query(request.url());
    QString problem;
    const auto search = MailgunMockEventsRequest::parse(query, &problem);
    if (!search) {
        replyJson(responder, 400, MailgunMockPayloads::errorBody(problem));
        return;
    }
    const std::optional<QDateTime>& begin = search->begin;
    const std::optional<QDateTime>& end = search->end;

    QList<MailgunEvent> matching;
    QMutexLocker lock(&m_dataMutex);
    if (search->failedWanted) {
        for (const MailgunEvent& e : std::as_const(m_failures)) {
            // ascending: from begin on, up to end; descending: from begin back, down to end.
            const bool inRange = search->ascending ? (!begin || e.timestamp >= *begin) && (!end || e.timestamp <= *end)
                                                   : (!begin || e.timestamp <= *begin) && (!end || e.timestamp >= *end);
            if (inRange && (search->severity.isEmpty() || e.severity == search->severity)) {
                matching << e;
            }
        }
    }
    lock.unlock();
    if (!search->ascending) {
        std::reverse(matching.begin(), matching.end());
    }

    QJsonArray items;
    const qint64 offset = search->offset;
    const qint64 limit = search->limit;
    const qint64 stop = std::min<qint64>(offset + limit, matching.size());
    for (qint64 i = offset; i < stop; ++i) {
        items.append(MailgunMockPayloads::failedEvent(matching.at(i), m_domain));
    }

    // Full URLs on this server's own address, the search's parameters kept, only the page moved.
    const auto pageUrl = [&](qint64 at) {
        QUrl url = baseUrl();
        url.setPath(request.url().path());
        QUrlQuery q = query;
        q.removeAllQueryItems(u"page"_s);
        q.addQueryItem(u"page"_s, MailgunMockEventsRequest::pageToken(at));
        url.setQuery(q);
        return url.toString();
    };
    const qint64 lastStart = matching.isEmpty() ? 0 : (matching.size() - 1) / limit * limit;
    const QJsonObject paging {
        // Past the last item the next page is an empty one, which ends the list (§3.4).
        {u"next"_s, pageUrl(items.isEmpty() ? offset : offset + items.size())},
        {u"previous"_s, pageUrl(std::max<qint64>(0, offset - limit))},
        {u"first"_s, pageUrl(0)},
        {u"last"_s, pageUrl(lastStart)},
    };
    replyJson(responder, 200,
              QJsonDocument(QJsonObject {{u"items"_s, items}, {u"paging"_s, paging}}).toJson(QJsonDocument::Compact));
}

void MailgunMockServer::domains(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    auto invalid = [&](const QString& message) { replyJson(responder, 400, MailgunMockPayloads::errorBody(message)); };
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
                                  {u"created_at"_s, MailgunMockPayloads::rfc1123(created)}});
    }
    replyJson(responder, 200,
              QJsonDocument(QJsonObject {{u"total_count"_s, static_cast<qint64>(names.size())}, {u"items"_s, items}})
                  .toJson(QJsonDocument::Compact));
}

} // namespace pm::sim
