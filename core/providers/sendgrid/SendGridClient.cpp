#include "providers/sendgrid/SendGridClient.h"

#include "providers/PayloadReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// Dates per stats page: the mailbox-provider endpoint's documented default (at most 500 items);
/// /v3/stats takes the same limit/offset. Only a window longer than 500 days needs a second page.
constexpr int StatsPageSize = 500;
/// SendGrid's maximum page size for the suppression lists.
constexpr int MaxSuppressionPage = 500;
/// Far beyond any list we poll: past it, a server that ignored offset would be paged forever.
constexpr qint64 MaxSuppressions = 1'000'000;
/// SendGrid takes at most this many mailbox_providers per request.
constexpr int MaxMailboxProviders = 10;

bool isSuppressionKind(const QString& kind)
{
    return kind == u"bounces"_s || kind == u"spam_reports"_s || kind == u"blocks"_s;
}

/**
 * One SendGrid metrics object in our terms:
 * - sent = "requests" (the emails asked to be delivered, as "Sent" is for Postmark); "processed"
 *   would leave out the drops of suppressed recipients, which still count against a sender;
 * - bouncedHard = "bounces": SendGrid retries deferrals itself and reports no soft-bounce
 *   counter, so soft bounces stay 0 rather than being guessed from "deferred" (a deferral may
 *   still be delivered);
 * - opened = "unique_opens" (recipients who opened), not "opens": one reader opening five times is
 *   one opened message.
 * SendGrid's schema marks every metric optional, so an absent one reads as 0 — except the opens
 * of a mailbox provider, which the docs do not promise (UNCONFIRMED): absent there is "not
 * reported" (-1), never a guessed 0.
 */
DailyStats fromMetrics(PayloadReader& reader, const QJsonObject& metrics, const QString& path, bool mailboxProvider)
{
    DailyStats d;
    d.sent = reader.count(metrics, u"requests"_s, path, 0);
    d.delivered = reader.count(metrics, u"delivered"_s, path, 0);
    d.bouncedHard = reader.count(metrics, u"bounces"_s, path, 0);
    d.complaints = reader.count(metrics, u"spam_reports"_s, path, 0);
    d.blocked = reader.count(metrics, u"blocks"_s, path, 0);
    d.opened = mailboxProvider && !metrics.contains(u"unique_opens"_s)
                   ? -1
                   : reader.count(metrics, u"unique_opens"_s, path, 0);
    return d;
}
} // namespace

SendGridClient::SendGridClient(QUrl baseUrl, QString apiKey, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_http(u"SendGrid"_s, policy)
{ }

QString SendGridClient::errorMessage(const QByteArray& body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
    QStringList parts;
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonObject e = errors.at(i).toObject();
        const QString message = e.value(u"message"_s).toString();
        if (message.isEmpty()) {
            continue;
        }
        // "field" is null when the error is about the request as a whole (401, 429).
        const QString field = e.value(u"field"_s).toString();
        parts << (field.isEmpty() ? message : u"%1: %2"_s.arg(field, message));
    }
    return parts.join(u"; "_s);
}

std::optional<QByteArray> SendGridClient::get(const QString& path, const QList<QPair<QString, QString>>& query,
                                              QString* error)
{
    pm::net::HttpRequest r;
    r.method = "GET";
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, path);
    QUrlQuery q;
    for (const auto& [name, value] : query) {
        q.addQueryItem(name, value);
    }
    url.setQuery(q);
    r.url = url;
    // SendGrid answers 406 without an Accept header.
    r.headers = {{"Authorization", QByteArray("Bearer ").append(m_apiKey.toUtf8())}, {"Accept", "application/json"}};
    r.retrySafe = true; // reads only
    const pm::net::HttpResponse response = m_http.send(r);
    const QString where = m_http.describe(r);
    if (!response.refused.isEmpty()) {
        *error = tr("%1: not sent: %2").arg(where, response.refused);
        return std::nullopt;
    }
    if (!response.transportError.isEmpty()) {
        *error = tr("%1: %2").arg(where, response.transportError);
        return std::nullopt;
    }
    if (!response.ok()) {
        QString message = errorMessage(response.body);
        if (message.isEmpty()) {
            // An HTML page comes from a proxy or load balancer in front of the API, not from it.
            message = response.body.trimmed().startsWith('<') ? tr("an HTML page, not a SendGrid answer")
                      : response.body.trimmed().isEmpty()     ? tr("an empty answer")
                                                              : tr("no SendGrid error body");
        }
        switch (response.status) {
        case 401:
            *error = tr("%1: the API key was refused (401: %2). Check the SendGrid account's key in Settings.")
                         .arg(where, message);
            break;
        case 403:
            // SendGrid's 403 is either a key without this permission or a temporary block after
            // too many bad requests; the body does not always say which.
            *error = tr("%1: forbidden (403: %2). The key may lack read access to Stats or Suppressions, or "
                        "SendGrid is blocking it for a while after too many bad requests.")
                         .arg(where, message);
            break;
        case 429: {
            // X-RateLimit-Reset is an epoch time in seconds (provider-apis.md §4.5).
            bool numeric = false;
            const qint64 reset = response.header("x-ratelimit-reset").trimmed().toLongLong(&numeric);
            *error = numeric && reset > 0
                         ? tr("%1: rate limited (429: %2); SendGrid's window resets at %3 UTC.")
                               .arg(where, message,
                                    QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s))
                         : tr("%1: rate limited (429: %2).").arg(where, message);
            break;
        }
        default:
            *error = tr("%1: HTTP %2: %3").arg(where, QString::number(response.status), message);
            break;
        }
        return std::nullopt;
    }
    return response.body;
}

