#pragma once

#include "net/HttpClient.h"
#include "providers/DailyStats.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pm::providers
{

class PayloadReader;

/// One entry of a SendGrid suppression list. Spam reports carry no reason or status (SendGrid
/// gives the reporting IP instead): those stay empty.
struct SendGridSuppression
{
    QDateTime created; ///< UTC
    QString email;
    QString reason; ///< the receiving server's text, codes included
    QString status; ///< enhanced SMTP code, e.g. "5.1.1"
};

/**
 * SendGrid's Web API v3 (provider-apis.md §4) with a bearer API key: global and per-mailbox-provider
 * daily stats in our DailyStats terms, the bounce, spam-report and block suppression lists paged
 * with limit/offset (500 per page) until a short or empty page, and a key test. SendGrid answers
 * with top-level JSON lists, read as strictly as any object: errors name the endpoint and the
 * element path ("SendGrid GET /v3/stats: [3].stats[0].metrics.requests: …").
 */
class SendGridClient final
{
    Q_DECLARE_TR_FUNCTIONS(SendGridClient)

public:
    SendGridClient(QUrl baseUrl, QString apiKey, pm::net::RetryPolicy policy = {});

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    /// The account's days from @p from to @p to (inclusive), scope ''.
    std::optional<QList<DailyStats>> globalStats(const QDate& from, const QDate& to, QString* error);
    /// One row per day and mailbox provider (the scope is SendGrid's provider name, e.g. "Gmail");
    /// @p mailboxProviders (at most 10) narrows it, empty: every provider SendGrid reports.
    std::optional<QList<DailyStats>> mailboxProviderStats(const QDate& from, const QDate& to, QString* error,
                                                          const QStringList& mailboxProviders = {});
    /// @p kind: "bounces", "spam_reports" or "blocks"; @p startTime: unix seconds, 0 for the whole list.
    std::optional<QList<SendGridSuppression>> suppressions(const QString& kind, qint64 startTime, QString* error,
                                                           int pageSize = 500);
    /// "N scope(s)" for a working key (what GET /v3/scopes lists); nothing and @p error otherwise.
    std::optional<QString> testKey(QString* error);

    /// The messages inside SendGrid's {"errors":[{"field","message"}]} body ("field: message; …"),
    /// or an empty string.
    static QString errorMessage(const QByteArray& body);

private:
    std::optional<QByteArray> get(const QString& path, const QList<QPair<QString, QString>>& query, QString* error);
    std::optional<QList<DailyStats>> stats(const QString& path, const QDate& from, const QDate& to,
                                           const QList<QPair<QString, QString>>& extraQuery, QString* error);
    /// The body as a top-level JSON list; an empty list and the reader's error otherwise.
    static QJsonArray list(PayloadReader& reader, const QByteArray& body);

    QUrl m_baseUrl;
    QString m_apiKey;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers
