#include "sim/mock/SendGridMockServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using pm::providers::DailyStats;
using pm::providers::SendGridSuppression;

namespace pm::sim
{

namespace
{
/// SendGrid's error shape; a null field for errors about the request as a whole.
QByteArray errorBody(const QString& field, const QString& message)
{
    const QJsonObject error {{u"field"_s, field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field)},
                             {u"message"_s, message}};
    return QJsonDocument(QJsonObject {{u"errors"_s, QJsonArray {error}}}).toJson(QJsonDocument::Compact);
}

/// A whole-number query parameter within [min, max]; @p fallback when absent, nothing when malformed.
std::optional<qint64> integerParameter(const QUrlQuery& query, const QString& name, qint64 fallback, qint64 min,
                                       qint64 max)
{
    if (!query.hasQueryItem(name)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

/// One day in SendGrid's metric keys (the documented sets: all sixteen for /v3/stats, the eight
/// confirmed ones for mailbox providers, opens there only when asked). Nothing is dropped here,
/// so processed = requests; an unknown delivered count is what is left after bounces and blocks.
QJsonObject metrics(const DailyStats& d, bool mailboxProvider, bool withOpens)
{
    const qint64 blocks = std::max<qint64>(0, d.blocked);
    const qint64 delivered
        = d.delivered >= 0 ? d.delivered : std::max<qint64>(0, d.sent - d.bouncedHard - d.bouncedSoft - blocks);
    const qint64 uniqueOpens = std::max<qint64>(0, d.opened);
    const qint64 opens = uniqueOpens + uniqueOpens / 2; // some readers open twice
    QJsonObject m {{u"blocks"_s, blocks},
                   {u"bounces"_s, d.bouncedHard},
                   {u"deferred"_s, d.bouncedSoft},
                   {u"delivered"_s, delivered},
                   {u"processed"_s, d.sent},
                   {u"requests"_s, d.sent},
                   {u"spam_reports"_s, d.complaints}};
    if (mailboxProvider) {
        m.insert(u"drops"_s, 0);
        if (withOpens) {
            m.insert(u"opens"_s, opens);
            m.insert(u"unique_opens"_s, uniqueOpens);
        }
        return m;
    }
    m.insert(u"bounce_drops"_s, 0);
    m.insert(u"clicks"_s, 0);
    m.insert(u"invalid_emails"_s, 0);
    m.insert(u"opens"_s, opens);
    m.insert(u"spam_report_drops"_s, 0);
    m.insert(u"unique_clicks"_s, 0);
    m.insert(u"unique_opens"_s, uniqueOpens);
    m.insert(u"unsubscribe_drops"_s, 0);
    m.insert(u"unsubscribes"_s, 0);
    return m;
}
} // namespace

SendGridMockServer::SendGridMockServer(QString apiKey, QObject* parent)
    : MockHttpServer(u"SendGrid"_s, parent)
    , m_apiKey(std::move(apiKey))
    , m_scopes {u"mail.send"_s, u"stats.read"_s, u"suppression.read"_s, u"user.profile.read"_s}
{
    route("GET", u"/v3/stats"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        stats(request, responder, false);
    });
    route("GET", u"/v3/mailbox_providers/stats"_s,
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
              stats(request, responder, true);
          });
    for (const QString& kind : {u"bounces"_s, u"spam_reports"_s, u"blocks"_s}) {
        route("GET", u"/v3/suppression/"_s + kind,
              [this, kind](const QHttpServerRequest& request, QHttpServerResponder& responder) {
                  suppressions(request, responder, kind);
              });
    }
    route("GET", u"/v3/scopes"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        Headers headers;
        if (!admit(request, responder, &headers)) {
            return;
        }
        QMutexLocker lock(&m_dataMutex);
        const QJsonObject body {{u"scopes"_s, QJsonArray::fromStringList(m_scopes)}};
        lock.unlock();
        replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    });
}

void SendGridMockServer::setDays(const QList<DailyStats>& days)
{
    QMutexLocker lock(&m_dataMutex);
    m_days.clear();
    for (const DailyStats& d : days) {
        m_days[d.day].insert(d.scope, d);
    }
}

