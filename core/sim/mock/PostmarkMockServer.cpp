#include "sim/mock/PostmarkMockServer.h"

#include "store/DatabaseConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using pm::providers::PostmarkBounce;
using pm::providers::PostmarkDay;

namespace pm::sim
{

PostmarkMockServer::PostmarkMockServer(QString serverToken, QObject* parent)
    : MockHttpServer(u"Postmark"_s, parent)
    , m_token(std::move(serverToken))
{
    for (const QString& kind : {u"sends"_s, u"bounces"_s, u"spam"_s}) {
        route("GET", u"/stats/outbound/"_s + kind,
              [this, kind](const QHttpServerRequest& request, QHttpServerResponder& responder) {
                  if (authorised(request, responder)) {
                      stats(request, responder, kind);
                  }
              });
    }
    route("GET", u"/bounces"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (authorised(request, responder)) {
            bounces(request, responder);
        }
    });
    route("GET", u"/deliverystats"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (!authorised(request, responder)) {
            return;
        }
        QMutexLocker lock(&m_dataMutex);
        const QJsonObject body {
            {u"InactiveMails"_s, static_cast<int>(m_bounces.size())},
            {u"Bounces"_s,
             QJsonArray {QJsonObject {{u"Name"_s, u"All"_s}, {u"Count"_s, static_cast<int>(m_bounces.size())}}}}};
        replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
}

void PostmarkMockServer::setDays(const QList<PostmarkDay>& days)
{
    QMutexLocker lock(&m_dataMutex);
    m_days.clear();
    for (const PostmarkDay& d : days) {
        m_days.insert(d.date, d);
    }
}

void PostmarkMockServer::setBounces(const QList<PostmarkBounce>& bounces)
{
    QMutexLocker lock(&m_dataMutex);
    m_bounces = bounces;
    std::sort(m_bounces.begin(), m_bounces.end(),
              [](const PostmarkBounce& a, const PostmarkBounce& b) { return a.bouncedAt > b.bouncedAt; });
}

bool PostmarkMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    if (!m_token.isEmpty() && request.value("X-Postmark-Server-Token") == m_token.toUtf8()) {
        return true;
    }
    replyJson(responder, 401, R"({"ErrorCode":10,"Message":"Request does not contain a valid Server token."})");
    return false;
}

