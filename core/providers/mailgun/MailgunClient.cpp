#include "providers/mailgun/MailgunClient.h"

#include "providers/PayloadReader.h"
#include "providers/mailgun/MailgunEventPayload.h"
#include "providers/mailgun/MailgunMetricsPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// The Events API's documented maximum page (§3.4).
constexpr int EventsPageSize = 300;
/// Far beyond any failure list we poll: past it, a server whose paging never ends is stopped.
constexpr qint64 MaxEvents = 1'000'000;

int defaultPort(const QUrl& url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80;
}

/// Same scheme, host and port: where the Authorization header may go.
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

/// "https://api.mailgun.net": the part of a URL an error may show.
QString origin(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}
} // namespace

MailgunClient::MailgunClient(QUrl baseUrl, QString apiKey, QString domain, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_domain(std::move(domain))
    , m_http(u"Mailgun"_s, policy)
{ }

QString MailgunClient::errorMessage(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('<')) {
        return {}; // nothing, or an HTML page from whatever stands in front of the API
    }
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parse);
    if (parse.error == QJsonParseError::NoError) {
        const QJsonObject o = doc.object();
        // {"message": …} is Mailgun's documented shape (§3.6); {"error": …} is what a gateway in
        // front of it may send instead.
        for (const QString& field : {u"message"_s, u"error"_s}) {
            const QString text = o.value(field).toString().trimmed();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return {};
    }
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return {}; // broken JSON: nothing in it can be trusted to be a message
    }
    // Plain text: a bad key is said to answer 401 "Forbidden" (UNCONFIRMED). The first line only.
    const QString text = QString::fromUtf8(trimmed).section(u'\n', 0, 0).trimmed();
    return text.size() > 200 ? QString(text.left(200) + u'…') : text;
}

QString MailgunClient::scrub(QString text) const
{
    if (m_apiKey.isEmpty()) {
        return text; // replacing an empty string would insert between every character
    }
    text.replace(m_apiKey, u"***"_s, Qt::CaseInsensitive);
    QByteArray credentials = "api:";
    credentials += m_apiKey.toUtf8();
    text.replace(QString::fromLatin1(credentials.toBase64()), u"***"_s);
    return text;
}

QUrl MailgunClient::endpoint(const QString& path) const
{
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, path);
    return url;
}

bool MailgunClient::checkDomain(QString* error) const
{
    // A host name, so it is one path segment of /v3/{domain}/events and needs no escaping.
    static const QRegularExpression hostName(uR"(^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$)"_s);
    if (m_domain.trimmed().isEmpty()) {
        *error = tr("Mailgun: no sending domain is set for this account. Enter it in Settings.");
        return false;
    }
    if (m_domain.size() > 253 || !hostName.match(m_domain).hasMatch()) {
        *error = tr("Mailgun: \"%1\" is not a domain name. Check the account's sending domain in Settings.")
                     .arg(m_domain.left(60));
        return false;
    }
    return true;
}

