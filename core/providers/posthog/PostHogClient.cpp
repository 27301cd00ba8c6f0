#include "providers/posthog/PostHogClient.h"

#include "providers/PayloadReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// Project ids are numbers on PostHog Cloud; letters, '-' and '_' are let through for
/// self-hosted setups, anything else could change the path it is put into.
bool isProjectId(const QString& id)
{
    static const QRegularExpression pattern(uR"(^[A-Za-z0-9_-]{1,64}$)"_s);
    return pattern.match(id).hasMatch();
}

/// A ClickHouse number, as a JSON number or, for 64-bit types in some output settings, quoted.
std::optional<double> number(const QJsonValue& v)
{
    double d = v.toDouble();
    bool numeric = v.isDouble();
    if (v.isString()) {
        d = v.toString().toDouble(&numeric);
    }
    if (!numeric || !std::isfinite(d)) {
        return std::nullopt;
    }
    return d;
}
} // namespace

PostHogClient::PostHogClient(QUrl baseUrl, QString projectId, QString personalApiKey, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_projectId(std::move(projectId))
    , m_apiKey(std::move(personalApiKey))
    , m_http(u"PostHog"_s, policy)
{ }

QUrl PostHogClient::endpoint() const
{
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, QString(u"/api/projects/"_s + m_projectId + u"/query/"_s));
    return url;
}

QString PostHogClient::where() const
{
    return QString(u"PostHog POST "_s + endpoint().path());
}

QString PostHogClient::errorMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString detail = o.value(u"detail"_s).toString().trimmed();
    if (detail.isEmpty()) {
        return {};
    }
    // "attr" names the request field a validation error is about; null for the request as a whole.
    const QString attr = o.value(u"attr"_s).toString();
    return attr.isEmpty() ? detail.left(300) : u"%1 (%2)"_s.arg(detail.left(300), attr.left(60));
}

std::optional<int> PostHogClient::throttleSeconds(const QByteArray& body)
{
    static const QRegularExpression wait(uR"(available in (\d{1,7}) seconds?)"_s);
    const QRegularExpressionMatch m = wait.match(QJsonDocument::fromJson(body).object().value(u"detail"_s).toString());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return m.captured(1).toInt();
}

QString PostHogClient::hidden(QString text) const
{
    if (!m_apiKey.isEmpty()) {
        text.replace(m_apiKey, u"[hidden]"_s);
    }
    return text;
}

QString PostHogClient::failure(const pm::net::HttpResponse& response) const
{
    // A server that echoed the key in its detail must still not put it on the screen.
    QString message = hidden(errorMessage(response.body));
    if (message.isEmpty()) {
        // An HTML page comes from a proxy or load balancer in front of the API, not from it.
        message = response.body.trimmed().startsWith('<') ? tr("an HTML page, not a PostHog answer")
                  : response.body.trimmed().isEmpty()     ? tr("an empty answer")
                                                          : tr("no PostHog error body");
    }
    switch (response.status) {
    case 400:
        return tr("%1: the query was refused (400: %2).").arg(where(), message);
    case 401:
        return tr("%1: the key was refused (401: %2). Check the PostHog key in Settings: it must be a personal "
                  "API key (phx_…) with the query:read scope.")
            .arg(where(), message);
    case 403:
        return tr("%1: forbidden (403: %2). The key may lack the query:read scope or access to project %3.")
            .arg(where(), message, m_projectId);
    case 404:
        return tr("%1: not found (404: %2). Check the project id and the host (US or EU Cloud).").arg(where(), message);
    case 429: {
        // Retry-After is Django REST framework's default but unconfirmed for PostHog Cloud; the
        // detail text names the wait too (provider-apis.md §8.4).
        std::optional<qint64> seconds;
        if (const auto asked = pm::net::HttpClient::retryAfter(response, QDateTime::currentDateTimeUtc())) {
            seconds = (asked->count() + 999) / 1000;
        } else if (const auto named = throttleSeconds(response.body)) {
            seconds = *named;
        }
        return seconds ? tr("%1: rate limited (429: %2). PostHog expects capacity again in %3 s; its query budget "
                            "counts per project, not per key.")
                             .arg(where(), message, QString::number(*seconds))
                       : tr("%1: rate limited (429: %2).").arg(where(), message);
    }
    default:
        return tr("%1: HTTP %2: %3").arg(where(), QString::number(response.status), message);
    }
}

