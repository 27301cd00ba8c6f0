#include "providers/loops/LoopsClient.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace pm::providers
{

LoopsClient::LoopsClient(LoopsAccount account, pm::net::RetryPolicy policy)
    : m_account(std::move(account))
    , m_http(u"Loops"_s, policy)
{ }

QUrl LoopsClient::endpoint(const QString& path) const
{
    QUrl url = pm::net::HttpClient::endpoint(m_account.baseUrl, path);
    return url;
}

pm::net::HttpRequest LoopsClient::request(const QByteArray& method, const QString& path) const
{
    pm::net::HttpRequest r;
    r.method = method;
    r.url = endpoint(path);
    r.headers = {{"Authorization", "Bearer " + m_account.apiKey.toUtf8()},
                 {"Accept", "application/json"},
                 {"User-Agent", "PenguinMails-Console"}};
    return r;
}

QString LoopsClient::errorMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(u"error"_s).isString()) {
        return o.value(u"error"_s).toString();
    }
    if (o.value(u"message"_s).isString()) {
        return o.value(u"message"_s).toString();
    }
    return o.value(u"error"_s).toObject().value(u"message"_s).toString();
}

QString LoopsClient::failure(const pm::net::HttpRequest& request, const pm::net::HttpResponse& response) const
{
    const QString where = m_http.describe(request);
    if (!response.refused.isEmpty()) {
        return tr("%1: not sent: %2").arg(where, response.refused);
    }
    if (!response.transportError.isEmpty()) {
        return tr("%1: %2").arg(where, response.transportError);
    }
    QString message = errorMessage(response.body);
    if (message.isEmpty()) {
        message = response.body.trimmed().isEmpty() ? tr("empty response") : tr("the response is not Loops JSON");
    }
    if (response.status == 401) {
        return tr("%1: the API key was refused (401: %2). Check the Loops account's key in Settings.")
            .arg(where, message);
    }
    if (response.status == 429) {
        return tr("%1: rate limited (429, limit %2 per second).")
            .arg(where, QString::fromLatin1(response.header("x-ratelimit-limit")).isEmpty()
                            ? u"10"_s
                            : QString::fromLatin1(response.header("x-ratelimit-limit")));
    }
    return tr("%1: HTTP %2: %3").arg(where).arg(response.status).arg(message);
}

LoopsClient::SendResult LoopsClient::sendTransactional(const QString& transactionalId, const QString& email,
                                                       const QJsonObject& dataVariables, const QString& idempotencyKey)
{
    SendResult result;
    if (transactionalId.isEmpty() || email.isEmpty() || idempotencyKey.isEmpty() || idempotencyKey.size() > 100) {
        result.error = tr("Loops: a transactional send needs a template id, a recipient and an idempotency key of "
                          "at most 100 characters.");
        return result;
    }
    pm::net::HttpRequest r = request("POST", u"/transactional"_s);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.headers.append(qMakePair(QByteArray("Idempotency-Key"), idempotencyKey.toUtf8()));
    r.retrySafe = true; // the idempotency key makes a repeat harmless
    r.body = QJsonDocument(QJsonObject {{u"transactionalId"_s, transactionalId},
                                        {u"email"_s, email},
                                        {u"dataVariables"_s, dataVariables}})
                 .toJson(QJsonDocument::Compact);
    const pm::net::HttpResponse response = m_http.send(r);
    result.status = response.status;
    if (response.status == 409) {
        result.outcome = SendResult::Outcome::AlreadySent;
        return result;
    }
    if (response.ok()) {
        QJsonParseError parse {};
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
            // Sent or not? A 200 means accepted; the body only confirms it.
            result.outcome = SendResult::Outcome::Sent;
            return result;
        }
        if (!doc.object().value(u"success"_s).toBool()) {
            result.error
                = tr("%1: the answer says \"success\": false: %2").arg(m_http.describe(r), errorMessage(response.body));
            return result;
        }
        result.outcome = SendResult::Outcome::Sent;
        return result;
    }
    result.retryable = response.refused.isEmpty() && pm::net::HttpClient::isRetryable(response);
    result.error = failure(r, response);
    return result;
}

std::optional<QString> LoopsClient::testApiKey(QString* error)
{
    pm::net::HttpRequest r = request("GET", u"/api-key"_s);
    r.retrySafe = true;
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.ok()) {
        *error = failure(r, response);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    if (!o.value(u"teamName"_s).isString()) {
        *error = tr("%1: the answer lacks the field \"teamName\" (string).").arg(m_http.describe(r));
        return std::nullopt;
    }
    return o.value(u"teamName"_s).toString();
}

} // namespace pm::providers
