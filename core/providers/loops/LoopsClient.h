#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pm::providers
{

/// A Loops account as the client needs it; the key comes from the keychain, never from the database.
struct LoopsAccount
{
    QUrl baseUrl {QStringLiteral("https://app.loops.so/api/v1")};
    QString apiKey;
};

/**
 * Loops (loops.so) transactional email, provider-apis.md §1: POST /transactional with a bearer key
 * and an Idempotency-Key, so a retried send never mails twice; GET /api-key to test a key. Error
 * bodies come in three shapes (loops-go reads "error" as a string, then "message", then
 * "error.message"); HTML or empty bodies from a load balancer are survived.
 */
class LoopsClient final
{
    Q_DECLARE_TR_FUNCTIONS(LoopsClient)

public:
    explicit LoopsClient(LoopsAccount account, pm::net::RetryPolicy policy = {});

    struct SendResult
    {
        enum class Outcome
        {
            Sent,
            AlreadySent, ///< 409: this idempotency key was used within 24 h, so it went out before
            Failed,
        };
        Outcome outcome = Outcome::Failed;
        int status = 0;
        bool retryable = false; ///< worth another attempt later (transport, 429, 5xx)
        QString error;          ///< names the provider and endpoint; never the key
    };

    /// @p idempotencyKey: at most 100 characters (Loops' limit), required here.
    SendResult sendTransactional(const QString& transactionalId, const QString& email, const QJsonObject& dataVariables,
                                 const QString& idempotencyKey);

    /// The team name for a working key; otherwise nothing and @p error.
    std::optional<QString> testApiKey(QString* error);

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    /// The message inside a Loops error body, or an empty string.
    static QString errorMessage(const QByteArray& body);

private:
    QUrl endpoint(const QString& path) const;
    pm::net::HttpRequest request(const QByteArray& method, const QString& path) const;
    QString failure(const pm::net::HttpRequest& request, const pm::net::HttpResponse& response) const;

    LoopsAccount m_account;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers
