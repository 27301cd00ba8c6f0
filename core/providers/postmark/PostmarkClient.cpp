#include "providers/postmark/PostmarkClient.h"

#include "providers/PayloadReader.h"

#include <QJsonDocument>
#include <QMap>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pm::providers
{

PostmarkClient::PostmarkClient(QUrl baseUrl, QString serverToken, QString messageStream, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(serverToken))
    , m_stream(std::move(messageStream))
    , m_http(u"Postmark"_s, policy)
{ }

QString PostmarkClient::errorMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(u"Message"_s).isString()) {
        return o.contains(u"ErrorCode"_s)
                   ? u"%1 (ErrorCode %2)"_s.arg(o.value(u"Message"_s).toString()).arg(o.value(u"ErrorCode"_s).toInt())
                   : o.value(u"Message"_s).toString();
    }
    return {};
}

std::optional<QByteArray> PostmarkClient::get(const QString& path, const QList<QPair<QString, QString>>& query,
                                              QString* error)
{
    pm::net::HttpRequest r;
    r.method = "GET";
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, path);
    QUrlQuery q;
    for (const auto& [name, value] : query) {
        q.addQueryItem(name, value);
    }
    url.setQuery(q);
    r.url = url;
    r.headers = {{"Accept", "application/json"}, {"X-Postmark-Server-Token", m_token.toUtf8()}};
    r.retrySafe = true;
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
        QString message = errorMessage(response.body);
        if (message.isEmpty()) {
            // A 403 with an HTML body comes from a network security layer, not the API.
            message = response.body.trimmed().startsWith('<') ? tr("an HTML page, not a Postmark answer")
                                                              : tr("no Postmark error body");
        }
        *error = response.status == 401
                     ? tr("%1: the server token was refused (401: %2). Check the account's token in Settings.")
                           .arg(where, message)
                     : tr("%1: HTTP %2: %3").arg(where).arg(response.status).arg(message);
        return std::nullopt;
    }
    return response.body;
}

std::optional<QList<PostmarkDay>> PostmarkClient::outboundDays(const QDate& from, const QDate& to, QString* error)
{
    QList<QPair<QString, QString>> query {{u"fromdate"_s, from.toString(Qt::ISODate)},
                                          {u"todate"_s, to.toString(Qt::ISODate)}};
    if (!m_stream.isEmpty()) {
        query.append({u"messagestream"_s, m_stream});
    }
    QMap<QDate, PostmarkDay> days;
    struct Part
    {
        QString path;
        QStringList fields;
    };
    const QList<Part> parts {
        {u"/stats/outbound/sends"_s, {u"Sent"_s}},
        {u"/stats/outbound/bounces"_s, {u"HardBounce"_s, u"SoftBounce"_s, u"Transient"_s, u"SMTPApiError"_s}},
        {u"/stats/outbound/spam"_s, {u"SpamComplaint"_s}},
    };
    for (const Part& part : parts) {
        const auto body = get(part.path, query, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(u"Postmark GET "_s + part.path);
        const QJsonArray list = reader.array(reader.document(*body), u"Days"_s);
        for (int i = 0; i < list.size() && reader.ok(); ++i) {
            const QString path = u"Days[%1]"_s.arg(i);
            if (!list.at(i).isObject()) {
                reader.fail(path, tr("expected an object"));
                break;
            }
            const QJsonObject o = list.at(i).toObject();
            PostmarkDay& day = days[reader.date(o, u"Date"_s, path)];
            for (const QString& field : part.fields) {
                const qint64 n = reader.count(o, field, path, 0); // zero counters are left out
                if (field == u"Sent"_s) {
                    day.sent = n;
                } else if (field == u"HardBounce"_s) {
                    day.hardBounces = n;
                } else if (field == u"SoftBounce"_s) {
                    day.softBounces = n;
                } else if (field == u"Transient"_s) {
                    day.transient = n;
                } else if (field == u"SMTPApiError"_s) {
                    day.smtpApiErrors = n;
                } else {
                    day.spamComplaints = n;
                }
            }
        }
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
    }
    QList<PostmarkDay> out;
    for (auto it = days.begin(); it != days.end(); ++it) {
        if (it.key() < from || it.key() > to) {
            continue; // outside what was asked: not ours to store
        }
        it->date = it.key();
        out << *it;
    }
    return out;
}

std::optional<QList<PostmarkBounce>> PostmarkClient::bounces(const QDate& from, const QDate& to, QString* error,
                                                             int pageSize)
{
    QList<PostmarkBounce> out;
    pageSize = std::clamp(pageSize, 1, 500);
    for (int offset = 0; offset + pageSize <= 10'000; offset += pageSize) {
        QList<QPair<QString, QString>> query {{u"count"_s, QString::number(pageSize)},
                                              {u"offset"_s, QString::number(offset)},
                                              {u"fromdate"_s, from.toString(Qt::ISODate)},
                                              {u"todate"_s, to.toString(Qt::ISODate)}};
        if (!m_stream.isEmpty()) {
            query.append({u"messagestream"_s, m_stream});
        }
        const auto body = get(u"/bounces"_s, query, error);
        if (!body) {
            return std::nullopt;
        }
        PayloadReader reader(u"Postmark GET /bounces"_s);
        const QJsonObject doc = reader.document(*body);
        const qint64 total = reader.count(doc, u"TotalCount"_s);
        const QJsonArray page = reader.array(doc, u"Bounces"_s);
        for (int i = 0; i < page.size() && reader.ok(); ++i) {
            const QString path = u"Bounces[%1]"_s.arg(offset + i);
            const QJsonObject o = page.at(i).toObject();
            PostmarkBounce b;
            b.id = reader.count(o, u"ID"_s, path);
            b.type = reader.string(o, u"Type"_s, path);
            b.bouncedAt = reader.dateTime(o, u"BouncedAt"_s, path);
            b.email = o.value(u"Email"_s).toString();
            b.description = o.value(u"Description"_s).toString();
            b.details = o.value(u"Details"_s).toString();
            out << b;
        }
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
        // The last page: shorter than asked, empty, or everything counted.
        if (page.size() < pageSize || out.size() >= total) {
            break;
        }
    }
    return out;
}

std::optional<qint64> PostmarkClient::testToken(QString* error)
{
    const auto body = get(u"/deliverystats"_s, {}, error);
    if (!body) {
        return std::nullopt;
    }
    PayloadReader reader(u"Postmark GET /deliverystats"_s);
    const qint64 inactive = reader.count(reader.document(*body), u"InactiveMails"_s);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return inactive;
}

} // namespace pm::providers
