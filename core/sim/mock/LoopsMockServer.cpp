#include "sim/mock/LoopsMockServer.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace pm::sim
{

LoopsMockServer::LoopsMockServer(QString apiKey, QObject* parent)
    : MockHttpServer(u"Loops"_s, parent)
    , m_apiKey(std::move(apiKey))
{
    route("POST", u"/api/v1/transactional"_s,
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) { send(request, responder); });
    route("GET", u"/api/v1/api-key"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (!authorised(request, responder) || rateLimited(responder)) {
            return;
        }
        replyJson(responder, 200,
                  QJsonDocument(QJsonObject {{u"success"_s, true}, {u"teamName"_s, m_teamName}})
                      .toJson(QJsonDocument::Compact),
                  rateHeaders());
    });
}

QUrl LoopsMockServer::apiBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/api/v1"_s);
    return url;
}

QList<LoopsMockServer::OutboxMail> LoopsMockServer::outbox() const
{
    QMutexLocker lock(&m_outboxMutex);
    return m_outbox;
}

bool LoopsMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    if (request.value("Authorization") == "Bearer " + m_apiKey.toUtf8() && !m_apiKey.isEmpty()) {
        return true;
    }
    replyJson(responder, 401, R"({"error":"Invalid API key"})");
    return false;
}

QList<QPair<QByteArray, QByteArray>> LoopsMockServer::rateHeaders() const
{
    return {{"x-ratelimit-limit", QByteArray::number(m_rateLimit)},
            {"x-ratelimit-remaining", QByteArray::number(std::max(0, m_rateLimit - m_windowCount))}};
}

bool LoopsMockServer::rateLimited(QHttpServerResponder& responder)
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_windowSecond) {
        m_windowSecond = second;
        m_windowCount = 0;
    }
    ++m_windowCount;
    if (m_windowCount <= m_rateLimit) {
        return false;
    }
    replyJson(responder, 429, R"({"success":false,"message":"Rate limit exceeded."})", rateHeaders());
    return true;
}

void LoopsMockServer::send(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (!authorised(request, responder) || rateLimited(responder)) {
        return;
    }
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parse);
    auto invalid = [&](const QString& path, const QString& message) {
        replyJson(responder, 400,
                  QJsonDocument(QJsonObject {{u"success"_s, false}, {u"path"_s, path}, {u"message"_s, message}})
                      .toJson(QJsonDocument::Compact),
                  rateHeaders());
    };
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        invalid(u""_s, u"Invalid JSON body."_s);
        return;
    }
    const QJsonObject body = doc.object();
    if (!body.value(u"transactionalId"_s).isString() || body.value(u"transactionalId"_s).toString().isEmpty()) {
        invalid(u"transactionalId"_s, u"transactionalId is required."_s);
        return;
    }
    const QString email = body.value(u"email"_s).toString();
    if (!email.contains(u'@')) {
        invalid(u"email"_s, u"A valid email is required."_s);
        return;
    }
    if (body.contains(u"dataVariables"_s) && !body.value(u"dataVariables"_s).isObject()) {
        invalid(u"dataVariables"_s, u"dataVariables must be an object."_s);
        return;
    }
    const QString key = QString::fromUtf8(request.value("Idempotency-Key"));
    if (key.size() > 100) {
        invalid(u"Idempotency-Key"_s, u"Idempotency-Key must be at most 100 characters."_s);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!key.isEmpty()) {
        const auto seen = m_idempotencyKeys.constFind(key);
        if (seen != m_idempotencyKeys.constEnd() && seen->secsTo(now) < 86'400) {
            replyJson(responder, 409, R"({"success":false,"message":"Idempotency key has already been used."})",
                      rateHeaders());
            return;
        }
        m_idempotencyKeys.insert(key, now);
    }
    {
        QMutexLocker lock(&m_outboxMutex);
        m_outbox << OutboxMail {now, body.value(u"transactionalId"_s).toString(), email,
                                body.value(u"dataVariables"_s).toObject(), key};
    }
    replyJson(responder, 200, R"({"success":true})", rateHeaders());
    Q_EMIT mailAccepted(email, body.value(u"transactionalId"_s).toString());
}

} // namespace pm::sim
