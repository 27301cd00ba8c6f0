#include "net/HttpClient.h"

#include "util/Log.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::net
{

HttpClient::HttpClient(QString provider, RetryPolicy policy)
    : m_provider(std::move(provider))
    , m_policy(policy)
    , m_manager(new QNetworkAccessManager)
{
    m_manager->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient()
{
    delete m_manager;
}

QUrl HttpClient::endpoint(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    url.setQuery(QString());
    return url;
}

QString HttpClient::describe(const HttpRequest& request) const
{
    return u"%1 %2 %3"_s.arg(m_provider, QString::fromLatin1(request.method), request.url.path());
}

bool HttpClient::isRetryable(const HttpResponse& response)
{
    if (!response.transportError.isEmpty()) {
        return true;
    }
    return response.status == 408 || response.status == 429 || response.status >= 500;
}

std::optional<std::chrono::milliseconds> HttpClient::retryAfter(const HttpResponse& response, const QDateTime& now)
{
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool numeric = false;
    const double seconds = value.toDouble(&numeric);
    if (numeric) {
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(static_cast<qint64>(seconds * 1000)));
    }
    // An HTTP date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

std::chrono::milliseconds HttpClient::backoff(int attempt) const
{
    // Full jitter: uniform in [0, min(cap, base·2^(attempt−1))].
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const double ceiling
        = std::min(static_cast<double>(m_policy.maxDelay.count()),
                   static_cast<double>(m_policy.baseDelay.count()) * static_cast<double>(1 << exponent));
    return std::chrono::milliseconds(static_cast<qint64>(QRandomGenerator::global()->bounded(ceiling + 1.0)));
}

HttpResponse HttpClient::send(const HttpRequest& request)
{
    HttpResponse response;
    const int attempts = request.retrySafe ? std::max(1, m_policy.maxAttempts) : 1;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (m_gate) {
            const QString refusal = m_gate();
            if (!refusal.isEmpty()) {
                // Keep what an earlier attempt learnt; say why this one did not go out.
                response.refused = refusal;
                response.attempts = attempt - 1;
                qCInfo(lcNet).noquote() << describe(request) << "not sent:" << refusal;
                break;
            }
        }
        response = sendOnce(request);
        response.attempts = attempt;
        if (m_observer) {
            m_observer(response);
        }
        if (!isRetryable(response) || attempt == attempts) {
            break;
        }
        std::chrono::milliseconds delay = backoff(attempt);
        if (const auto asked = retryAfter(response, QDateTime::currentDateTimeUtc())) {
            if (*asked > m_policy.maxRetryAfter) {
                qCInfo(lcNet).noquote() << describe(request) << "asks to wait" << asked->count()
                                        << "ms, beyond the policy's bound; giving up for now";
                break;
            }
            delay = std::max(delay, *asked);
        }
        qCInfo(lcNet).noquote() << describe(request) << "attempt" << attempt << "failed ("
                                << (response.transportError.isEmpty() ? QString::number(response.status)
                                                                      : response.transportError)
                                << "); retrying in" << delay.count() << "ms";
        QThread::msleep(static_cast<unsigned long>(delay.count()));
    }
    return response;
}

HttpResponse HttpClient::sendOnce(const HttpRequest& request)
{
    QNetworkRequest req(request.url);
    for (const auto& [name, value] : request.headers) {
        req.setRawHeader(name, value);
    }
    req.setTransferTimeout(static_cast<int>(m_policy.timeout.count()));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = m_manager->sendCustomRequest(req, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        response.headers.insert(name.toLower(), value);
    }
    const QNetworkReply::NetworkError error = reply->error();
    // An HTTP error status is an answer, not a transport failure.
    if (error != QNetworkReply::NoError && response.status == 0) {
        response.timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        response.transportError
            = response.timedOut ? tr("no answer within %1 s").arg(QLocale().toString(m_policy.timeout.count() / 1000.0))
                                : pm::log::redact(reply->errorString());
    } else if (error != QNetworkReply::NoError && response.status >= 200 && response.status < 300) {
        // A 2xx whose body broke off (connection closed before Content-Length was reached).
        response.transportError = tr("the response was cut off: %1").arg(pm::log::redact(reply->errorString()));
    }
    delete reply;
    return response;
}

} // namespace pm::net
