#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QDateTime;
class QNetworkAccessManager;

namespace pm::net
{

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// May be sent again after a failure: true for reads and for writes that carry an idempotency
    /// key. Anything else is tried once, since a lost answer does not mean a lost request.
    bool retrySafe = false;
};

struct HttpResponse
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QString transportError;                ///< refused, reset, TLS, timeout …; empty when an answer arrived
    QString refused;                       ///< not sent at all: over budget, circuit open, rate limited (the reason)
    bool timedOut = false;
    int attempts = 0;

    bool ok() const { return refused.isEmpty() && transportError.isEmpty() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {8'000};
    std::chrono::milliseconds maxRetryAfter {60'000}; ///< a longer Retry-After gives up instead of waiting
    std::chrono::milliseconds timeout {15'000};       ///< per attempt, from send to the last byte
};

/**
 * The one HTTP path to the providers, for worker threads: each send() blocks its caller (never the
 * GUI thread) with a per-attempt timeout, and retries what is worth retrying — transport failures,
 * 408, 429 and 5xx, only for retry-safe requests — with capped exponential backoff and full jitter,
 * honouring Retry-After (seconds or an HTTP date) within the policy's bound. TLS certificates are
 * always verified. Errors name the provider and the endpoint, never a credential.
 */
class HttpClient final
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)

public:
    explicit HttpClient(QString provider, RetryPolicy policy = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse send(const HttpRequest& request);

    /// Asked before every attempt (retries included): an empty answer lets it go out, anything
    /// else is the reason it may not — the budget ledger and the circuit breaker plug in here.
    using Gate = std::function<QString()>;
    void setGate(Gate gate) { m_gate = std::move(gate); }
    /// Told about every answer (for rate-limit and breaker bookkeeping).
    using Observer = std::function<void(const HttpResponse&)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    const RetryPolicy& policy() const { return m_policy; }
    static bool isRetryable(const HttpResponse& response);
    /// The server's requested delay, if it gave one we can read.
    static std::optional<std::chrono::milliseconds> retryAfter(const HttpResponse& response, const QDateTime& now);
    /// @p path appended to @p base's path (without doubling a slash), with no query: how every
    /// client turns its account's base URL into an endpoint.
    static QUrl endpoint(const QUrl& base, const QString& path);
    /// "Loops POST /api/v1/transactional" — the endpoint without query (it may hold keys).
    QString describe(const HttpRequest& request) const;

private:
    HttpResponse sendOnce(const HttpRequest& request);
    std::chrono::milliseconds backoff(int attempt) const;

    QString m_provider;
    RetryPolicy m_policy;
    QNetworkAccessManager* m_manager;
    Gate m_gate;
    Observer m_observer;
};

} // namespace pm::net