void SendGridMockServer::setSuppressions(const QString& kind, const QList<SendGridSuppression>& entries)
{
    QList<SendGridSuppression> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const SendGridSuppression& a, const SendGridSuppression& b) { return a.created > b.created; });
    QMutexLocker lock(&m_dataMutex);
    m_suppressions.insert(kind, sorted);
}

void SendGridMockServer::setMailboxProviderOpens(bool on)
{
    QMutexLocker lock(&m_dataMutex);
    m_mailboxProviderOpens = on;
}

void SendGridMockServer::setRateLimitPerMinute(int limit)
{
    QMutexLocker lock(&m_dataMutex);
    m_rateLimit = std::max(1, limit);
    m_windowCount = 0;
    m_windowEnd = 0;
}

void SendGridMockServer::setScopes(const QStringList& scopes)
{
    QMutexLocker lock(&m_dataMutex);
    m_scopes = scopes;
}

bool SendGridMockServer::admit(const QHttpServerRequest& request, QHttpServerResponder& responder, Headers* headers)
{
    const bool keyOk
        = !m_apiKey.isEmpty() && request.value("Authorization") == QByteArray("Bearer ").append(m_apiKey.toUtf8());
    bool limited = false;
    {
        QMutexLocker lock(&m_dataMutex);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (now >= m_windowEnd) {
            m_windowEnd = now + 60;
            m_windowCount = 0;
        }
        // The limit belongs to the account behind a key: a refused key is not charged to it.
        if (keyOk) {
            ++m_windowCount;
            limited = m_windowCount > m_rateLimit;
        }
        *headers = {{"X-RateLimit-Limit", QByteArray::number(m_rateLimit)},
                    {"X-RateLimit-Remaining", QByteArray::number(std::max(0, m_rateLimit - m_windowCount))},
                    {"X-RateLimit-Reset", QByteArray::number(m_windowEnd)}};
    }
    if (!keyOk) {
        replyJson(responder, 401, R"({"errors":[{"field":null,"message":"authorization required"}]})", *headers);
        return false;
    }
    if (limited) {
        replyJson(responder, 429, R"({"errors":[{"field":null,"message":"too many requests"}]})", *headers);
        return false;
    }
    if (request.value("Accept").isEmpty()) {
        // The docs list 406 for a missing Accept header; the exact message is not documented.
        replyJson(responder, 406, errorBody({}, u"an Accept header of application/json is required"_s), *headers);
        return false;
    }
    return true;
}

void SendGridMockServer::stats(const QHttpServerRequest& request, QHttpServerResponder& responder,
                               bool byMailboxProvider)
{
    Headers headers;
    if (!admit(request, responder, &headers)) {
        return;
    }
    const QUrlQuery query(request.url());
    auto invalid = [&](const QString& field, const QString& message) {
        replyJson(responder, 400, errorBody(field, message), headers);
    };
    if (query.queryItemValue(u"start_date"_s).isEmpty()) {
        invalid(u"start_date"_s, u"start_date is required"_s);
        return;
    }
    const QDate from = QDate::fromString(query.queryItemValue(u"start_date"_s), Qt::ISODate);
    if (!from.isValid()) {
        invalid(u"start_date"_s, u"start_date must be in YYYY-MM-DD format"_s);
        return;
    }
    QDate to = QDate::currentDate(); // end_date defaults to today
    if (query.hasQueryItem(u"end_date"_s)) {
        to = QDate::fromString(query.queryItemValue(u"end_date"_s), Qt::ISODate);
        if (!to.isValid() || to < from) {
            invalid(u"end_date"_s, u"end_date must be a YYYY-MM-DD date on or after start_date"_s);
            return;
        }
    }
    const QString aggregatedBy = query.queryItemValue(u"aggregated_by"_s);
    if (!aggregatedBy.isEmpty() && aggregatedBy != u"day"_s) {
        // week and month are real SendGrid values; this mock serves days only.
        invalid(u"aggregated_by"_s, aggregatedBy == u"week"_s || aggregatedBy == u"month"_s
                                        ? u"the mock serves aggregated_by=day only"_s
                                        : u"aggregated_by must be day, week or month"_s);
        return;
    }
    const auto limit = integerParameter(query, u"limit"_s, 500, 1, 500);
    if (!limit) {
        invalid(u"limit"_s, u"limit must be a number from 1 to 500"_s);
        return;
    }
    const auto offset = integerParameter(query, u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (!offset) {
        invalid(u"offset"_s, u"offset must be a number of 0 or more"_s);
        return;
    }
    const QStringList providers = query.allQueryItemValues(u"mailbox_providers"_s, QUrl::FullyDecoded);
    if (providers.size() > 10) {
        invalid(u"mailbox_providers"_s, u"at most 10 mailbox providers may be given"_s);
        return;
    }

    // Dates with something to report, oldest first; the page is a slice of them.
    QJsonArray dates;
    QMutexLocker lock(&m_dataMutex);
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if (it.key() < from || it.key() > to) {
            continue;
        }
        QJsonArray parts;
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s) {
            const bool account = s.key().isEmpty();
            if (account == byMailboxProvider
                || (byMailboxProvider && !providers.isEmpty() && !providers.contains(s.key()))) {
                continue;
            }
            QJsonObject stat {{u"metrics"_s, metrics(s.value(), byMailboxProvider, m_mailboxProviderOpens)}};
            if (byMailboxProvider) {
                stat.insert(u"type"_s, u"mailbox_provider"_s);
                stat.insert(u"name"_s, s.key());
            }
            parts.append(stat);
        }
        if (!parts.isEmpty()) {
            dates.append(QJsonObject {{u"date"_s, it.key().toString(Qt::ISODate)}, {u"stats"_s, parts}});
        }
    }
    lock.unlock();
    QJsonArray page;
    for (qint64 i = *offset; i < std::min<qint64>(*offset + *limit, dates.size()); ++i) {
        page.append(dates.at(i));
    }
    replyJson(responder, 200, QJsonDocument(page).toJson(QJsonDocument::Compact), headers);
}

