#pragma once

#include "net/HttpClient.h"
#include "providers/DailyStats.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace pm::providers
{

/// One "failed" event of Mailgun's Events API (provider-apis.md §3.4): a message Mailgun could not
/// deliver, or will retry.
struct MailgunEvent
{
    QString id;
    QDateTime timestamp; ///< UTC, to the millisecond (Mailgun sends float epoch seconds)
    QString severity;    ///< "permanent" (a hard failure) or "temporary" (Mailgun retries), as Mailgun wrote it
    QString recipient;
    QString reason;      ///< e.g. "bounce", "suppress-bounce", "espblock"; may be empty
    QString code;        ///< delivery-status.code, e.g. "550"; empty when Mailgun gave none
    QString description; ///< delivery-status.message (the receiving server's text), else .description
};

/**
 * Mailgun's HTTP API (provider-apis.md §3) for one sending domain, with HTTP Basic auth (user
 * "api", the private API key as password): daily metrics in our DailyStats terms from the current
 * Metrics API (POST /v1/analytics/metrics, offset paging by pagination.skip/limit/total), failed
 * events paged by following paging.next URLs until a page comes back empty, and a key test. The
 * base URL picks the region — https://api.mailgun.net (US) or https://api.eu.mailgun.net (EU) —
 * and a domain lives in one region only. Errors name the endpoint and the field
 * ("Mailgun POST /v1/analytics/metrics: items[3].metrics.delivered_count: …"), never the key.
 */
class MailgunClient final
{
    Q_DECLARE_TR_FUNCTIONS(MailgunClient)

public:
    MailgunClient(QUrl baseUrl, QString apiKey, QString domain, pm::net::RetryPolicy policy = {});

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    /// The domain's days from @p from to @p to (inclusive, UTC days as Mailgun buckets them), scope ''
    /// (the account is the domain; an empty domain: every domain of the key's account).
    std::optional<QList<DailyStats>> dailyMetrics(const QDate& from, const QDate& to, QString* error);
    /// Every failed event (permanent and temporary) of the domain since @p begin, oldest first.
    std::optional<QList<MailgunEvent>> failures(const QDateTime& begin, QString* error);
    /// How many domains the key can see (GET /v4/domains total_count) for a working key; nothing and
    /// @p error otherwise.
    std::optional<int> testKey(QString* error);

    /// Mailgun's {"message": "…"} (or a plain-text body such as "Forbidden", first line only), or an
    /// empty string for an empty body, an HTML page or JSON without a message.
    static QString errorMessage(const QByteArray& body);

private:
    /// Sends a read with the auth headers (a JSON @p body for POST); the body of a 2xx answer, or
    /// nothing and @p error.
    std::optional<QByteArray> call(const QByteArray& method, const QUrl& url, const QByteArray& body, QString* error);
    QUrl endpoint(const QString& path) const;
    /// Whether the domain can go into a URL path as one segment; sets @p error otherwise.
    bool checkDomain(QString* error) const;
    /// @p text without the key, raw or as it travels in the Authorization header.
    QString scrub(QString text) const;

    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_domain;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers
