#include "providers/postmaster/PostmasterClient.h"

#include "providers/PayloadReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

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

enum class Target
{
    SpamRate,
    Spf,
    Dkim,
    Dmarc,
    InboundTls,
    DeliveryError,
};

/// One metricDefinitions entry of the query. The label is ours: Google echoes it back as
/// DomainStat.metric, which is how a value finds its field.
struct MetricQuery
{
    QString label;
    QString standardMetric;
    QString filter; ///< empty: none
    Target target;
    QString errorType; ///< DeliveryError only: the key in PostmasterDayStats::deliveryErrors
};

/**
 * What domainStats() asks for, with the filters §6.3 documents. Delivery errors are asked per
 * class (error_type), not per reason: the reasons Google lists may change, and a class total is
 * what a snapshot tile shows. TLS is "inbound" — mail coming in to Gmail, i.e. ours.
 */
const QList<MetricQuery>& metricQueries()
{
    static const QList<MetricQuery> queries {
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

const MetricQuery* findQuery(const QString& label)
{
    for (const MetricQuery& q : metricQueries()) {
        if (q.label == label) {
            return &q;
        }
    }
    return nullptr;
}

void apply(PostmasterDayStats& d, const MetricQuery& q, double value)
{
    switch (q.target) {
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
                                     [&q](const QPair<QString, double>& e) { return e.first == q.errorType; });
        if (it != d.deliveryErrors.end()) {
            it->second = value; // the same day and metric twice: the later one stands
        } else {
            d.deliveryErrors.append(qMakePair(q.errorType, value));
        }
        break;
    }
    }
}

/// google.type.Date as JSON.
QJsonObject dateJson(const QDate& d)
{
    return QJsonObject {{u"year"_s, d.year()}, {u"month"_s, d.month()}, {u"day"_s, d.day()}};
}

QString at(const QString& path, const QString& field)
{
    return path.isEmpty() ? field : QString(path + u'.' + field);
}

/// A field Google may leave out (proto3 drops empty values): empty when absent, an error when
/// present but not text.
QString optionalString(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path)
{
    return o.contains(field) ? reader.string(o, field, path) : QString();
}

QJsonObject optionalObject(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path)
{
    return o.contains(field) ? reader.object(o, field, path) : QJsonObject();
}

/// An empty repeated field is left out of the JSON entirely: absent is an empty list.
QJsonArray optionalArray(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path = {})
{
    return o.contains(field) ? reader.array(o, field, path) : QJsonArray();
}

/**
 * A DomainStat's value as a ratio. StatisticValue is a union (§6.3): a rate comes as doubleValue
 * or floatValue (a JSON number, or a string such as "NaN" in proto3 JSON), and intValue — an int64,
 * so a JSON string — is read too. An empty or absent value is no data, not 0.
 * UNCONFIRMED: §6.3 does not give the unit of v2's *_RATE metrics; like v1's ratios they are read
 * as fractions, and anything outside 0..1 (a percentage, say) is refused with its path rather
 * than stored 100 times too large.
 */