std::optional<HogQLResult> PostHogClient::run(const QString& hogql, qint64 firstRow, QString* error)
{
    if (!isProjectId(m_projectId)) {
        *error = tr("PostHog: \"%1\" is not a project id (the number in the project's URL).").arg(m_projectId.left(40));
        return std::nullopt;
    }
    if (m_apiKey.trimmed().isEmpty()) {
        *error = tr("PostHog: no personal API key is set. Add one (phx_…) with the query:read scope in Settings.");
        return std::nullopt;
    }
    if (m_apiKey.startsWith(u"phc_"_s)) {
        // Checked before sending: a project token is public, and PostHog would only answer 401.
        *error = tr("PostHog: the key set is a project token (phc_…), which can only send events. Reading needs a "
                    "personal API key (phx_…) with the query:read scope.");
        return std::nullopt;
    }
    if (hogql.trimmed().isEmpty()) {
        *error = tr("%1: the query is empty.").arg(where());
        return std::nullopt;
    }

    pm::net::HttpRequest r;
    r.method = "POST";
    r.url = endpoint();
    r.headers = {{"Authorization", QByteArray("Bearer ").append(m_apiKey.toUtf8())},
                 {"Content-Type", "application/json"},
                 {"Accept", "application/json"}};
    // No "refresh": the default is a blocking answer; the async modes would need polling.
    r.body = QJsonDocument(QJsonObject {{u"query"_s, QJsonObject {{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, hogql}}},
                                        {u"name"_s, u"penguinmails-console"_s}})
                 .toJson(QJsonDocument::Compact);
    r.retrySafe = true; // a query only reads
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.refused.isEmpty()) {
        *error = tr("%1: not sent: %2").arg(m_http.describe(r), response.refused);
        return std::nullopt;
    }
    if (!response.transportError.isEmpty()) {
        *error = tr("%1: %2").arg(m_http.describe(r), response.transportError);
        return std::nullopt;
    }
    if (!response.ok()) {
        *error = failure(response);
        return std::nullopt;
    }

    PayloadReader reader(where());
    const QJsonObject doc = reader.document(response.body);
    // A query that failed inside PostHog may still come back 200 with "error" set.
    const QJsonValue failed = doc.value(u"error"_s);
    if (reader.ok() && failed.isString() && !failed.toString().trimmed().isEmpty()) {
        reader.fail(u"error"_s, tr("the query failed: %1").arg(failed.toString().left(300)));
    }
    HogQLResult result;
    const QJsonArray columns = reader.array(doc, u"columns"_s);
    for (qsizetype i = 0; i < columns.size() && reader.ok(); ++i) {
        if (!columns.at(i).isString()) {
            reader.fail(u"columns[%1]"_s.arg(i), tr("expected text (a column name)"));
            break;
        }
        result.columns << columns.at(i).toString();
    }
    // Pairs [name, type] in current builds; plain type names are accepted too, since the element
    // shape is not documented (provider-apis.md §12).
    const QJsonValue types = doc.value(u"types"_s);
    if (reader.ok() && !types.isUndefined() && !types.isNull()) {
        if (!types.isArray()) {
            reader.fail(u"types"_s, tr("expected a list"));
        } else if (types.toArray().size() != columns.size()) {
            reader.fail(u"types"_s, tr("%1 types for %2 columns")
                                        .arg(QString::number(types.toArray().size()), QString::number(columns.size())));
        }
        const QJsonArray list = types.toArray();
        for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
            const QJsonValue t = list.at(i);
            const QJsonArray pair = t.toArray();
            if (t.isString()) {
                result.types << t.toString();
            } else if (t.isArray() && pair.size() == 2 && pair.at(0).isString() && pair.at(1).isString()) {
                result.types << pair.at(1).toString();
            } else {
                reader.fail(u"types[%1]"_s.arg(i), tr("expected a type name or a [name, type] pair"));
            }
        }
    }
    const QJsonArray rows = reader.array(doc, u"results"_s);
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString path = u"results[%1]"_s.arg(firstRow + i);
        if (!rows.at(i).isArray()) {
            reader.fail(path, tr("expected a list (one row)"));
            break;
        }
        const QJsonArray row = rows.at(i).toArray();
        if (row.size() != columns.size()) {
            reader.fail(
                path, tr("%1 values for %2 columns").arg(QString::number(row.size()), QString::number(columns.size())));
            break;
        }
        result.rows << row;
    }
    // Optional in PostHog's schema; absent or null reads as "no more rows".
    const QJsonValue hasMore = doc.value(u"hasMore"_s);
    if (reader.ok() && !hasMore.isUndefined() && !hasMore.isNull() && !hasMore.isBool()) {
        reader.fail(u"hasMore"_s, tr("expected true or false"));
    }
    result.hasMore = hasMore.toBool();
    if (!reader.ok()) {
        *error = hidden(reader.error());
        return std::nullopt;
    }
    return result;
}