QJsonArray SendGridClient::list(PayloadReader& reader, const QByteArray& body)
{
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        // PayloadReader words an empty or broken body the same way for every provider.
        reader.document(body);
        return {};
    }
    if (!doc.isArray()) {
        reader.fail({}, tr("the response is not a JSON list"));
        return {};
    }
    return doc.array();
}

std::optional<QList<DailyStats>> SendGridClient::stats(const QString& path, const QDate& from, const QDate& to,
                                                       const QList<QPair<QString, QString>>& extraQuery, QString* error)
{
    const bool byMailboxProvider = path != u"/v3/stats"_s;
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = tr("SendGrid GET %1: the window %2 … %3 is empty or not a pair of dates.")
                     .arg(path, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    QMap<QPair<QDate, QString>, DailyStats> days;
    // A server that ignored offset would send the same dates again: never more pages than the
    // window can fill.
    const qint64 maxPages = from.daysTo(to) / StatsPageSize + 1;
    for (qint64 page = 0; page < maxPages; ++page) {
        const qint64 offset = page * StatsPageSize;
        QList<QPair<QString, QString>> query {{u"start_date"_s, from.toString(Qt::ISODate)},
                                              {u"end_date"_s, to.toString(Qt::ISODate)},
                                              {u"aggregated_by"_s, u"day"_s},
                                              {u"limit"_s, QString::number(StatsPageSize)},
                                              {u"offset"_s, QString::number(offset)}};
        query += extraQuery;
        const auto body = get(path, query, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(u"SendGrid GET "_s + path);
        const QJsonArray entries = list(reader, *body);
        for (qsizetype i = 0; i < entries.size() && reader.ok(); ++i) {
            const QString at = u"[%1]"_s.arg(offset + i);
            if (!entries.at(i).isObject()) {
                reader.fail(at, tr("expected an object"));
                break;
            }
            const QJsonObject entry = entries.at(i).toObject();
            const QDate day = reader.date(entry, u"date"_s, at);
            const QJsonArray parts = reader.array(entry, u"stats"_s, at);
            // The account's day is one stats element; should SendGrid ever split it, the parts add up.
            // No element at all: SendGrid reports the day with nothing sent.
            DailyStats total;
            total.day = day;
            total.delivered = 0;
            total.blocked = 0;
            total.opened = 0;
            for (qsizetype j = 0; j < parts.size() && reader.ok(); ++j) {
                const QString statPath = QString(at + u".stats[%1]"_s.arg(j));
                if (!parts.at(j).isObject()) {
                    reader.fail(statPath, tr("expected an object"));
                    break;
                }
                const QJsonObject stat = parts.at(j).toObject();
                QString scope;
                if (byMailboxProvider) {
                    // Only mailbox providers were asked for; another breakdown is not ours to store.
                    const QJsonValue type = stat.value(u"type"_s);
                    if (type.isString() && type.toString() != u"mailbox_provider"_s) {
                        continue;
                    }
                    scope = reader.string(stat, u"name"_s, statPath);
                    if (reader.ok() && scope.trimmed().isEmpty()) {
                        reader.fail(QString(statPath + u".name"_s), tr("empty (expected a mailbox provider)"));
                    }
                }
                const QJsonObject metrics = reader.object(stat, u"metrics"_s, statPath);
                const DailyStats d = fromMetrics(reader, metrics, QString(statPath + u".metrics"_s), byMailboxProvider);
                if (byMailboxProvider) {
                    DailyStats row = d;
                    row.day = day;
                    row.scope = scope;
                    days.insert({day, scope}, row);
                } else {
                    total.sent += d.sent;
                    total.delivered += d.delivered;
                    total.bouncedHard += d.bouncedHard;
                    total.complaints += d.complaints;
                    total.blocked += d.blocked;
                    total.opened += d.opened;
                }
            }
            if (!byMailboxProvider && reader.ok()) {
                days.insert({day, QString()}, total);
            }
        }
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
        if (entries.size() < StatsPageSize) {
            break; // the last page
        }
    }
    QList<DailyStats> out;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key().first < from || it.key().first > to) {
            continue; // outside what was asked: not ours to store
        }
        out << it.value();
    }
    return out;
}

