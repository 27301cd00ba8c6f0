#include "providers/snds/SndsClient.h"

#include "providers/snds/SndsFeedParser.h"
#include "providers/snds/SndsRowReader.h"
#include "util/Log.h"

#include <QHostAddress>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pm::providers
{

QStringList SndsIpStatus::addresses(int limit) const
{
    QStringList out;
    const QHostAddress first(firstIp);
    const QHostAddress last(lastIp);
    if (first.protocol() != QAbstractSocket::IPv4Protocol || last.protocol() != QAbstractSocket::IPv4Protocol) {
        // SNDS covers IPv4; anything else is shown by its two ends rather than expanded.
        for (const QString& ip : {firstIp, lastIp}) {
            if (!ip.isEmpty() && !out.contains(ip) && out.size() < limit) {
                out << ip;
            }
        }
        return out;
    }
    for (quint64 a = first.toIPv4Address(); a <= last.toIPv4Address() && out.size() < limit; ++a) {
        out << QHostAddress(static_cast<quint32>(a)).toString();
    }
    return out;
}

QUrl SndsClient::defaultBaseUrl()
{
    return QUrl(u"https://sendersupport.olc.protection.outlook.com/snds/"_s);
}

SndsClient::SndsClient(QUrl baseUrl, QString key, pm::net::RetryPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_key(std::move(key).trimmed()) // a key pasted from the portal often brings a line break along
    , m_http(u"Microsoft SNDS"_s, policy)
{ }

QString SndsClient::dateParameter(const QDate& day)
{
    return day.toString(u"MMddyy"_s);
}

QString SndsClient::scrub(QString text) const
{
    if (m_key.isEmpty()) {
        return text; // replacing an empty string would insert between every character
    }
    text.replace(m_key, u"***"_s, Qt::CaseInsensitive);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(m_key));
    if (encoded != m_key) {
        text.replace(encoded, u"***"_s, Qt::CaseInsensitive);
    }
    return text;
}

std::optional<QByteArray> SndsClient::get(const QString& file, const QList<QPair<QString, QString>>& query,
                                          QString* where, QString* error)
{
    pm::net::HttpRequest r;
    r.method = "GET";
    QUrl url = pm::net::HttpClient::endpoint(m_baseUrl, QString(u'/' + file));
    QUrlQuery q;
    q.addQueryItem(u"key"_s, m_key);
    for (const auto& [name, value] : query) {
        q.addQueryItem(name, value);
    }
    url.setQuery(q);
    r.url = url;
    r.headers = {{"Accept", "text/csv, text/plain;q=0.9, */*;q=0.1"}, {"User-Agent", "PenguinMails-Console"}};
    r.retrySafe = true; // a read
    // The path only: the query holds the key, so neither the URL nor its query may reach a message.
    *where = m_http.describe(r);
    if (m_key.isEmpty()) {
        *error = tr("%1: no SNDS key is set for this account. Copy it from the SNDS \"Automated Access\" page "
                    "into Settings.")
                     .arg(*where);
        return std::nullopt;
    }
    const pm::net::HttpResponse response = m_http.send(r);
    if (!response.refused.isEmpty()) {
        *error = tr("%1: not sent: %2").arg(*where, scrub(response.refused));
        return std::nullopt;
    }
    if (!response.transportError.isEmpty()) {
        // Qt's own error texts can quote the URL; scrub() keeps the key out all the same.
        *error = tr("%1: %2").arg(*where, scrub(response.transportError));
        return std::nullopt;
    }
    if (!response.ok()) {
        const QByteArray body = response.body.trimmed();
        QString message;
        if (body.isEmpty()) {
            message = tr("empty answer");
        } else if (body.startsWith('<')) {
            message = tr("an HTML page, not SNDS data");
        } else {
            // Scrubbed before it is shortened, so no part of an echoed URL's key survives the cut.
            message = SndsRowReader::shown(scrub(QString::fromUtf8(body)).section(u'\n', 0, 0).trimmed());
        }
        const QString status = QString::number(response.status);
        if (response.status == 401 || response.status == 403) {
            *error = tr("%1: the SNDS key was refused (HTTP %2: %3). Check the key on the SNDS \"Automated Access\" "
                        "page and in Settings.")
                         .arg(*where, status, message);
        } else if (response.status == 404) {
            *error = tr("%1: not found (HTTP 404). The address may have moved: Microsoft deprecated the "
                        "automated-access URLs under sendersupport.olc.protection.outlook.com/snds/ from 22 June "
                        "2026. Check the account's base URL in Settings.")
                         .arg(*where);
        } else if (response.status >= 300 && response.status < 400) {
            // Not followed (a less safe redirect, e.g. to a sign-in page over http); the Location is not shown.
            *error = tr("%1: redirected elsewhere (HTTP %2): the address may have moved, or SNDS wants a sign-in. "
                        "Check the account's base URL and key in Settings.")
                         .arg(*where, status);
        } else if (response.status == 429) {
            *error = tr("%1: rate limited (HTTP 429). SNDS data changes once a day; the next sync tries again.")
                         .arg(*where);
        } else {
            *error = tr("%1: HTTP %2: %3").arg(*where, status, message);
        }
        return std::nullopt;
    }
    return response.body;
}

std::optional<QList<SndsDataRow>> SndsClient::data(const QDate& day, QString* error)
{
    QList<QPair<QString, QString>> query;
    if (day.isValid()) {
        query.append({u"date"_s, dateParameter(day)});
    }
    QString where;
    const auto body = get(u"data.aspx"_s, query, &where, error);
    if (!body) {
        return std::nullopt;
    }
    auto rows = parseData(*body, error, where);
    if (!rows) {
        *error = scrub(*error); // a field could echo the request
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        // SNDS leaves out IPs with little mail; a key it does not know may (UNCONFIRMED) look the same.
        qCInfo(lcNet).noquote() << where << "answered with no rows: no data for the day, or a key SNDS does not know";
    }
    return rows;
}

std::optional<QList<SndsIpStatus>> SndsClient::ipStatus(QString* error)
{
    QString where;
    const auto body = get(u"ipStatus.aspx"_s, {}, &where, error);
    if (!body) {
        return std::nullopt;
    }
    auto ranges = parseIpStatus(*body, error, where);
    if (!ranges) {
        *error = scrub(*error);
    }
    return ranges;
}

std::optional<QList<SndsDataRow>> SndsClient::parseData(const QByteArray& csv, QString* error, const QString& where)
{
    return SndsFeedParser::parseData(csv, error, where);
}

std::optional<QList<SndsIpStatus>> SndsClient::parseIpStatus(const QByteArray& csv, QString* error,
                                                             const QString& where)
{
    return SndsFeedParser::parseIpStatus(csv, error, where);
}

} // namespace pm::providers