std::optional<HogQLResult> PostHogClient::query(const QString& hogql, QString* error)
{
    return run(hogql, 0, error);
}

std::optional<HogQLResult> PostHogClient::queryAll(const QString& hogqlWithoutLimit, int pageSize, QString* error)
{
    QString base = hogqlWithoutLimit.trimmed();
    while (base.endsWith(u';')) {
        base.chop(1);
        base = base.trimmed();
    }
    // Paging appends its own LIMIT/OFFSET; a second LIMIT would make the query invalid HogQL.
    static const QRegularExpression trailingLimit(uR"(\bLIMIT\s+\d+(\s*,\s*\d+)?(\s+OFFSET\s+\d+)?$)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    if (base.contains(trailingLimit)) {
        *error
            = tr("%1: the query already ends in LIMIT; leave it out, since paging adds LIMIT and OFFSET.").arg(where());
        return std::nullopt;
    }
    pageSize = std::clamp(pageSize, 1, MaxPageSize);
    HogQLResult all;
    for (int page = 0; page < MaxPages; ++page) {
        const qint64 offset = static_cast<qint64>(page) * pageSize;
        const auto result = run(
            u"%1 LIMIT %2 OFFSET %3"_s.arg(base, QString::number(pageSize), QString::number(offset)), offset, error);
        if (!result) {
            return std::nullopt;
        }
        if (page == 0) {
            all.columns = result->columns;
            all.types = result->types;
        } else if (result->columns != all.columns) {
            *error = tr("%1: columns: \"%2\" on the page at offset %3, \"%4\" before; every page must have the same "
                        "columns.")
                         .arg(where(), result->columns.join(u", "_s).left(200), QString::number(offset),
                              all.columns.join(u", "_s).left(200));
            return std::nullopt;
        }
        if (result->rows.size() > pageSize) {
            *error = tr("%1: results: %2 rows for LIMIT %3; PostHog did not keep to the page size.")
                         .arg(where(), QString::number(result->rows.size()), QString::number(pageSize));
            return std::nullopt;
        }
        all.rows += result->rows;
        // hasMore is documented for LIMIT/OFFSET paging, but not whether PostHog sets it when the
        // LIMIT is in the query text: a full page is asked past once more, so a false "no more"
        // cannot cut the list short.
        if (!result->hasMore && result->rows.size() < pageSize) {
            all.hasMore = false;
            return all;
        }
    }
    *error = tr("%1: stopped paging after %2 pages of %3 rows. Narrow the query (a shorter window) or use larger "
                "pages.")
                 .arg(where(), QString::number(MaxPages), QString::number(pageSize));
    return std::nullopt;
}