std::optional<QList<DailyStats>> SendGridClient::globalStats(const QDate& from, const QDate& to, QString* error)
{
    return stats(u"/v3/stats"_s, from, to, {}, error);
}

std::optional<QList<DailyStats>> SendGridClient::mailboxProviderStats(const QDate& from, const QDate& to,
                                                                      QString* error,
                                                                      const QStringList& mailboxProviders)
{
    if (mailboxProviders.size() > MaxMailboxProviders) {
        *error = tr("SendGrid GET /v3/mailbox_providers/stats: at most %1 mailbox providers per request, not %2.")
                     .arg(QString::number(MaxMailboxProviders), QString::number(mailboxProviders.size()));
        return std::nullopt;
    }
    QList<QPair<QString, QString>> extra;
    for (const QString& provider : mailboxProviders) {
        extra.append({u"mailbox_providers"_s, provider}); // repeated, one per provider
    }
    return stats(u"/v3/mailbox_providers/stats"_s, from, to, extra, error);
}

std::optional<QList<SendGridSuppression>> SendGridClient::suppressions(const QString& kind, qint64 startTime,
                                                                       QString* error, int pageSize)
{
    if (!isSuppressionKind(kind)) {
        *error = tr("SendGrid: there is no suppression list \"%1\" here (expected bounces, spam_reports or blocks).")
                     .arg(kind.left(40));
        return std::nullopt;
    }
    const QString path = u"/v3/suppression/"_s + kind;
    pageSize = std::clamp(pageSize, 1, MaxSuppressionPage);
    QList<SendGridSuppression> out;
    for (qint64 offset = 0;; offset += pageSize) {
        if (offset >= MaxSuppressions) {
            *error = tr("SendGrid GET %1: more than %2 entries since the start time; stopped paging.")
                         .arg(path, QString::number(MaxSuppressions));
            return std::nullopt;
        }
        // offset stays a multiple of limit, as SendGrid asks.
        QList<QPair<QString, QString>> query {{u"limit"_s, QString::number(pageSize)},
                                              {u"offset"_s, QString::number(offset)}};
        if (startTime > 0) {
            query.append({u"start_time"_s, QString::number(startTime)});
        }
        const auto body = get(path, query, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(u"SendGrid GET "_s + path);
        const QJsonArray page = list(reader, *body);
        for (qsizetype i = 0; i < page.size() && reader.ok(); ++i) {
            const QString at = u"[%1]"_s.arg(offset + i);
            if (!page.at(i).isObject()) {
                reader.fail(at, tr("expected an object"));
                break;
            }
            const QJsonObject o = page.at(i).toObject();
            SendGridSuppression s;
            // Unix seconds; documented as "number" for bounces, so a fraction is accepted.
            const QJsonValue created = o.value(u"created"_s);
            if (!created.isDouble() || created.toDouble() < 0 || created.toDouble() > 253'402'300'799.0) {
                reader.fail(QString(at + u".created"_s), created.isUndefined() ? tr("missing (expected a unix time)")
                                                                               : tr("expected a unix time in seconds"));
                break;
            }
            s.created = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(created.toDouble() * 1000.0), Qt::UTC);
            s.email = reader.string(o, u"email"_s, at);
            // Spam reports have an ip instead; neither field is needed to act on an entry.
            s.reason = o.value(u"reason"_s).toString();
            s.status = o.value(u"status"_s).toString();
            out << s;
        }
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
        // The last page: shorter than asked, or empty.
        if (page.size() < pageSize) {
            break;
        }
    }
    return out;
}

std::optional<QString> SendGridClient::testKey(QString* error)
{
    const auto body = get(u"/v3/scopes"_s, {}, error);
    if (!body) {
        return std::nullopt;
    }
    PayloadReader reader(u"SendGrid GET /v3/scopes"_s);
    const QJsonArray scopes = reader.array(reader.document(*body), u"scopes"_s);
    for (qsizetype i = 0; i < scopes.size() && reader.ok(); ++i) {
        if (!scopes.at(i).isString()) {
            reader.fail(u"scopes[%1]"_s.arg(i), tr("expected text"));
        }
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return tr("%n scope(s)", nullptr, static_cast<int>(scopes.size()));
}

} // namespace pm::providers
