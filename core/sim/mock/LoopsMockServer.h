#pragma once

#include "sim/mock/MockHttpServer.h"

#include <QDateTime>
#include <QJsonObject>

namespace pm::sim
{

/**
 * Loops' transactional API as provider-apis.md §1 describes it: bearer-key auth with the real 401
 * body, POST /api/v1/transactional with field validation (400 in the flat error shape), 409 for an
 * idempotency key used within 24 hours, the x-ratelimit-* headers and a 429 past 10 requests per
 * second, GET /api/v1/api-key. Accepted mails go to an outbox the demo can show.
 */
class LoopsMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    struct OutboxMail
    {
        QDateTime at;
        QString transactionalId;
        QString email;
        QJsonObject dataVariables;
        QString idempotencyKey;
    };

    explicit LoopsMockServer(QString apiKey, QObject* parent = nullptr);

    /// The base URL a Loops client uses against this server (…/api/v1).
    QUrl apiBaseUrl() const;
    QList<OutboxMail> outbox() const;
    void setTeamName(const QString& name) { m_teamName = name; }
    void setRateLimitPerSecond(int limit) { m_rateLimit = limit; }

Q_SIGNALS:
    void mailAccepted(const QString& email, const QString& transactionalId);

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    bool rateLimited(QHttpServerResponder& responder);
    QList<QPair<QByteArray, QByteArray>> rateHeaders() const;
    void send(const QHttpServerRequest& request, QHttpServerResponder& responder);

    QString m_apiKey;
    QString m_teamName = QStringLiteral("PenguinMails Demo");
    int m_rateLimit = 10;
    qint64 m_windowSecond = 0;
    int m_windowCount = 0;
    QHash<QString, QDateTime> m_idempotencyKeys;
    mutable QMutex m_outboxMutex;
    QList<OutboxMail> m_outbox;
};

} // namespace pm::sim