/*
 * ASSUMPTION (our own tracking plan, not a PostHog fact): the billing code captures one event per
 * successful charge,
 *   event 'subscription_payment' with properties
 *     tenant_id — the Nile tenant id (uuid text),
 *     amount    — the amount charged in major units (12.5 = 12.50), a number or numeric text,
 *     currency  — the ISO 4217 code ("usd" or "USD").
 * Change the names here, in the mock (PostHogMockServer) and in TestPostHog together.
 * Events without a tenant_id are left out; an amount that is not a number counts as 0 (HogQL's
 * toFloat gives NULL and sum skips it); a missing currency comes back as an empty code.
 */
std::optional<QList<TenantRevenue>> PostHogClient::revenueByTenant(const QDate& from, const QDate& to, QString* error,
                                                                   int pageSize)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = tr("%1: the window %2 … %3 is empty or not a pair of dates.")
                     .arg(where(), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    // Whole UTC days, the end exclusive; ORDER BY makes the LIMIT/OFFSET pages a stable partition.
    const QString hogql
        = u"SELECT toString(properties.tenant_id) AS tenant_id, "
          "coalesce(sum(toFloat(properties.amount)), 0) AS revenue, "
          "upper(toString(properties.currency)) AS currency "
          "FROM events "
          "WHERE event = 'subscription_payment' "
          "AND timestamp >= toDateTime('%1 00:00:00', 'UTC') AND timestamp < toDateTime('%2 00:00:00', 'UTC') "
          "AND properties.tenant_id IS NOT NULL "
          "GROUP BY tenant_id, currency "
          "ORDER BY tenant_id, currency"_s.arg(from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate));
    const auto result = queryAll(hogql, pageSize, error);
    if (!result) {
        return std::nullopt;
    }
    PayloadReader reader(where());
    const QStringList expected {u"tenant_id"_s, u"revenue"_s, u"currency"_s};
    if (result->columns != expected) {
        reader.fail(u"columns"_s,
                    tr("\"%1\", expected \"%2\"").arg(result->columns.join(u", "_s).left(200), expected.join(u", "_s)));
    }
    QList<TenantRevenue> out;
    for (qsizetype i = 0; i < result->rows.size() && reader.ok(); ++i) {
        const QJsonArray& row = result->rows.at(i);
        const QString at = u"results[%1]"_s.arg(i);
        TenantRevenue t;
        const QJsonValue tenant = row.at(0);
        if (!tenant.isString() || tenant.toString().trimmed().isEmpty()) {
            reader.fail(QString(at + u"[0]"_s),
                        tenant.isString() ? tr("empty (expected a tenant id)") : tr("expected text (a tenant id)"));
            break;
        }
        t.tenantId = tenant.toString().trimmed();
        const auto revenue = number(row.at(1));
        if (!revenue) {
            reader.fail(QString(at + u"[1]"_s), tr("expected a number (the revenue)"));
            break;
        }
        t.revenue = *revenue;
        const QJsonValue currency = row.at(2);
        if (!currency.isString() && !currency.isNull()) {
            reader.fail(QString(at + u"[2]"_s), tr("expected text (a currency code) or null"));
            break;
        }
        t.currency = currency.toString().trimmed();
        out << t;
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return out;
}

std::optional<QString> PostHogClient::testKey(QString* error)
{
    const auto result = query(u"SELECT 1"_s, error);
    if (!result) {
        return std::nullopt;
    }
    if (result->columns.size() != 1 || result->rows.size() != 1 || result->rows.constFirst().at(0).toInt() != 1) {
        *error = tr("%1: results: expected one row holding 1 for SELECT 1.").arg(where());
        return std::nullopt;
    }
    return tr("ok");
}

} // namespace pm::providers