std::optional<QByteArray> MailgunClient::call(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                              QString* error)
{
    // HTTP Basic with the fixed user "api" and the private key as the password (§3.1).
    QByteArray credentials = "api:";
    credentials += m_apiKey.toUtf8();
    const QByteArray authorization = QByteArray("Basic ") + credentials.toBase64();
    pm::net::HttpRequest r;
    r.method = method;
    r.url = url;
    r.body = body;
    r.headers
        = {{"Authorization", authorization}, {"Accept", "application/json"}, {"User-Agent", "PenguinMails-Console"}};
    if (!body.isEmpty()) {
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    // Every call here reads: the metrics query is a POST only because its filter is a JSON body,
    // so sending it again changes nothing.
    r.retrySafe = true;
    const pm::net::HttpResponse response = m_http.send(r);
    // The path only: a paging.next URL's query is Mailgun's, but nothing from a URL beyond its path
    // goes into a message.
    const QString where = m_http.describe(r);
    if (!response.refused.isEmpty()) {
        *error = scrub(tr("%1: not sent: %2").arg(where, response.refused));
        return std::nullopt;
    }
    if (!response.transportError.isEmpty()) {
        *error = scrub(tr("%1: %2").arg(where, response.transportError));
        return std::nullopt;
    }
    if (!response.ok()) {
        QString message = errorMessage(response.body);
        if (message.isEmpty()) {
            const QByteArray trimmed = response.body.trimmed();
            // An HTML page comes from a proxy or load balancer in front of the API, not from it.
            message = trimmed.isEmpty()         ? tr("an empty answer")
                      : trimmed.startsWith('<') ? tr("an HTML page, not a Mailgun answer")
                                                : tr("no Mailgun error message");
        }
        const QString status = QString::number(response.status);
        switch (response.status) {
        case 401:
        case 403:
            // §3.6: 403 is an auth error or access denied, a bad key is said to give 401 (UNCONFIRMED);
            // the user does the same for both. A key used against the other region fails this way too.
            *error = tr("%1: the API key was refused (%2: %3). Check the Mailgun account's key and its region "
                        "(US or EU) in Settings.")
                         .arg(where, status, message);
            break;
        case 404:
            *error = tr("%1: not found (404: %2). Check the sending domain \"%3\" and the account's region (US or "
                        "EU) in Settings: a domain lives in one region only.")
                         .arg(where, message, m_domain.left(60));
            break;
        case 429: {
            // Whether Mailgun sends Retry-After is UNCONFIRMED (§3.6): its wait is shown when it does.
            const auto wait = pm::net::HttpClient::retryAfter(response, QDateTime::currentDateTimeUtc());
            *error = wait ? tr("%1: rate limited (429: %2); Mailgun asked to wait %3 s.")
                                .arg(where, message, QString::number((wait->count() + 999) / 1000))
                          : tr("%1: rate limited (429: %2).").arg(where, message);
            break;
        }
        default:
            *error = tr("%1: HTTP %2: %3").arg(where, status, message);
            break;
        }
        *error = scrub(*error);
        return std::nullopt;
    }
    return response.body;
}

std::optional<QList<DailyStats>> MailgunClient::dailyMetrics(const QDate& from, const QDate& to, QString* error)
{
    const QString path = u"/v1/analytics/metrics"_s;
    const QString where = u"Mailgun POST "_s + path;
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = tr("%1: the window %2 … %3 is empty or not a pair of dates.")
                     .arg(where, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    if (!m_domain.isEmpty() && !checkDomain(error)) {
        return std::nullopt;
    }
    QMap<QDate, DailyStats> days;
    // At most one bucket a day, and one more should Mailgun read the end as inclusive: every page
    // brings at least one, so more pages than that means a server that ignores skip.
    const qint64 maxPages = from.daysTo(to) + 2;
    qint64 skip = 0;
    for (qint64 page = 0;; ++page) {
        if (page >= maxPages) {
            *error = tr("%1: more pages than the window has days; stopped paging.").arg(where);
            return std::nullopt;
        }
        const QJsonObject query = MailgunMetricsPayload::requestBody(from, to, m_domain, skip);
        const auto body = call("POST", endpoint(path), QJsonDocument(query).toJson(QJsonDocument::Compact), error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(where);
        const QJsonObject doc = reader.document(*body);
        const QJsonObject pagination = reader.object(doc, u"pagination"_s);
        const qint64 total = reader.count(pagination, u"total"_s, u"pagination"_s);
        // An empty list may come as null (Mailgun's SDK is Go, where an empty list is nil): no items.
        const QJsonArray items = doc.value(u"items"_s).isNull() ? QJsonArray() : reader.array(doc, u"items"_s);
        for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
            const QString at = u"items[%1]"_s.arg(skip + i);
            if (!items.at(i).isObject()) {
                reader.fail(at, tr("expected an object"));
                break;
            }
            const DailyStats d = MailgunMetricsPayload::readItem(reader, items.at(i).toObject(), at);
            if (reader.ok()) {
                days.insert(d.day, d);
            }
        }
        if (!reader.ok()) {
            *error = scrub(reader.error());
            return std::nullopt;
        }
        skip += items.size();
        // Past the total, or an empty page (a total that overstates what there is).
        if (items.isEmpty() || skip >= total) {
            break;
        }
    }
    QList<DailyStats> out;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key() < from || it.key() > to) {
            continue; // outside what was asked: not ours to store
        }
        out << it.value();
    }
    return out;
}

