#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pm::providers
{

/// One HogQL answer, checked: every row holds one value per column.
struct HogQLResult
{
    QStringList columns;
    QList<QJsonArray> rows;
    bool hasMore = false;
    /// One ClickHouse type name per column ("String", "Float64" …); empty when PostHog sent no types.
    QStringList types;
};

/// A tenant's revenue in one currency over a window; see PostHogClient::revenueByTenant for the
/// events it is read from.
struct TenantRevenue
{
    QString tenantId; ///< the Nile tenant id the app puts on its events
    double revenue = 0;
    QString currency; ///< upper-case ISO 4217 code as the events carry it; empty when they carry none
};

/**
 * PostHog's query API (provider-apis.md §8) with a personal API key (phx_…, scope query:read):
 * POST /api/projects/{id}/query/ with a HogQLQuery, read strictly — columns, a type per column,
 * rows of exactly one value per column, hasMore — and paged with LIMIT/OFFSET for larger answers.
 * The query endpoint only reads, so every call is retry-safe. Errors name the endpoint and the
 * path in the answer ("PostHog POST /api/projects/1/query/: results[4]: …"), PostHog's DRF
 * "detail" for refusals, and never the key.
 */
class PostHogClient final
{
    Q_DECLARE_TR_FUNCTIONS(PostHogClient)

public:
    /// Pages queryAll() follows before it gives up: far beyond any report we run, and the
    /// guard against a server that ignores OFFSET and keeps saying hasMore.
    static constexpr int MaxPages = 100;
    /// PostHog's documented ceiling for one query with an explicit LIMIT.
    static constexpr int MaxPageSize = 50'000;

    /// @p baseUrl: https://us.posthog.com, https://eu.posthog.com or a self-hosted domain (not the
    /// *.i.posthog.com ingestion host, which cannot read).
    PostHogClient(QUrl baseUrl, QString projectId, QString personalApiKey, pm::net::RetryPolicy policy = {});

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    /// One query as written. Without its own LIMIT PostHog returns at most 100 rows, and says
    /// hasMore when there were more.
    std::optional<HogQLResult> query(const QString& hogql, QString* error);
    /// Every row of @p hogqlWithoutLimit (which must not end in LIMIT, and should ORDER BY
    /// something unique so pages do not overlap), @p pageSize rows a request (1 … 50,000), for
    /// at most MaxPages pages. The result's hasMore is false.
    std::optional<HogQLResult> queryAll(const QString& hogqlWithoutLimit, int pageSize, QString* error);
    /// Revenue per tenant and currency from @p from to @p to (inclusive UTC days), sorted by
    /// tenant and currency. Reads the app's "subscription_payment" events (an assumption about
    /// our own tracking plan; see the .cpp).
    std::optional<QList<TenantRevenue>> revenueByTenant(const QDate& from, const QDate& to, QString* error,
                                                        int pageSize = 10'000);
    /// "ok" when the key may run a query in the project (SELECT 1); nothing and @p error otherwise.
    std::optional<QString> testKey(QString* error);

    /// The "detail" of PostHog's DRF error body ({"type","code","detail","attr"}), with the
    /// field ("attr") when there is one; an empty string for any other body.
    static QString errorMessage(const QByteArray& body);
    /// The wait a throttled answer's detail names ("… Expected available in 12 seconds.").
    static std::optional<int> throttleSeconds(const QByteArray& body);

private:
    /// One request; rows are numbered from @p firstRow in errors, so a page's bad row is named
    /// by its place in the whole answer.
    std::optional<HogQLResult> run(const QString& hogql, qint64 firstRow, QString* error);
    QUrl endpoint() const;
    QString where() const;
    QString failure(const pm::net::HttpResponse& response) const;
    /// @p text without the key, should a server have echoed it.
    QString hidden(QString text) const;

    QUrl m_baseUrl;
    QString m_projectId;
    QString m_apiKey;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers
