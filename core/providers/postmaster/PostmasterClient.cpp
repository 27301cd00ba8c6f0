#include "providers/postmaster/PostmasterClient.h"

#include "providers/PayloadReader.h"
#include "providers/postmaster/PostmasterMetricQuery.h"
#include "providers/postmaster/PostmasterPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// The largest page v2 takes, for both domains.list and domainStats:query: fewest calls against a
/// quota Google does not publish (UNCONFIRMED, §6.4). The server may still send less.
constexpr int PageSize = 200;
/// Far beyond any account: past it, a server that ignores the page token would be paged forever.
constexpr int MaxDomainPages = 1000;

/// A fully qualified domain name in ASCII (punycode for IDNs): it goes into the URL path, so
/// nothing else may.
bool isDomainName(const QString& domain)
{
    static const QRegularExpression pattern(
        uR"(^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"_s);
    return domain.size() <= 253 && pattern.match(domain).hasMatch();
}

/// "domains/example.com" (as domains() callers might pass it) or "example.com" → "example.com".
QString bareDomain(const QString& domain)
{
    QString d = domain.trimmed();
    if (d.startsWith(u"domains/"_s)) {
        d = d.mid(8);
    }
    return d;
}
} // namespace

QJsonObject PostmasterDayStats::toMetrics() const
{
    QJsonObject m;
    auto put = [&m](const QString& key, const std::optional<double>& value) {
        if (value) {
            m.insert(key, *value);
        }
    };
    put(u"userReportedSpamRatio"_s, userReportedSpamRatio);
    put(u"spfSuccessRatio"_s, spfSuccessRatio);
    put(u"dkimSuccessRatio"_s, dkimSuccessRatio);
    put(u"dmarcSuccessRatio"_s, dmarcSuccessRatio);
    put(u"inboundEncryptionRatio"_s, inboundEncryptionRatio);
    if (!deliveryErrors.isEmpty()) {
        QJsonObject errors;
        for (const auto& [type, ratio] : deliveryErrors) {
            errors.insert(type, ratio);
        }
        m.insert(u"deliveryErrors"_s, errors);
    }
    if (!legacyDomainReputation.isEmpty()) {
        m.insert(u"domainReputation"_s, legacyDomainReputation);
    }
    return m;
}

PostmasterClient::PostmasterClient(QUrl baseUrl, QString accessToken, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(accessToken).trimmed()) // a pasted token often brings a line break along
    , m_http(u"Google Postmaster Tools"_s, policy)
{ }

QString PostmasterClient::errorMessage(const QByteArray& body)
{
    // The OAuth endpoints answer {"error": "invalid_grant"} instead: not an envelope, so nothing.
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString message = e.value(u"message"_s).toString().trimmed();
    const QString status = e.value(u"status"_s).toString();
    if (message.isEmpty()) {
        return status;
    }
    return status.isEmpty() ? message : u"%1 (%2)"_s.arg(message, status);
}

QString PostmasterClient::scrub(QString text) const
{
    if (m_token.isEmpty()) {
        return text; // replacing an empty string would insert between every character
    }
    return text.replace(m_token, u"***"_s);
}