std::optional<QList<MailgunEvent>> MailgunClient::failures(const QDateTime& begin, QString* error)
{
    if (!checkDomain(error)) {
        return std::nullopt;
    }
    const QString path = u"/v3/"_s + m_domain + u"/events"_s;
    const QString where = u"Mailgun GET "_s + path;
    if (!begin.isValid()) {
        *error = tr("%1: the start time is not a valid time.").arg(where);
        return std::nullopt;
    }
    QUrl url = endpoint(path);
    QUrlQuery query;
    query.addQueryItem(u"event"_s, u"failed"_s);
    // Epoch seconds, one of the two documented forms; with no end, the direction must be given (§3.4).
    query.addQueryItem(u"begin"_s, QString::number(begin.toSecsSinceEpoch()));
    query.addQueryItem(u"ascending"_s, u"yes"_s);
    query.addQueryItem(u"limit"_s, QString::number(EventsPageSize));
    url.setQuery(query);

    QList<MailgunEvent> out;
    qint64 index = 0; // of the first item on this page, for error paths across pages
    for (;;) {
        const auto body = call("GET", url, {}, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(where);
        const QJsonObject doc = reader.document(*body);
        // An empty list may come as null (Go's nil list): the end, like [].
        const QJsonArray items = doc.value(u"items"_s).isNull() ? QJsonArray() : reader.array(doc, u"items"_s);
        for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
            const QString at = u"items[%1]"_s.arg(index + i);
            if (!items.at(i).isObject()) {
                reader.fail(at, tr("expected an object"));
                break;
            }
            if (const auto e = MailgunEventPayload::readFailure(reader, items.at(i).toObject(), at)) {
                out << *e;
            }
        }
        if (!reader.ok()) {
            *error = scrub(reader.error());
            return std::nullopt;
        }
        // The list ends with an empty page (§3.4); a short page does not end it.
        if (items.isEmpty()) {
            break;
        }
        index += items.size();
        if (index >= MaxEvents) {
            *error = tr("%1: more than %2 failed events since the start time; stopped paging.")
                         .arg(where, QString::number(MaxEvents));
            return std::nullopt;
        }
        const QJsonObject paging = reader.object(doc, u"paging"_s);
        const QString nextText = reader.string(paging, u"next"_s, u"paging"_s).trimmed();
        if (reader.ok() && nextText.isEmpty()) {
            reader.fail(u"paging.next"_s, tr("empty (expected the next page's URL)"));
        }
        if (!reader.ok()) {
            *error = scrub(reader.error());
            return std::nullopt;
        }
        // A full URL (§3.4), read as relative to the base URL should it ever be a path alone.
        const QUrl next = m_baseUrl.resolved(QUrl(nextText)).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        if (!next.isValid() || next.host().isEmpty()) {
            *error = tr("%1: paging.next is not a URL.").arg(where);
            return std::nullopt;
        }
        // The Authorization header goes with every page: only to the host the key is meant for.
        if (!sameOrigin(next, m_baseUrl)) {
            *error = tr("%1: paging.next points at %2, not at %3; not followed, since the API key would go with it.")
                         .arg(where, origin(next), origin(m_baseUrl));
            return std::nullopt;
        }
        if (next == url) {
            *error = tr("%1: paging.next repeats the page just read; stopped paging.").arg(where);
            return std::nullopt;
        }
        url = next;
    }
    return out;
}

std::optional<int> MailgunClient::testKey(QString* error)
{
    const QString path = u"/v4/domains"_s;
    QUrl url = endpoint(path);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1"_s); // only the total is wanted
    url.setQuery(query);
    const auto body = call("GET", url, {}, error);
    if (!body) {
        return std::nullopt;
    }
    PayloadReader reader(u"Mailgun GET "_s + path);
    const qint64 total = reader.count(reader.document(*body), u"total_count"_s);
    if (!reader.ok()) {
        *error = scrub(reader.error());
        return std::nullopt;
    }
    return static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

} // namespace pm::providers