std::optional<double> readRatio(PayloadReader& reader, const QJsonObject& entry, const QString& path)
{
    const QJsonValue v = entry.value(u"value"_s);
    if (v.isUndefined() || v.isNull() || !reader.ok()) {
        return std::nullopt;
    }
    const QString valuePath = at(path, u"value"_s);
    if (!v.isObject()) {
        reader.fail(valuePath, PostmasterClient::tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject value = v.toObject();
    for (const QString& field : {u"doubleValue"_s, u"floatValue"_s, u"intValue"_s}) {
        if (!value.contains(field)) {
            continue;
        }
        const QJsonValue n = value.value(field);
        bool numeric = n.isDouble();
        double d = n.toDouble();
        if (n.isString()) {
            d = n.toString().trimmed().toDouble(&numeric);
        }
        if (!numeric || !std::isfinite(d)) {
            reader.fail(at(valuePath, field), PostmasterClient::tr("expected a number"));
            return std::nullopt;
        }
        if (d < 0 || d > 1) {
            reader.fail(at(valuePath, field), PostmasterClient::tr("%1 is not a ratio from 0 to 1").arg(d));
            return std::nullopt;
        }
        return d;
    }
    if (value.contains(u"stringValue"_s) || value.contains(u"stringList"_s)) {
        reader.fail(valuePath, PostmasterClient::tr("expected a number, not text"));
    }
    return std::nullopt;
}

/// DomainStat.date (google.type.Date: year, month, day as numbers).
QDate readDate(PayloadReader& reader, const QJsonObject& entry, const QString& path)
{
    const QJsonObject date = reader.object(entry, u"date"_s, path);
    const QString datePath = at(path, u"date"_s);
    const qint64 year = reader.count(date, u"year"_s, datePath);
    const qint64 month = reader.count(date, u"month"_s, datePath);
    const qint64 day = reader.count(date, u"day"_s, datePath);
    if (!reader.ok()) {
        return {};
    }
    const QDate d = year <= 9999 && month <= 12 && day <= 31
                        ? QDate(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day))
                        : QDate();
    if (!d.isValid()) {
        reader.fail(datePath, PostmasterClient::tr("%1-%2-%3 is not a date").arg(year).arg(month).arg(day));
    }
    return d;
}

/// nextPageToken: absent or empty on the last page.
QString nextPageToken(PayloadReader& reader, const QJsonObject& doc)
{
    return optionalString(reader, doc, u"nextPageToken"_s, {});
}

/// One DomainComplianceData in PostmasterCompliance::details terms; every status it holds is
/// added to @p statuses.
QJsonObject complianceData(PayloadReader& reader, const QJsonObject& data, const QString& path, QStringList* statuses)
{
    QJsonObject out;
    const QString domainId = optionalString(reader, data, u"domainId"_s, path);
    if (!domainId.isEmpty()) {
        out.insert(u"domainId"_s, domainId);
    }
    // A status left out is the enum's zero value (proto3).
    auto statusOf = [&](const QJsonObject& o, const QString& oPath) {
        const QJsonObject status = optionalObject(reader, o, u"status"_s, oPath);
        const QString s = optionalString(reader, status, u"status"_s, at(oPath, u"status"_s));
        return s.isEmpty() ? u"STATE_UNSPECIFIED"_s : s;
    };
    const QJsonArray rows = optionalArray(reader, data, u"rowData"_s, path);
    QJsonObject requirements;
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString rowPath = at(path, u"rowData[%1]"_s.arg(i));
        if (!rows.at(i).isObject()) {
            reader.fail(rowPath, PostmasterClient::tr("expected an object"));
            break;
        }
        const QJsonObject row = rows.at(i).toObject();
        QString requirement = optionalString(reader, row, u"requirement"_s, rowPath);
        if (requirement.isEmpty()) {
            requirement = u"COMPLIANCE_REQUIREMENT_UNSPECIFIED"_s;
        }
        const QString status = statusOf(row, rowPath);
        requirements.insert(requirement, status);
        *statuses << status;
    }
    if (!requirements.isEmpty()) {
        out.insert(u"requirements"_s, requirements);
    }
    const QList<QPair<QString, QString>> verdicts {{u"oneClickUnsubscribeVerdict"_s, u"oneClickUnsubscribe"_s},
                                                   {u"honorUnsubscribeVerdict"_s, u"honorUnsubscribe"_s}};
    for (const auto& [field, key] : verdicts) {
        if (!data.contains(field) || !reader.ok()) {
            continue;
        }
        const QString verdictPath = at(path, field);
        const QJsonObject verdict = reader.object(data, field, path);
        const QString status = statusOf(verdict, verdictPath);
        QJsonObject v {{u"status"_s, status}};
        // "Must be empty if the status is compliant."
        const QString reason = optionalString(reader, verdict, u"reason"_s, verdictPath);
        if (!reason.isEmpty()) {
            v.insert(u"reason"_s, reason);
        }
        out.insert(key, v);
        *statuses << status;
    }
    return out;
}

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
    QJsonArray definitions;
    for (const MetricQuery& q : metricQueries()) {
        QJsonObject definition {{u"name"_s, q.label},
                                {u"baseMetric"_s, QJsonObject {{u"standardMetric"_s, q.standardMetric}}}};
        if (!q.filter.isEmpty()) {
            definition.insert(u"filter"_s, q.filter);
        }
        definitions.append(definition);
    }
    const QJsonObject range {{u"start"_s, dateJson(from)}, {u"end"_s, dateJson(to)}};
    const QJsonObject timeQuery {{u"dateRanges"_s, QJsonObject {{u"dateRanges"_s, QJsonArray {range}}}}};

    QMap<QDate, PostmasterDayStats> days;
    QSet<QString> usedTokens;
    QString token;
    qsizetype seen = 0; // entries read on earlier pages, so paths count across pages
    // Each page but the last holds at least one entry: never more pages than entries can exist.
    const qint64 maxPages = (from.daysTo(to) + 1) * metricQueries().size() + 1;
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
        const QJsonArray entries = optionalArray(reader, doc, u"domainStats"_s);
        for (qsizetype i = 0; i < entries.size() && reader.ok(); ++i) {
            const QString entryPath = u"domainStats[%1]"_s.arg(seen + i);
            if (!entries.at(i).isObject()) {
                reader.fail(entryPath, tr("expected an object"));
                break;
            }
            const QJsonObject entry = entries.at(i).toObject();
            const QString label = reader.string(entry, u"metric"_s, entryPath);
            const MetricQuery* query = findQuery(label);
            if (!reader.ok() || !query) {
                continue; // not a metric we asked for: not ours to read or store
            }
            const QDate day = readDate(reader, entry, entryPath);
            const std::optional<double> value = readRatio(reader, entry, entryPath);
            if (!reader.ok() || !value) {
                continue; // no value: no data for that day, not 0
            }
            PostmasterDayStats& d = days[day];
            d.domain = name;
            d.day = day;
            apply(d, *query, *value);
        }
        const QString next = nextPageToken(reader, doc);
        if (!reader.ok()) {
            *error = scrub(reader.error());
            return std::nullopt;
        }
        seen += entries.size();
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
    PostmasterCompliance c;
    c.domain = name;
    QStringList statuses;
    // complianceData is the registrable domain's; subdomainComplianceData comes only when the
    // domain asked for is a subdomain with data of its own. Either needing work is work to do.
    if (doc.contains(u"complianceData"_s)) {
        c.details = complianceData(reader, reader.object(doc, u"complianceData"_s), u"complianceData"_s, &statuses);
    }
    if (doc.contains(u"subdomainComplianceData"_s)) {
        const QJsonObject sub = complianceData(reader, reader.object(doc, u"subdomainComplianceData"_s),
                                               u"subdomainComplianceData"_s, &statuses);
        c.details.insert(u"subdomain"_s, sub);
    }
    if (!reader.ok()) {
        *error = scrub(reader.error());
        return std::nullopt;
    }
    if (statuses.contains(u"NEEDS_WORK"_s)) {
        c.status = u"NEEDS_WORK"_s;
    } else if (!statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [](const QString& s) {
                   return s == u"COMPLIANT"_s;
               })) {
        c.status = u"COMPLIANT"_s;
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
        const QJsonArray list = optionalArray(reader, doc, u"domains"_s);
        for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
            const QString path = u"domains[%1]"_s.arg(out.size());
            if (!list.at(i).isObject()) {
                reader.fail(path, tr("expected an object"));
                break;
            }
            const QString resource = reader.string(list.at(i).toObject(), u"name"_s, path);
            // "domains/{domain_name}", the fully qualified name.
            if (reader.ok() && (!resource.startsWith(u"domains/"_s) || resource.size() <= 8)) {
                reader.fail(QString(path + u".name"_s),
                            tr("\"%1\" is not a domain resource name (domains/…)").arg(resource.left(80)));
                break;
            }
            out << resource.mid(8);
        }
        const QString next = nextPageToken(reader, doc);
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