std::optional<QByteArray> PostmasterClient::call(const QByteArray& method, const QString& path,
                                                 const QList<QPair<QString, QString>>& query, const QByteArray& body,
                                                 bool aboutDomain, QString* where, QString* error)
{
    pm::net::HttpRequest r;
    r.method = method;
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto& [name, value] : query) {
            q.addQueryItem(name, value);
        }
        url.setQuery(q);
    }
    r.url = url;
    r.headers = {{"Authorization", QByteArray("Bearer ").append(m_token.toUtf8())}, {"Accept", "application/json"}};
    if (!body.isEmpty()) {
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    r.body = body;
    // Every call here only reads — the POST of domainStats:query too, which is a query with a
    // body — so each may be sent again after a failure.
    r.retrySafe = true;
    *where = m_http.describe(r);
    if (m_token.isEmpty()) {
        *error = tr("%1: no access token is set for this account. Connect the Google account in Settings.").arg(*where);
        return std::nullopt;
    }
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.refused.isEmpty()) {
        *error = scrub(tr("%1: not sent: %2").arg(*where, response.refused));
        return std::nullopt;
    }
    if (!response.transportError.isEmpty()) {
        *error = scrub(tr("%1: %2").arg(*where, response.transportError));
        return std::nullopt;
    }
    if (!response.ok()) {
        QString message = errorMessage(response.body);
        if (message.isEmpty()) {
            // Google's front end answers some failures (a proxy, a wrong base URL) with an HTML page.
            const QByteArray trimmed = response.body.trimmed();
            message = trimmed.startsWith('<') ? tr("an HTML page, not a Google API answer")
                      : trimmed.isEmpty()     ? tr("an empty answer")
                                              : tr("no Google error body");
        }
        const QString status = QString::number(response.status);
        switch (response.status) {
        case 401:
            // UNAUTHENTICATED: access tokens live about an hour, so an expired one is the usual cause.
            *error = tr("%1: the access token was refused or expired (401: %2). Reconnect the Google account in "
                        "Settings.")
                         .arg(*where, message);
            break;
        case 403:
            // PERMISSION_DENIED: §6.4 documents it for domains the user has not verified; the same
            // status also covers a token without a Postmaster scope or an API not enabled.
            *error = aboutDomain
                         ? tr("%1: the domain is not verified for this account (403: %2). Verify it in Postmaster "
                              "Tools with the Google account that granted the token.")
                               .arg(*where, message)
                         : tr("%1: access denied (403: %2). The token may lack the Postmaster Tools scope, or the "
                              "API is not enabled for the Google Cloud project.")
                               .arg(*where, message);
            break;
        case 404:
            *error = aboutDomain
                         ? tr("%1: the domain is not registered in Postmaster Tools for this account (404: "
                              "%2).")
                               .arg(*where, message)
                         : tr("%1: HTTP 404: %2. Check the account's base URL in Settings.").arg(*where, message);
            break;
        case 429:
            // RESOURCE_EXHAUSTED: the quota numbers are not published (§6.4). The data is daily.
            *error = tr("%1: quota exhausted (429: %2). Postmaster data changes once a day; the next sync tries "
                        "again.")
                         .arg(*where, message);
            break;
        default:
            *error = tr("%1: HTTP %2: %3").arg(*where, status, message);
            break;
        }
        *error = scrub(*error);
        return std::nullopt;
    }
    return response.body;
}