void PostmarkMockServer::stats(const QHttpServerRequest& request, QHttpServerResponder& responder, const QString& kind)
{
    const QUrlQuery query(request.url());
    const QDate from = QDate::fromString(query.queryItemValue(u"fromdate"_s), Qt::ISODate);
    const QDate to = QDate::fromString(query.queryItemValue(u"todate"_s), Qt::ISODate);
    QJsonArray days;
    QMap<QString, qint64> totals;
    QMutexLocker lock(&m_dataMutex);
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if ((from.isValid() && it.key() < from) || (to.isValid() && it.key() > to)) {
            continue;
        }
        QJsonObject day {{u"Date"_s, it.key().toString(Qt::ISODate)}};
        const QList<QPair<QString, qint64>> counters
            = kind == u"sends"_s  ? QList<QPair<QString, qint64>> {{u"Sent"_s, it->sent}}
              : kind == u"spam"_s ? QList<QPair<QString, qint64>> {{u"SpamComplaint"_s, it->spamComplaints}}
                                  : QList<QPair<QString, qint64>> {{u"HardBounce"_s, it->hardBounces},
                                                                   {u"SoftBounce"_s, it->softBounces},
                                                                   {u"Transient"_s, it->transient},
                                                                   {u"SMTPApiError"_s, it->smtpApiErrors}};
        for (const auto& [name, value] : counters) {
            if (value != 0 || kind == u"sends"_s) { // bounce and spam days leave out zero counters
                day.insert(name, static_cast<double>(value));
            }
            totals[name] += value;
        }
        days.append(day);
    }
    QJsonObject body {{u"Days"_s, days}};
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        body.insert(it.key(), static_cast<double>(it.value()));
    }
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void PostmarkMockServer::bounces(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QUrlQuery query(request.url());
    bool countOk = false;
    bool offsetOk = false;
    const int count = query.queryItemValue(u"count"_s).toInt(&countOk);
    const int offset = query.queryItemValue(u"offset"_s).toInt(&offsetOk);
    if (!countOk || !offsetOk || count < 1 || count > 500 || offset < 0 || count + offset > 10'000) {
        replyJson(
            responder, 422,
            R"({"ErrorCode":605,"Message":"The 'count' and 'offset' parameters are required; count must be at most 500 and count + offset at most 10000."})");
        return;
    }
    const QDate from = QDate::fromString(query.queryItemValue(u"fromdate"_s), Qt::ISODate);
    const QDate to = QDate::fromString(query.queryItemValue(u"todate"_s), Qt::ISODate);
    QMutexLocker lock(&m_dataMutex);
    QList<PostmarkBounce> matching;
    for (const PostmarkBounce& b : std::as_const(m_bounces)) {
        const QDate day = b.bouncedAt.date();
        if ((!from.isValid() || day >= from) && (!to.isValid() || day <= to)) {
            matching << b;
        }
    }
    QJsonArray page;
    for (int i = offset; i < std::min<int>(offset + count, static_cast<int>(matching.size())); ++i) {
        const PostmarkBounce& b = matching.at(i);
        page.append(QJsonObject {{u"RecordType"_s, u"Bounce"_s},
                                 {u"ID"_s, static_cast<double>(b.id)},
                                 {u"Type"_s, b.type},
                                 {u"TypeCode"_s, b.type == u"HardBounce"_s ? 1 : 4096},
                                 {u"MessageID"_s, u"00000000-0000-4000-8000-%1"_s.arg(b.id, 12, 10, QLatin1Char('0'))},
                                 {u"ServerID"_s, 1},
                                 {u"MessageStream"_s, u"outbound"_s},
                                 {u"Description"_s, b.description},
                                 {u"Details"_s, b.details},
                                 {u"Email"_s, b.email},
                                 {u"From"_s, u"alerts@penguinmails.example"_s},
                                 {u"BouncedAt"_s, b.bouncedAt.toOffsetFromUtc(-4 * 3600).toString(Qt::ISODateWithMs)},
                                 {u"DumpAvailable"_s, false},
                                 {u"Inactive"_s, b.type == u"HardBounce"_s},
                                 {u"CanActivate"_s, true},
                                 {u"Subject"_s, u"Notification"_s}});
    }
    const QJsonObject body {{u"TotalCount"_s, static_cast<int>(matching.size())}, {u"Bounces"_s, page}};
    replyJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool PostmarkMockServer::loadFromStore(QSqlDatabase db, int espAccountId, int days, QString* error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT day, sum(sent), sum(bounced_hard), sum(bounced_soft), sum(complaints) FROM daily_rollups "
              "WHERE esp_account_id = ? AND day > current_date - ?::integer GROUP BY day ORDER BY day"_s);
    q.addBindValue(espAccountId);
    q.addBindValue(days);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    QList<PostmarkDay> list;
    QList<PostmarkBounce> bounces;
    qint64 nextId = 4'323'370'000;
    while (q.next()) {
        PostmarkDay d;
        d.date = q.value(0).toDate();
        d.sent = q.value(1).toLongLong();
        d.hardBounces = q.value(2).toLongLong();
        d.softBounces = q.value(3).toLongLong();
        d.spamComplaints = q.value(4).toLongLong();
        list << d;
        // A few individual bounces per day for the bounce list (the rollups only count them).
        for (qint64 i = 0; i < std::min<qint64>(d.hardBounces, 3); ++i) {
            bounces << PostmarkBounce {
                nextId++,
                u"HardBounce"_s,
                QDateTime(d.date, QTime(9 + static_cast<int>(i), 15), Qt::UTC),
                u"user%1@example.net"_s.arg(nextId % 1000),
                u"The server was unable to deliver your message (ex: unknown user, mailbox not found)."_s,
                u"smtp;550 5.1.1 user unknown"_s};
        }
    }
    setDays(list);
    setBounces(bounces);
    return true;
}

} // namespace pm::sim