void SendGridMockServer::suppressions(const QHttpServerRequest& request, QHttpServerResponder& responder,
                                      const QString& kind)
{
    Headers headers;
    if (!admit(request, responder, &headers)) {
        return;
    }
    const QUrlQuery query(request.url());
    auto invalid = [&](const QString& field, const QString& message) {
        replyJson(responder, 400, errorBody(field, message), headers);
    };
    // limit ≤ 500 is documented; what SendGrid answers past it is not (a 400 here).
    const auto limit = integerParameter(query, u"limit"_s, 500, 1, 500);
    if (!limit) {
        invalid(u"limit"_s, u"limit must be a number from 1 to 500"_s);
        return;
    }
    const auto offset = integerParameter(query, u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (!offset) {
        invalid(u"offset"_s, u"offset must be a number of 0 or more"_s);
        return;
    }
    const auto startTime = integerParameter(query, u"start_time"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (!startTime) {
        invalid(u"start_time"_s, u"start_time must be a unix timestamp"_s);
        return;
    }
    const auto endTime = integerParameter(query, u"end_time"_s, std::numeric_limits<qint64>::max(), 0,
                                          std::numeric_limits<qint64>::max());
    if (!endTime) {
        invalid(u"end_time"_s, u"end_time must be a unix timestamp"_s);
        return;
    }

    QMutexLocker lock(&m_dataMutex);
    QList<SendGridSuppression> matching;
    const QList<SendGridSuppression> all = m_suppressions.value(kind);
    lock.unlock();
    for (const SendGridSuppression& s : all) {
        const qint64 created = s.created.toSecsSinceEpoch();
        if (created >= *startTime && created <= *endTime) { // both inclusive
            matching << s;
        }
    }
    QJsonArray page;
    for (qint64 i = *offset; i < std::min<qint64>(*offset + *limit, matching.size()); ++i) {
        const SendGridSuppression& s = matching.at(i);
        QJsonObject item {{u"created"_s, s.created.toSecsSinceEpoch()}, {u"email"_s, s.email}};
        if (kind == u"spam_reports"_s) {
            item.insert(u"ip"_s, u"198.51.100.7"_s); // spam reports name the sending IP, not a reason
        } else {
            item.insert(u"reason"_s, s.reason);
            item.insert(u"status"_s, s.status);
        }
        page.append(item);
    }
    replyJson(responder, 200, QJsonDocument(page).toJson(QJsonDocument::Compact), headers);
}

} // namespace pm::sim