std::optional<QList<PostmasterDayStats>> PostmasterClient::domainStats(const QString& domain, const QDate& from,
                                                                       const QDate& to, QString* error)
{
    const QString name = bareDomain(domain);
    if (!isDomainName(name)) {
        *error = tr("Google Postmaster Tools: \"%1\" is not a domain name.").arg(name.left(80));
        return std::nullopt;
    }
    const QString path = u"/v2/domains/"_s + name + u"/domainStats:query"_s;
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = tr("Google Postmaster Tools POST %1: the window %2 … %3 is empty or not a pair of dates.")
                     .arg(path, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }

    // provider-apis.md §6.3: one metricDefinitions entry per value wanted, the window as one date
    // range (inclusive at both ends), DAILY granularity, and pageToken from the previous answer.
    const QJsonArray definitions = PostmasterMetricQuery::metricDefinitions();
    const QJsonObject timeQuery = PostmasterMetricQuery::dateRangeTimeQuery(from, to);

    QMap<QDate, PostmasterDayStats> days;
    QSet<QString> usedTokens;
    QString token;
    qsizetype seen = 0; // entries read on earlier pages, so paths count across pages
    // Each page but the last holds at least one entry: never more pages than entries can exist.
    const qint64 maxPages = (from.daysTo(to) + 1) * PostmasterMetricQuery::all().size() + 1;
    for (qint64 page = 0;; ++page) {
        if (page >= maxPages) {
            *error
                = tr("Google Postmaster Tools POST %1: more pages than the window can fill; stopped paging.").arg(path);
            return std::nullopt;
        }
        QJsonObject request {{u"metricDefinitions"_s, definitions},
                             {u"timeQuery"_s, timeQuery},
                             {u"pageSize"_s, PageSize},
                             {u"aggregationGranularity"_s, u"DAILY"_s}};
        if (!token.isEmpty()) {
            request.insert(u"pageToken"_s, token);
        }
        QString where;
        const auto body
            = call("POST", path, {}, QJsonDocument(request).toJson(QJsonDocument::Compact), true, &where, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(where);
        const QJsonObject doc = reader.document(*body);
        const qsizetype entriesRead = PostmasterPayload::readStatsPage(reader, doc, seen, name, &days);
        const QString next = PostmasterPayload::nextPageToken(reader, doc);
        if (!reader.ok()) {
            *error = scrub(reader.error());
            return std::nullopt;
        }
        seen += entriesRead;
        if (next.isEmpty()) {
            break; // the last page; a short page is not one (the server may send fewer than asked)
        }
        if (usedTokens.contains(next)) {
            *error = tr("Google Postmaster Tools POST %1: the server sent the same page token twice; stopped paging.")
                         .arg(path);
            return std::nullopt;
        }
        usedTokens.insert(next);
        token = next;
    }

    QList<PostmasterDayStats> out;
    for (auto it = days.begin(); it != days.end(); ++it) {
        if (it.key() < from || it.key() > to) {
            continue; // outside what was asked: not ours to store
        }
        std::sort(it->deliveryErrors.begin(), it->deliveryErrors.end(),
                  [](const QPair<QString, double>& a, const QPair<QString, double>& b) { return a.first < b.first; });
        out << *it;
    }
    return out;
}

std::optional<PostmasterCompliance> PostmasterClient::complianceStatus(const QString& domain, QString* error)
{
    const QString name = bareDomain(domain);
    if (!isDomainName(name)) {
        *error = tr("Google Postmaster Tools: \"%1\" is not a domain name.").arg(name.left(80));
        return std::nullopt;
    }
    QString where;
    const auto body
        = call("GET", QString(u"/v2/domains/"_s + name + u"/complianceStatus"_s), {}, {}, true, &where, error);
    if (!body) {
        return std::nullopt;
    }
    PayloadReader reader(where);
    const QJsonObject doc = reader.document(*body);
    PostmasterCompliance c = PostmasterPayload::readCompliance(reader, doc, name);
    if (!reader.ok()) {
        *error = scrub(reader.error());
        return std::nullopt;
    }
    return c;
}

std::optional<QStringList> PostmasterClient::domains(QString* error)
{
    QStringList out;
    QSet<QString> usedTokens;
    QString token;
    for (int page = 0;; ++page) {
        if (page >= MaxDomainPages) {
            *error = tr("Google Postmaster Tools GET /v2/domains: more than %1 pages; stopped paging.")
                         .arg(MaxDomainPages);
            return std::nullopt;
        }
        QList<QPair<QString, QString>> query {{u"pageSize"_s, QString::number(PageSize)}};
        if (!token.isEmpty()) {
            query.append({u"pageToken"_s, token});
        }
        QString where;
        const auto body = call("GET", u"/v2/domains"_s, query, {}, false, &where, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(where);
        const QJsonObject doc = reader.document(*body);
        PostmasterPayload::readDomainsPage(reader, doc, &out);
        const QString next = PostmasterPayload::nextPageToken(reader, doc);
        if (!reader.ok()) {
            *error = scrub(reader.error());
            return std::nullopt;
        }
        if (next.isEmpty()) {
            break;
        }
        if (usedTokens.contains(next)) {
            *error = tr("Google Postmaster Tools GET /v2/domains: the server sent the same page token twice; stopped "
                        "paging.");
            return std::nullopt;
        }
        usedTokens.insert(next);
        token = next;
    }
    // Google's order is "unspecified and non-deterministic" (§6.2).
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace pm::providers
