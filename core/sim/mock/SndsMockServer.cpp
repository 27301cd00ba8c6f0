#include "sim/mock/SndsMockServer.h"

#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;
using pm::providers::SndsClient;
using pm::providers::SndsDataRow;
using pm::providers::SndsIpStatus;

namespace pm::sim
{

namespace
{

QList<QPair<QByteArray, QByteArray>> csvHeaders()
{
    return {{"Content-Type", "text/csv; charset=utf-8"}};
}

/// "6/1/2025 8:00 AM": US month/day/year and a 12-hour clock, in UTC, as SNDS writes times (§7.2).
QString usDateTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const int hour = utc.time().hour();
    return u"%1/%2/%3 %4:%5 %6"_s.arg(QString::number(d.month()), QString::number(d.day()), QString::number(d.year()),
                                      QString::number(hour % 12 == 0 ? 12 : hour % 12),
                                      u"%1"_s.arg(utc.time().minute(), 2, 10, QLatin1Char('0')),
                                      hour < 12 ? u"AM"_s : u"PM"_s);
}

/// A field quoted the usual CSV way when it holds a comma, a quote or a line break. How SNDS
/// itself quotes is UNCONFIRMED (§7.2); this is what a lenient reader must cope with anyway.
QString csvField(QString value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n')) {
        value.replace(u'"', u"\"\""_s);
        value.prepend(u'"');
        value.append(u'"');
    }
    return value;
}

/// One CSV line with its CRLF (§7.1: every line ends with CRLF, the last one too).
QByteArray csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        quoted << csvField(field);
    }
    QByteArray line = quoted.join(u',').toUtf8();
    line.append("\r\n");
    return line;
}

QString complaintRate(const SndsDataRow& row)
{
    if (!row.complaintRateText.isEmpty()) {
        return row.complaintRateText; // verbatim, "< 0.1%" included
    }
    if (!row.complaintRatePercent) {
        return {};
    }
    return QString((row.complaintRateBelow ? u"< "_s : QString()) + QString::number(*row.complaintRatePercent) + u'%');
}

} // namespace

SndsMockServer::SndsMockServer(QString key, QObject* parent)
    : MockHttpServer(u"Microsoft SNDS"_s, parent)
    , m_key(std::move(key))
{
    route("GET", u"/snds/data.aspx"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (authorised(request, responder)) {
            data(request, responder);
        }
    });
    route("GET", u"/snds/ipStatus.aspx"_s, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        if (authorised(request, responder)) {
            ipStatus(responder);
        }
    });
}

QUrl SndsMockServer::sndsBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/snds/"_s);
    return url;
}

void SndsMockServer::setData(const QList<SndsDataRow>& rows)
{
    QMutexLocker lock(&m_dataMutex);
    m_rows = rows;
}

void SndsMockServer::setIpStatus(const QList<SndsIpStatus>& ranges)
{
    QMutexLocker lock(&m_dataMutex);
    m_ranges = ranges;
}

void SndsMockServer::setWrongKeyAnswer(WrongKeyAnswer answer)
{
    QMutexLocker lock(&m_dataMutex);
    m_wrongKeyAnswer = answer;
}

QByteArray SndsMockServer::formatData(const QList<SndsDataRow>& rows)
{
    QByteArray out;
    for (const SndsDataRow& row : rows) {
        // No trap period and no hits: SNDS leaves the count empty rather than writing 0.
        const QString trapHits
            = row.trapHits == 0 && !row.trapPeriodStart.isValid() ? QString() : QString::number(row.trapHits);
        out += csvLine({row.ip, usDateTime(row.activityStart), usDateTime(row.activityEnd),
                        QString::number(row.rcptCommands), QString::number(row.dataCommands),
                        QString::number(row.messageRecipients), row.filterResult, complaintRate(row),
                        usDateTime(row.trapPeriodStart), usDateTime(row.trapPeriodEnd), trapHits, row.sampleHelo,
                        row.sampleMailFrom, row.comments});
    }
    return out;
}

QByteArray SndsMockServer::formatIpStatus(const QList<SndsIpStatus>& ranges)
{
    QByteArray out;
    for (const SndsIpStatus& range : ranges) {
        out += csvLine({range.firstIp, range.lastIp, range.blocked ? u"Yes"_s : u"No"_s, range.reason});
    }
    return out;
}

bool SndsMockServer::authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const
{
    // The key rides in the query string (§7.1); there is no auth header to look at.
    const QString key = request.query().queryItemValue(u"key"_s, QUrl::FullyDecoded);
    if (!m_key.isEmpty() && key == m_key) {
        return true;
    }
    WrongKeyAnswer answer = WrongKeyAnswer::SignInPage;
    {
        QMutexLocker lock(&m_dataMutex);
        answer = m_wrongKeyAnswer;
    }
    // UNCONFIRMED (§7.4): SNDS' real answer to a bad key is not documented. The default, the
    // portal's sign-in page with a 200, is the case a client can least afford to read as data.
    switch (answer) {
    case WrongKeyAnswer::SignInPage:
        writeRaw(responder, 200,
                 "<!DOCTYPE html>\r\n<html><head><title>Sign in to your Microsoft account</title></head>\r\n"
                 "<body><form method=\"post\" action=\"https://login.live.com/ppsecure/post.srf\">"
                 "<input type=\"email\" name=\"loginfmt\"></form></body></html>\r\n",
                 {{"Content-Type", "text/html; charset=utf-8"}});
        break;
    case WrongKeyAnswer::Unauthorized:
        writeRaw(responder, 401, "Unauthorized: the key is not valid.", {{"Content-Type", "text/plain"}});
        break;
    case WrongKeyAnswer::EmptyBody:
        writeRaw(responder, 200, {}, csvHeaders());
        break;
    }
    return false;
}

void SndsMockServer::data(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    // &date= in the client's own format (MMDDYY, UNCONFIRMED §7.1), compared as text so the two
    // cannot drift apart; a date the mock does not recognise simply matches no rows. Without a
    // date SNDS returns "the newest available day" (which one is UNCONFIRMED): here, the newest.
    const QString date = request.query().queryItemValue(u"date"_s, QUrl::FullyDecoded);
    QList<SndsDataRow> selected;
    {
        QMutexLocker lock(&m_dataMutex);
        QDate newest;
        for (const SndsDataRow& row : std::as_const(m_rows)) {
            if (row.day().isValid() && (!newest.isValid() || row.day() > newest)) {
                newest = row.day();
            }
        }
        for (const SndsDataRow& row : std::as_const(m_rows)) {
            const bool wanted = date.isEmpty() ? row.day() == newest : SndsClient::dateParameter(row.day()) == date;
            if (row.day().isValid() && wanted) {
                selected << row;
            }
        }
    }
    writeRaw(responder, 200, formatData(selected), csvHeaders());
}

void SndsMockServer::ipStatus(QHttpServerResponder& responder)
{
    QByteArray body;
    {
        QMutexLocker lock(&m_dataMutex);
        body = formatIpStatus(m_ranges); // empty when nothing is blocked (§7.3)
    }
    writeRaw(responder, 200, body, csvHeaders());
}

} // namespace pm::sim
