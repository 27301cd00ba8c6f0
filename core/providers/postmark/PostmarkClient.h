#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pm::providers
{

/// One day of Postmark's outbound statistics (its days are US Eastern, as Postmark reports them).
struct PostmarkDay
{
    QDate date;
    qint64 sent = 0;
    qint64 hardBounces = 0;
    qint64 softBounces = 0;
    qint64 transient = 0;
    qint64 smtpApiErrors = 0;
    qint64 spamComplaints = 0;
};

struct PostmarkBounce
{
    qint64 id = 0;
    QString type;
    QDateTime bouncedAt;
    QString email;
    QString description;
    QString details;
};

/**
 * Postmark's Stats and Bounce APIs (provider-apis.md §2) with a server token: daily sends, bounces
 * and spam complaints merged by day (missing counters are 0), bounces paged with count/offset
 * (500 per page, 10,000 at most per window), and a token test. Errors name the endpoint and field.
 */
class PostmarkClient final
{
    Q_DECLARE_TR_FUNCTIONS(PostmarkClient)

public:
    PostmarkClient(QUrl baseUrl, QString serverToken, QString messageStream = {}, pm::net::RetryPolicy policy = {});

    pm::net::HttpClient& http() { return m_http; }

    std::optional<QList<PostmarkDay>> outboundDays(const QDate& from, const QDate& to, QString* error);
    std::optional<QList<PostmarkBounce>> bounces(const QDate& from, const QDate& to, QString* error,
                                                 int pageSize = 500);
    /// Inactive addresses count for a working token; nothing and @p error otherwise.
    std::optional<qint64> testToken(QString* error);

    static QString errorMessage(const QByteArray& body);

private:
    std::optional<QByteArray> get(const QString& path, const QList<QPair<QString, QString>>& query, QString* error);

    QUrl m_baseUrl;
    QString m_token;
    QString m_stream;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers
