#include "providers/ses/SesClient.h"

#include "providers/PayloadReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace pm::providers
{

SesClient::SesClient(QUrl baseUrl, QString region, AwsCredentials credentials, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_region(std::move(region))
    , m_credentials(std::move(credentials))
    , m_http(u"Amazon SES"_s, policy)
{ }

QString SesClient::errorMessage(const pm::net::HttpResponse& response)
{
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    QString message = o.value(u"message"_s).toString();
    if (message.isEmpty()) {
        message = o.value(u"Message"_s).toString();
    }
    // "TooManyRequestsException:http://internal.amazon.com/…" → the part before the colon.
    const QString type = QString::fromLatin1(response.header("x-amzn-errortype")).section(u':', 0, 0);
    if (!type.isEmpty()) {
        message = message.isEmpty() ? type : u"%1 (%2)"_s.arg(message, type);
    }
    return message;
}

void SesClient::sign(pm::net::HttpRequest& request, const QDateTime& now) const
{
    SigV4Request r;
    r.method = request.method;
    r.path = request.url.path(QUrl::FullyDecoded).toUtf8();
    r.query = request.url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = request.url.host().toUtf8();
    if (request.url.port() != -1) {
        host += ':' + QByteArray::number(request.url.port()); // what Qt sends in Host for a non-default port
    }
    r.headers.append({"Host", host});
    for (const auto& header : std::as_const(request.headers)) {
        r.headers.append(header);
    }
    r.body = request.body;
    SigV4Context context;
    context.credentials = m_credentials;
    context.region = m_region;
    context.service = u"ses"_s;
    context.time = now.toUTC();
    const SigV4Result signature = SigV4Signer::signHeaders(r, context);
    request.headers += signature.addedHeaders;
}

std::optional<QByteArray> SesClient::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                          QString* error)
{
    pm::net::HttpRequest r;
    r.method = method;
    QUrl url = m_baseUrl;
    url.setPath(path);
    r.url = url;
    r.headers = {{"Accept", "application/json"}};
    if (!body.isEmpty()) {
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    r.body = body;
    r.retrySafe = true; // both calls only read
    sign(r, QDateTime::currentDateTimeUtc());
    const pm::net::HttpResponse response = m_http.send(r);
    const QString where = m_http.describe(r);
    if (!response.refused.isEmpty()) {
        *error = tr("%1: not sent: %2").arg(where, response.refused);
        return std::nullopt;
    }
    if (!response.transportError.isEmpty()) {
        *error = tr("%1: %2").arg(where, response.transportError);
        return std::nullopt;
    }
    if (!response.ok()) {
        QString message = errorMessage(response);
        if (message.isEmpty()) {
            message = tr("no SES error body");
        }
        *error = response.status == 403 ? tr("%1: AWS refused the credentials or the signature (403: %2). Check the "
                                             "access key, the secret and the computer's clock; `pmctl sigv4` shows "
                                             "what was signed.")
                                              .arg(where, message)
                                        : tr("%1: HTTP %2: %3").arg(where).arg(response.status).arg(message);
        return std::nullopt;
    }
    return response.body;
}

std::optional<SesAccount> SesClient::account(QString* error)
{
    const auto body = call("GET", u"/v2/email/account"_s, {}, error);
    if (!body) {
        return std::nullopt;
    }
    PayloadReader reader(u"Amazon SES GET /v2/email/account"_s);
    const QJsonObject doc = reader.document(*body);
    SesAccount a;
    a.enforcementStatus = reader.string(doc, u"EnforcementStatus"_s);
    a.sendingEnabled = doc.value(u"SendingEnabled"_s).toBool();
    a.productionAccess = doc.value(u"ProductionAccessEnabled"_s).toBool();
    const QJsonObject quota = reader.object(doc, u"SendQuota"_s);
    auto number = [&](const QString& field) {
        const QJsonValue v = quota.value(field);
        if (reader.ok() && !v.isDouble()) {
            reader.fail(u"SendQuota."_s + field, tr("expected a number"));
        }
        return v.toDouble();
    };
    a.max24HourSend = number(u"Max24HourSend"_s);
    a.maxSendRate = number(u"MaxSendRate"_s);
    a.sentLast24Hours = number(u"SentLast24Hours"_s);
    a.vdmEnabled = doc.value(u"VdmAttributes"_s).toObject().value(u"VdmEnabled"_s).toString() == u"ENABLED"_s;
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return a;
}

std::optional<QList<DailyStats>> SesClient::dailyMetrics(const QDate& from, const QDate& to, QString* error)
{
    const QStringList metrics {u"SEND"_s,      u"DELIVERY"_s, u"PERMANENT_BOUNCE"_s, u"TRANSIENT_BOUNCE"_s,
                               u"COMPLAINT"_s, u"OPEN"_s};
    const qint64 start = QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QJsonArray queries;
    for (const QString& metric : metrics) {
        queries.append(QJsonObject {{u"Id"_s, metric.toLower()},
                                    {u"Namespace"_s, u"VDM"_s},
                                    {u"Metric"_s, metric},
                                    {u"Dimensions"_s, QJsonObject {}},
                                    {u"StartDate"_s, static_cast<double>(start)},
                                    {u"EndDate"_s, static_cast<double>(end)}});
    }
    const QByteArray request = QJsonDocument(QJsonObject {{u"Queries"_s, queries}}).toJson(QJsonDocument::Compact);
    const auto body = call("POST", u"/v2/email/metrics/batch"_s, request, error);
    if (!body) {
        return std::nullopt;
    }
    PayloadReader reader(u"Amazon SES POST /v2/email/metrics/batch"_s);
    const QJsonObject doc = reader.document(*body);
    // Per-query errors (VDM disabled, bad dimension) come with a 200.
    const QJsonArray errors = doc.value(u"Errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject e = errors.first().toObject();
        *error = tr("Amazon SES POST /v2/email/metrics/batch: query %1: %2 (%3)")
                     .arg(e.value(u"Id"_s).toString(), e.value(u"Message"_s).toString(), e.value(u"Code"_s).toString());
        return std::nullopt;
    }
    QMap<QDate, DailyStats> days;
    const QJsonArray results = reader.array(doc, u"Results"_s);
    for (int i = 0; i < results.size() && reader.ok(); ++i) {
        const QString path = u"Results[%1]"_s.arg(i);
        const QJsonObject result = results.at(i).toObject();
        const QString id = reader.string(result, u"Id"_s, path);
        const QJsonArray stamps = reader.array(result, u"Timestamps"_s, path);
        const QJsonArray values = reader.array(result, u"Values"_s, path);
        if (reader.ok() && stamps.size() != values.size()) {
            reader.fail(path, tr("%1 timestamps but %2 values").arg(stamps.size()).arg(values.size()));
        }
        for (int k = 0; k < stamps.size() && reader.ok(); ++k) {
            // Timestamps are epoch seconds (numbers) or ISO strings, depending on the serializer.
            const QJsonValue t = stamps.at(k);
            const QDate day = t.isDouble()
                                  ? QDateTime::fromSecsSinceEpoch(static_cast<qint64>(t.toDouble()), Qt::UTC).date()
                                  : QDateTime::fromString(t.toString(), Qt::ISODate).toUTC().date();
            const double v = values.at(k).toDouble(-1);
            if (!day.isValid() || v < 0) {
                reader.fail(u"%1.Timestamps[%2]"_s.arg(path).arg(k), tr("not a time with a count"));
                break;
            }
            DailyStats& d = days[day];
            d.day = day;
            const auto n = static_cast<qint64>(v);
            if (id == u"send"_s) {
                d.sent = n;
            } else if (id == u"delivery"_s) {
                d.delivered = n;
            } else if (id == u"permanent_bounce"_s) {
                d.bouncedHard = n;
            } else if (id == u"transient_bounce"_s) {
                d.bouncedSoft = n;
            } else if (id == u"complaint"_s) {
                d.complaints = n;
            } else if (id == u"open"_s) {
                d.opened = n;
            }
        }
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return days.values();
}

} // namespace pm::providers
