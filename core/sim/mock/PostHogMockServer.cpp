#include "sim/mock/PostHogMockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using pm::providers::TenantRevenue;

namespace pm::sim
{

namespace
{
/// PostHog's row cap for one query with an explicit LIMIT.
constexpr qint64 MaxLimit = 50'000;
/// Rows PostHog returns for a query without a LIMIT.
constexpr qint64 DefaultLimit = 100;
} // namespace

PostHogMockServer::PostHogMockServer(QString projectId, QString personalApiKey, QObject* parent)
    : MockHttpServer(u"PostHog"_s, parent)
    , m_projectId(std::move(projectId))
    , m_apiKey(std::move(personalApiKey))
{
    route("POST", QString(u"/api/projects/"_s + m_projectId + u"/query/"_s),
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) { query(request, responder); });
}

void PostHogMockServer::setRevenue(const QList<TenantRevenue>& rows)
{
    QMutexLocker lock(&m_dataMutex);
    m_revenue = rows;
}

void PostHogMockServer::setTypesAsPairs(bool pairs)
{
    QMutexLocker lock(&m_dataMutex);
    m_typesAsPairs = pairs;
}

QByteArray PostHogMockServer::errorBody(const QString& type, const QString& code, const QString& detail,
                                        const QString& attr)
{
    const QJsonObject body {{u"type"_s, type},
                            {u"code"_s, code},
                            {u"detail"_s, detail},
                            {u"attr"_s, attr.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attr)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray PostHogMockServer::throttledBody(int seconds)
{
    return errorBody(u"throttled_error"_s, u"throttled"_s,
                     u"Request was throttled. Expected available in %1 seconds."_s.arg(seconds));
}

bool PostHogMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    const QByteArray header = request.value("Authorization");
    if (header.isEmpty()) {
        // Django REST framework's default wording.
        replyJson(responder, 401,
                  errorBody(u"authentication_error"_s, u"not_authenticated"_s,
                            u"Authentication credentials were not provided."_s));
        return false;
    }
    // Only personal keys read; a project token (phc_…) is refused like any wrong key. The
    // detail text is the mock's own (PostHog's exact wording is not documented).
    if (!m_apiKey.startsWith(u"phx_"_s) || header != QByteArray("Bearer ").append(m_apiKey.toUtf8())) {
        replyJson(responder, 401,
                  errorBody(u"authentication_error"_s, u"authentication_failed"_s,
                            u"Personal API key found in request Authorization header is invalid."_s));
        return false;
    }
    return true;
}

void PostHogMockServer::query(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (!authorised(request, responder)) {
        return;
    }
    const QByteArray contentType = request.value("Content-Type");
    if (!contentType.startsWith("application/json")) {
        replyJson(responder, 415,
                  errorBody(u"invalid_request"_s, u"unsupported_media_type"_s,
                            u"Unsupported media type \"%1\" in request."_s.arg(QString::fromLatin1(contentType))));
        return;
    }
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parse);
    const QJsonObject q = doc.object().value(u"query"_s).toObject();
    if (parse.error != QJsonParseError::NoError || !doc.isObject() || q.value(u"kind"_s).toString() != u"HogQLQuery"_s
        || !q.value(u"query"_s).isString()) {
        replyJson(responder, 400,
                  errorBody(u"validation_error"_s, u"invalid_input"_s,
                            u"Expected {\"query\": {\"kind\": \"HogQLQuery\", \"query\": \"…\"}}."_s, u"query"_s));
        return;
    }
    const QString hogql = q.value(u"query"_s).toString();

    // A trailing LIMIT n [OFFSET m], as the client's paging appends it.
    static const QRegularExpression paging(uR"(^(.*?)\s+LIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString body = hogql.simplified();
    qint64 limit = DefaultLimit;
    qint64 offset = 0;
    if (const QRegularExpressionMatch m = paging.match(body); m.hasMatch()) {
        body = m.captured(1);
        limit = std::clamp<qint64>(m.captured(2).toLongLong(), 0, MaxLimit);
        offset = m.captured(3).isEmpty() ? 0 : m.captured(3).toLongLong();
    }

    QMutexLocker lock(&m_dataMutex);
    const bool pairs = m_typesAsPairs;
    const QList<TenantRevenue> revenue = m_revenue;
    lock.unlock();

    QStringList columns;
    QStringList types;
    QJsonArray all;
    if (body.compare(u"SELECT 1"_s, Qt::CaseInsensitive) == 0) {
        columns = {u"1"_s};
        types = {u"UInt8"_s};
        all.append(QJsonArray {1});
    } else if (body.contains(u"FROM events"_s, Qt::CaseInsensitive)
               && body.contains(u"event = 'subscription_payment'"_s)) {
        columns = {u"tenant_id"_s, u"revenue"_s, u"currency"_s};
        types = {u"String"_s, u"Float64"_s, u"Nullable(String)"_s};
        for (const TenantRevenue& t : revenue) {
            all.append(QJsonArray {t.tenantId, t.revenue,
                                   t.currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.currency)});
        }
    } else {
        replyJson(responder, 400,
                  errorBody(u"validation_error"_s, u"invalid_input"_s,
                            u"The PostHog mock does not understand this query."_s, u"query"_s));
        return;
    }

    QJsonArray page;
    for (qint64 i = offset; i < std::min<qint64>(offset + limit, all.size()); ++i) {
        page.append(all.at(i));
    }
    QJsonArray typeList;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        typeList.append(pairs ? QJsonValue(QJsonArray {columns.at(i), types.at(i)}) : QJsonValue(types.at(i)));
    }
    const QJsonObject answer {{u"columns"_s, QJsonArray::fromStringList(columns)},
                              {u"types"_s, typeList},
                              {u"results"_s, page},
                              {u"hasMore"_s, offset + limit < all.size()},
                              {u"limit"_s, limit},
                              {u"offset"_s, offset},
                              {u"hogql"_s, hogql},
                              {u"is_cached"_s, false},
                              {u"error"_s, QJsonValue(QJsonValue::Null)}};
    replyJson(responder, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace pm::sim
