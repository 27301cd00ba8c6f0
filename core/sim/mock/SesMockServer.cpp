#include "sim/mock/SesMockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using pm::providers::DailyStats;

namespace pm::sim
{

namespace
{
void awsError(QHttpServerResponder& responder, int status, const QString& type, const QString& message)
{
    MockHttpServer::writeRaw(responder, status,
                             QJsonDocument(QJsonObject {{u"message"_s, message}}).toJson(QJsonDocument::Compact),
                             {{"Content-Type", "application/json"}, {"x-amzn-ErrorType", type.toUtf8() + ':'}});
}
} // namespace

SesMockServer::SesMockServer(QString accessKeyId, QString secretAccessKey, QString region, QObject* parent)
    : MockHttpServer(u"Amazon SES"_s, parent)
    , m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::move(secretAccessKey))
    , m_region(std::move(region))
{
    m_account.enforcementStatus = u"HEALTHY"_s;
    m_account.sendingEnabled = true;
    m_account.productionAccess = true;
    m_account.max24HourSend = 200'000;
    m_account.maxSendRate = 50;
    m_account.vdmEnabled = true;
    route("GET", u"/v2/email/account"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (!authorised(request, responder)) {
            return;
        }
        QMutexLocker lock(&m_dataMutex);
        const QJsonObject body {
            {u"EnforcementStatus"_s, m_account.enforcementStatus},
            {u"SendingEnabled"_s, m_account.sendingEnabled},
            {u"ProductionAccessEnabled"_s, m_account.productionAccess},
            {u"DedicatedIpAutoWarmupEnabled"_s, true},
            {u"SendQuota"_s, QJsonObject {{u"Max24HourSend"_s, m_account.max24HourSend},
                                          {u"MaxSendRate"_s, m_account.maxSendRate},
                                          {u"SentLast24Hours"_s, m_account.sentLast24Hours}}},
            {u"SuppressionAttributes"_s,
             QJsonObject {{u"SuppressedReasons"_s, QJsonArray {u"BOUNCE"_s, u"COMPLAINT"_s}}}},
            {u"VdmAttributes"_s, QJsonObject {{u"VdmEnabled"_s, m_account.vdmEnabled ? u"ENABLED"_s : u"DISABLED"_s}}},
        };
        replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    route("POST", u"/v2/email/metrics/batch"_s,
          [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
              if (authorised(request, responder)) {
                  metrics(request, responder);
              }
          });
}

void SesMockServer::setAccount(const pm::providers::SesAccount& account)
{
    QMutexLocker lock(&m_dataMutex);
    m_account = account;
}

void SesMockServer::setDays(const QList<DailyStats>& days)
{
    QMutexLocker lock(&m_dataMutex);
    m_days = days;
}

QString SesMockServer::verify(const QHttpServerRequest& request, QString* type) const
{
    static const QRegularExpression header(
        uR"(^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$)"_s);
    const auto m = header.match(QString::fromLatin1(request.value("Authorization")));
    if (!m.hasMatch()) {
        *type = u"IncompleteSignatureException"_s;
        return u"Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters."_s;
    }
    if (m.captured(1) != m_accessKeyId) {
        *type = u"UnrecognizedClientException"_s;
        return u"The security token included in the request is invalid."_s;
    }
    const QDateTime at
        = QDateTime::fromString(QString::fromLatin1(request.value("X-Amz-Date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    if (!at.isValid() || std::abs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60) {
        *type = u"InvalidSignatureException"_s;
        return u"Signature expired: the request time is more than 15 minutes from the server's."_s;
    }
    if (m.captured(3) != m_region || m.captured(4) != u"ses"_s || m.captured(2) != utc.toString(u"yyyyMMdd"_s)) {
        *type = u"InvalidSignatureException"_s;
        return u"Credential should be scoped to a valid region and service 'ses'."_s;
    }
    // Recompute over what arrived, with the headers the client says it signed.
    pm::providers::SigV4Request r;
    r.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    r.path = request.url().path(QUrl::FullyDecoded).toUtf8();
    r.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    const QStringList signedHeaders = m.captured(5).split(u';');
    for (const auto& [name, value] : request.headers()) {
        const QString lower = QString::fromLatin1(name).toLower();
        if (signedHeaders.contains(lower) && lower != u"x-amz-date"_s && lower != u"x-amz-security-token"_s) {
            r.headers.append({name, value});
        }
    }
    r.body = request.body();
    pm::providers::SigV4Context c;
    c.credentials = {m_accessKeyId, m_secret, QString::fromLatin1(request.value("X-Amz-Security-Token"))};
    c.region = m_region;
    c.service = u"ses"_s;
    c.time = utc;
    const auto expected = pm::providers::SigV4Signer::signHeaders(r, c);
    if (QString::fromLatin1(expected.signature) != m.captured(6)) {
        *type = u"InvalidSignatureException"_s;
        return u"The request signature we calculated does not match the signature you provided. Check your AWS "
               "Secret Access Key and signing method. Consult the service documentation for details."_s;
    }
    return {};
}

bool SesMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    QString type;
    const QString problem = verify(request, &type);
    if (problem.isEmpty()) {
        return true;
    }
    awsError(responder, 403, type, problem);
    return false;
}

void SesMockServer::metrics(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonArray queries = body.value(u"Queries"_s).toArray();
    if (queries.isEmpty() || queries.size() > 10) {
        awsError(responder, 400, u"BadRequestException"_s, u"Queries must hold 1 to 10 queries."_s);
        return;
    }
    QMutexLocker lock(&m_dataMutex);
    QJsonArray results;
    QJsonArray errors;
    for (const QJsonValue& value : queries) {
        const QJsonObject query = value.toObject();
        const QString id = query.value(u"Id"_s).toString();
        if (!m_account.vdmEnabled) {
            errors.append(
                QJsonObject {{u"Id"_s, id},
                             {u"Code"_s, u"ACCESS_DENIED"_s},
                             {u"Message"_s, u"Virtual Deliverability Manager is not enabled for this account."_s}});
            continue;
        }
        const QString metric = query.value(u"Metric"_s).toString();
        const qint64 start = static_cast<qint64>(query.value(u"StartDate"_s).toDouble());
        const qint64 end = static_cast<qint64>(query.value(u"EndDate"_s).toDouble());
        QJsonArray stamps;
        QJsonArray values;
        for (const DailyStats& d : std::as_const(m_days)) {
            const qint64 t = QDateTime(d.day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            if (t < start || t >= end) {
                continue;
            }
            const qint64 v = metric == u"SEND"_s               ? d.sent
                             : metric == u"DELIVERY"_s         ? std::max<qint64>(0, d.delivered)
                             : metric == u"PERMANENT_BOUNCE"_s ? d.bouncedHard
                             : metric == u"TRANSIENT_BOUNCE"_s ? d.bouncedSoft
                             : metric == u"COMPLAINT"_s        ? d.complaints
                             : metric == u"OPEN"_s             ? std::max<qint64>(0, d.opened)
                                                               : 0;
            stamps.append(static_cast<double>(t));
            values.append(static_cast<double>(v));
        }
        results.append(QJsonObject {{u"Id"_s, id}, {u"Timestamps"_s, stamps}, {u"Values"_s, values}});
    }
    replyJson(
        responder, 200,
        QJsonDocument(QJsonObject {{u"Results"_s, results}, {u"Errors"_s, errors}}).toJson(QJsonDocument::Compact));
}

} // namespace pm::sim
