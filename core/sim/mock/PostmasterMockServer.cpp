#include "sim/mock/PostmasterMockServer.h"

#include "sim/mock/PostmasterMockStatsQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using pm::providers::PostmasterCompliance;
using pm::providers::PostmasterDayStats;

namespace pm::sim
{

namespace
{
/// domains.list pages as domainStats:query does (§6.3).
constexpr int DefaultPageSize = PostmasterMockStatsQuery::DefaultPageSize;
constexpr int MaxPageSize = PostmasterMockStatsQuery::MaxPageSize;

void googleError(QHttpServerResponder& responder, int code, const QString& status, const QString& message)
{
    MockHttpServer::writeRaw(responder, code, PostmasterMockServer::errorBody(code, status, message),
                             {{"Content-Type", "application/json; charset=UTF-8"}});
}

void invalidArgument(QHttpServerResponder& responder, const QString& message)
{
    googleError(responder, 400, u"INVALID_ARGUMENT"_s, message);
}

QString encodeToken(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeToken(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return QString::fromUtf8(*decoded);
}

/// "20260601/spam_rate": a DAILY page token before encoding (Google's v2 reference: date + "/" + metric).
QString entryKey(const QDate& day, const QString& metric)
{
    return QString(day.toString(u"yyyyMMdd"_s) + u'/' + metric);
}

/// PostmasterCompliance::details (or its "subdomain" part) in Google's DomainComplianceData shape.
QJsonObject complianceJson(const QJsonObject& details, const QString& domain)
{
    QJsonObject data {{u"domainId"_s, details.value(u"domainId"_s).toString(domain)}};
    QJsonArray rows;
    const QJsonObject requirements = details.value(u"requirements"_s).toObject();
    for (auto it = requirements.constBegin(); it != requirements.constEnd(); ++it) {
        QJsonObject row {{u"requirement"_s, it.key()}};
        // STATE_UNSPECIFIED is the enum's zero value, which proto3 JSON leaves out.
        const QString status = it.value().toString();
        if (!status.isEmpty() && status != u"STATE_UNSPECIFIED"_s) {
            row.insert(u"status"_s, QJsonObject {{u"status"_s, status}});
        }
        rows.append(row);
    }
    if (!rows.isEmpty()) {
        data.insert(u"rowData"_s, rows);
    }
    const QList<QPair<QString, QString>> verdicts {{u"oneClickUnsubscribe"_s, u"oneClickUnsubscribeVerdict"_s},
                                                   {u"honorUnsubscribe"_s, u"honorUnsubscribeVerdict"_s}};
    for (const auto& [key, field] : verdicts) {
        if (!details.contains(key)) {
            continue;
        }
        const QJsonObject v = details.value(key).toObject();
        QJsonObject verdict {{u"status"_s, QJsonObject {{u"status"_s, v.value(u"status"_s).toString()}}}};
        if (!v.value(u"reason"_s).toString().isEmpty()) {
            verdict.insert(u"reason"_s, v.value(u"reason"_s).toString());
        }
        data.insert(field, verdict);
    }
    return data;
}
} // namespace

PostmasterMockServer::PostmasterMockServer(QString accessToken, QObject* parent)
    : MockHttpServer(u"Google Postmaster Tools"_s, parent)
    , m_token(std::move(accessToken))
{
    route("GET", u"/v2/domains"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        listDomains(request, responder);
    });
}

QByteArray PostmasterMockServer::errorBody(int code, const QString& status, const QString& message)
{
    const QJsonObject error {{u"code"_s, code}, {u"message"_s, message}, {u"status"_s, status}};
    return QJsonDocument(QJsonObject {{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

void PostmasterMockServer::setDomainStats(const QList<PostmasterDayStats>& days)
{
    QMutexLocker lock(&m_dataMutex);
    m_stats.clear();
    for (const PostmasterDayStats& d : days) {
        m_stats[d.domain].insert(d.day, d);
    }
}

void PostmasterMockServer::setDomains(const QStringList& domains)
{
    QMutexLocker lock(&m_dataMutex);
    m_domains = domains;
}

void PostmasterMockServer::setCompliance(const PostmasterCompliance& compliance)
{
    QMutexLocker lock(&m_dataMutex);
    m_compliance.insert(compliance.domain, compliance);
}

void PostmasterMockServer::setPageLimit(int n)
{
    QMutexLocker lock(&m_dataMutex);
    m_pageLimit = std::max(1, n);
}

bool PostmasterMockServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // The base class routes exact paths, and these hold the domain: a domain's route is added the
    // first time it is asked for — here, on the server's thread, which is where routes are read.
    static const QRegularExpression perDomain(uR"(^/v2/domains/([^/]+)/(domainStats:query|complianceStatus)$)"_s);
    const QString path = request.url().path();
    const QRegularExpressionMatch match = perDomain.match(path);
    if (match.hasMatch() && !m_routedPaths.contains(path)) {
        m_routedPaths.insert(path);
        const QString domain = match.captured(1);
        if (match.captured(2) == u"domainStats:query"_s) {
            route("POST", path, [this, domain](const QHttpServerRequest& r, QHttpServerResponder& responder) {
                queryStats(domain, r, responder);
            });
        } else {
            route("GET", path, [this, domain](const QHttpServerRequest& r, QHttpServerResponder& responder) {
                complianceStatus(domain, r, responder);
            });
        }
    }
    return MockHttpServer::handleRequest(request, socket);
}

bool PostmasterMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    if (!m_token.isEmpty() && request.value("Authorization") == QByteArray("Bearer ").append(m_token.toUtf8())) {
        return true;
    }
    // What Google answers a missing, expired or made-up access token.
    writeRaw(responder, 401,
             errorBody(401, u"UNAUTHENTICATED"_s,
                       u"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie "
                       "or other valid authentication credential. See "
                       "https://developers.google.com/identity/sign-in/web/devconsole-project."_s),
             {{"Content-Type", "application/json; charset=UTF-8"},
              {"WWW-Authenticate", R"(Bearer realm="https://accounts.google.com/", error="invalid_token")"}});
    return false;
}

bool PostmasterMockServer::owns(const QString& domain, QHttpServerResponder& responder) const
{
    {
        QMutexLocker lock(&m_dataMutex);
        if (m_domains.contains(domain, Qt::CaseInsensitive)) {
            return true;
        }
    }
    googleError(responder, 403, u"PERMISSION_DENIED"_s, u"The caller does not have permission"_s);
    return false;
}

void PostmasterMockServer::listDomains(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (!authorised(request, responder)) {
        return;
    }
    const QUrlQuery query(request.url());
    int pageSize = DefaultPageSize;
    if (query.hasQueryItem(u"pageSize"_s)) {
        bool ok = false;
        pageSize = query.queryItemValue(u"pageSize"_s).toInt(&ok);
        if (!ok || pageSize < 0 || pageSize > MaxPageSize) {
            invalidArgument(responder, u"pageSize must be from 0 to %1"_s.arg(MaxPageSize));
            return;
        }
        if (pageSize == 0) {
            pageSize = DefaultPageSize;
        }
    }
    qint64 offset = 0;
    const QString token = query.queryItemValue(u"pageToken"_s, QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const std::optional<QString> decoded = decodeToken(token);
        bool ok = false;
        offset = decoded ? decoded->toLongLong(&ok) : -1;
        if (!ok || offset < 0) {
            invalidArgument(responder, u"Invalid page token"_s);
            return;
        }
    }
    QMutexLocker lock(&m_dataMutex);
    const QStringList domains = m_domains;
    const qint64 limit = std::min(pageSize, m_pageLimit);
    lock.unlock();

    QJsonArray page;
    for (qint64 i = offset; i < std::min<qint64>(offset + limit, domains.size()); ++i) {
        page.append(QJsonObject {{u"name"_s, QString(u"domains/"_s + domains.at(i))},
                                 {u"createTime"_s, u"2025-03-14T09:26:53.589793Z"_s},
                                 {u"lastVerifyTime"_s, u"2025-03-14T09:31:10.104226Z"_s},
                                 {u"permission"_s, u"OWNER"_s},
                                 {u"verificationState"_s, u"VERIFIED"_s}});
    }
    // Empty lists and the last page's token are left out, as proto3 JSON does.
    QJsonObject body;
    if (!page.isEmpty()) {
        body.insert(u"domains"_s, page);
    }
    if (offset + limit < domains.size()) {
        body.insert(u"nextPageToken"_s, encodeToken(QString::number(offset + limit)));
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void PostmasterMockServer::queryStats(const QString& domain, const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
    if (!authorised(request, responder) || !owns(domain, responder)) {
        return;
    }
    QString problem;
    const std::optional<PostmasterMockStatsQuery> query = PostmasterMockStatsQuery::parse(request.body(), &problem);
    if (!query) {
        invalidArgument(responder, problem);
        return;
    }

    QMutexLocker lock(&m_dataMutex);
    const QMap<QDate, PostmasterDayStats> days = m_stats.value(domain);
    const int pageLimit = m_pageLimit;
    lock.unlock();

    // Every DomainStat the query has, by date and then in the order the metrics were asked for.
    struct Entry
    {
        QDate day;
        QString metric;
        double value = 0;
    };
    QList<Entry> entries;
    for (const QDate& day : query->dates) {
        const auto it = days.constFind(day);
        if (it == days.constEnd()) {
            continue;
        }
        for (const PostmasterMockStatsQuery::Metric& m : query->metrics) {
            if (const std::optional<double> value = m.valueOn(*it)) {
                entries << Entry {day, m.name, *value};
            }
        }
    }
    qsizetype start = 0;
    if (!query->pageToken.isEmpty()) {
        const std::optional<QString> decoded = decodeToken(query->pageToken);
        start = -1;
        for (qsizetype i = 0; decoded && i < entries.size(); ++i) {
            if (entryKey(entries.at(i).day, entries.at(i).metric) == *decoded) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            invalidArgument(responder, u"Invalid page token"_s);
            return;
        }
    }

    QJsonArray page;
    QList<QDate> pageDays;
    qsizetype i = start;
    for (; i < entries.size() && page.size() < query->pageSize; ++i) {
        const Entry& e = entries.at(i);
        if (!pageDays.contains(e.day)) {
            if (pageDays.size() >= pageLimit) {
                break;
            }
            pageDays << e.day;
        }
        page.append(QJsonObject {
            {u"name"_s, QString(u"domains/"_s + domain + u"/domainStats/"_s + encodeToken(entryKey(e.day, e.metric)))},
            {u"metric"_s, e.metric},
            {u"date"_s, QJsonObject {{u"year"_s, e.day.year()}, {u"month"_s, e.day.month()}, {u"day"_s, e.day.day()}}},
            {u"value"_s, QJsonObject {{u"doubleValue"_s, e.value}}}});
    }
    QJsonObject answer;
    if (!page.isEmpty()) {
        answer.insert(u"domainStats"_s, page);
    }
    if (i < entries.size()) {
        answer.insert(u"nextPageToken"_s, encodeToken(entryKey(entries.at(i).day, entries.at(i).metric)));
    }
    replyJson(responder, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void PostmasterMockServer::complianceStatus(const QString& domain, const QHttpServerRequest& request,
                                            QHttpServerResponder& responder)
{
    if (!authorised(request, responder) || !owns(domain, responder)) {
        return;
    }
    QMutexLocker lock(&m_dataMutex);
    const QJsonObject details = m_compliance.value(domain).details;
    lock.unlock();
    QJsonObject body {{u"name"_s, QString(u"domains/"_s + domain + u"/complianceStatus"_s)}};
    // No details: no compliance data for the domain, so the field is left out.
    if (!details.isEmpty()) {
        body.insert(u"complianceData"_s, complianceJson(details, domain));
        if (details.contains(u"subdomain"_s)) {
            body.insert(u"subdomainComplianceData"_s, complianceJson(details.value(u"subdomain"_s).toObject(), domain));
        }
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace pm::sim
