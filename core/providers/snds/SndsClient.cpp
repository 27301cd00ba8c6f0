#include "providers/snds/SndsClient.h"

#include "util/Log.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{

// Column names for error messages, by position (provider-apis.md §7.2 and §7.3).
constexpr const char* DataColumnNames[SndsClient::DataColumns] = {
    QT_TRANSLATE_NOOP("SndsClient", "IP address"),
    QT_TRANSLATE_NOOP("SndsClient", "activity start"),
    QT_TRANSLATE_NOOP("SndsClient", "activity end"),
    QT_TRANSLATE_NOOP("SndsClient", "RCPT commands"),
    QT_TRANSLATE_NOOP("SndsClient", "DATA commands"),
    QT_TRANSLATE_NOOP("SndsClient", "message recipients"),
    QT_TRANSLATE_NOOP("SndsClient", "filter result"),
    QT_TRANSLATE_NOOP("SndsClient", "complaint rate"),
    QT_TRANSLATE_NOOP("SndsClient", "trap message period start"),
    QT_TRANSLATE_NOOP("SndsClient", "trap message period end"),
    QT_TRANSLATE_NOOP("SndsClient", "trap hits"),
    QT_TRANSLATE_NOOP("SndsClient", "sample HELO"),
    QT_TRANSLATE_NOOP("SndsClient", "sample MAIL FROM"),
    QT_TRANSLATE_NOOP("SndsClient", "comments"),
};

constexpr const char* IpStatusColumnNames[SndsClient::IpStatusColumns] = {
    QT_TRANSLATE_NOOP("SndsClient", "first IP of range"),
    QT_TRANSLATE_NOOP("SndsClient", "last IP of range"),
    QT_TRANSLATE_NOOP("SndsClient", "blocked"),
    QT_TRANSLATE_NOOP("SndsClient", "reason"),
};

/// A value as quoted in an error: short, so a runaway field cannot flood the message.
QString shown(const QString& value)
{
    return value.size() > 40 ? QString(value.left(40) + u'…') : value;
}

struct Record
{
    int line = 0; ///< the 1-based line the record starts on
    QStringList fields;
};

/**
 * Splits @p text into CSV records: ',' between fields; CRLF, LF or a lone CR between records;
 * '"'-quoted fields with "" for a quote, keeping commas and line breaks inside. How SNDS quotes is
 * UNCONFIRMED (§7.2), so this is lenient: a quote inside an unquoted field is an ordinary
 * character, and blank lines (the trailing one included) are skipped. Returns the line of a
 * quoted field that is never closed, or 0.
 */
int splitRecords(const QString& text, QList<Record>* records)
{
    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool quoted = false; // the current field started with a quote
    const auto endRecord = [&] {
        const bool blank = fields.isEmpty() && !quoted && field.trimmed().isEmpty();
        fields << field;
        if (!blank) {
            records->append(Record {recordLine, fields});
        }
        fields.clear();
        field.clear();
        quoted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool crlf = c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n';
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !crlf)) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && !quoted && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
            quoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (crlf) {
                ++i;
            }
            endRecord();
            recordLine = ++line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        return recordLine;
    }
    if (!fields.isEmpty() || quoted || !field.trimmed().isEmpty()) {
        endRecord(); // the last line had no line break
    }
    return 0;
}

/// The records of an SNDS body, or false with @p error: an HTML page or an unclosed quote.
bool readRecords(const QByteArray& csv, const QString& where, QList<Record>* records, QString* error)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar::ByteOrderMark)) {
        text.remove(0, 1);
    }
    // The portal answers some requests (a wrong key, a moved address) with its sign-in page.
    if (text.trimmed().startsWith(u'<')) {
        *error = SndsClient::tr(
                     "%1: the answer is an HTML page, not SNDS data (the key may be wrong or the address moved)")
                     .arg(where);
        return false;
    }
    const int badLine = splitRecords(text, records);
    if (badLine > 0) {
        *error = SndsClient::tr("%1: line %2: a quoted field is never closed").arg(where, QString::number(badLine));
        return false;
    }
    return true;
}

/// Puts back together a free-text last column that unquoted commas split (§7.2: quoting UNCONFIRMED).
void joinLastColumn(Record* record, int columns)
{
    while (record->fields.size() > columns) {
        const QString extra = record->fields.takeAt(columns);
        record->fields[columns - 1].append(u',').append(extra);
    }
}

/// "6/1/2025 8:00 AM" (US M/D/YYYY h:mm AM/PM, UTC, §7.2); seconds, a 24-hour clock or no time are tolerated.
std::optional<QDateTime> parseUsDateTime(const QString& text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    int hour = m.captured(4).toInt(); // 0 when there is no time
    const QString half = m.captured(7).toUpper();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12) {
            return std::nullopt;
        }
        hour = hour % 12 + (half == u"PM"_s ? 12 : 0); // 12 AM is midnight, 12 PM noon
    }
    const QTime time(hour, m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
}

/**
 * Reads one record's columns and keeps the first problem, named by line, column (1-based, as a
 * spreadsheet shows them; provider-apis.md counts from 0) and column name. Once it has failed,
 * reads return defaults, so a parser can read on and check once.
 */
class RowReader final
{
public:
    RowReader(const QString& where, const Record& record, const char* const* names)
        : m_where(where)
        , m_record(record)
        , m_names(names)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(int column, const QString& problem)
    {
        if (m_error.isEmpty()) {
            m_error = SndsClient::tr("%1: line %2, column %3 (%4): %5")
                          .arg(m_where, QString::number(m_record.line), QString::number(column + 1),
                               SndsClient::tr(m_names[column]), problem);
        }
    }

    QString text(int column) const { return m_record.fields.at(column).trimmed(); }

    QString ip(int column)
    {
        const QString value = text(column);
        QHostAddress address;
        if (!address.setAddress(value)) {
            fail(column, value.isEmpty() ? SndsClient::tr("missing (expected an IP address)")
                                         : SndsClient::tr("\"%1\" is not an IP address").arg(shown(value)));
        }
        return value;
    }

    qint64 count(int column, bool emptyIsZero)
    {
        const QString value = text(column);
        if (value.isEmpty() && emptyIsZero) {
            return 0;
        }
        bool numeric = false;
        const qint64 n = value.toLongLong(&numeric);
        if (!numeric || n < 0) {
            fail(column, value.isEmpty() ? SndsClient::tr("missing (expected a whole number)")
                                         : SndsClient::tr("\"%1\" is not a whole number ≥ 0").arg(shown(value)));
            return 0;
        }
        return n;
    }

    QDateTime time(int column, bool optional)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (!optional) {
                fail(column, SndsClient::tr("missing (expected a date and time such as 6/1/2025 8:00 AM)"));
            }
            return {};
        }
        const std::optional<QDateTime> t = parseUsDateTime(value);
        if (!t) {
            fail(column, SndsClient::tr("\"%1\" is not a date and time such as 6/1/2025 8:00 AM").arg(shown(value)));
            return {};
        }
        return *t;
    }

    QString filterResult(int column)
    {
        const QString value = text(column).toUpper();
        if (value != u"GREEN"_s && value != u"YELLOW"_s && value != u"RED"_s) {
            fail(column, value.isEmpty()
                             ? SndsClient::tr("missing (expected GREEN, YELLOW or RED)")
                             : SndsClient::tr("\"%1\" is not GREEN, YELLOW or RED").arg(shown(text(column))));
        }
        return value;
    }

    /// "0.3%" or "< 0.1%": kept as text, and read as a percentage (not a fraction).
    void complaintRate(int column, SndsDataRow* row)
    {
        row->complaintRateText = text(column);
        if (row->complaintRateText.isEmpty()) {
            return; // not given: no number rather than a made-up 0
        }
        static const QRegularExpression pattern(uR"(^(<)?\s*(\d+(?:\.\d+)?|\.\d+)\s*%$)"_s);
        const QRegularExpressionMatch m = pattern.match(row->complaintRateText);
        bool numeric = false;
        const double percent = m.hasMatch() ? m.captured(2).toDouble(&numeric) : 0.0;
        if (!numeric) {
            fail(column, SndsClient::tr("\"%1\" is not a percentage such as \"0.3%\" or \"< 0.1%\"")
                             .arg(shown(row->complaintRateText)));
            return;
        }
        row->complaintRatePercent = percent;
        row->complaintRateBelow = !m.captured(1).isEmpty();
    }

private:
    QString m_where;
    const Record& m_record;
    const char* const* m_names;
    QString m_error;
};

} // namespace

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
            message = shown(scrub(QString::fromUtf8(body)).section(u'\n', 0, 0).trimmed());
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
    const QString at = where.isEmpty() ? u"Microsoft SNDS GET /snds/data.aspx"_s : where;
    QList<Record> records;
    if (!readRecords(csv, at, &records, error)) {
        return std::nullopt;
    }
    QList<SndsDataRow> rows;
    rows.reserve(records.size());
    for (Record& record : records) {
        if (record.fields.size() < DataColumns) {
            *error = tr("%1: line %2: expected %3 columns, found %4")
                         .arg(at, QString::number(record.line), QString::number(DataColumns),
                              QString::number(record.fields.size()));
            return std::nullopt;
        }
        joinLastColumn(&record, DataColumns); // only the comments are free text
        RowReader reader(at, record, DataColumnNames);
        SndsDataRow row;
        row.ip = reader.ip(0);
        row.activityStart = reader.time(1, false);
        row.activityEnd = reader.time(2, false);
        row.rcptCommands = reader.count(3, false);
        row.dataCommands = reader.count(4, false);
        row.messageRecipients = reader.count(5, false);
        row.filterResult = reader.filterResult(6);
        reader.complaintRate(7, &row);
        row.trapPeriodStart = reader.time(8, true);
        row.trapPeriodEnd = reader.time(9, true);
        row.trapHits = reader.count(10, true); // empty when there were no trap hits
        row.sampleHelo = reader.text(11);
        row.sampleMailFrom = reader.text(12);
        row.comments = reader.text(13);
        if (reader.ok() && row.activityEnd < row.activityStart) {
            reader.fail(2, tr("the activity ends (%1) before it starts (%2)")
                               .arg(row.activityEnd.toString(Qt::ISODate), row.activityStart.toString(Qt::ISODate)));
        }
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
        rows << row;
    }
    return rows;
}

std::optional<QList<SndsIpStatus>> SndsClient::parseIpStatus(const QByteArray& csv, QString* error,
                                                             const QString& where)
{
    const QString at = where.isEmpty() ? u"Microsoft SNDS GET /snds/ipStatus.aspx"_s : where;
    QList<Record> records;
    if (!readRecords(csv, at, &records, error)) {
        return std::nullopt;
    }
    QList<SndsIpStatus> ranges; // none: nothing is blocked
    ranges.reserve(records.size());
    for (Record& record : records) {
        if (record.fields.size() < IpStatusColumns) {
            *error = tr("%1: line %2: expected %3 columns, found %4")
                         .arg(at, QString::number(record.line), QString::number(IpStatusColumns),
                              QString::number(record.fields.size()));
            return std::nullopt;
        }
        joinLastColumn(&record, IpStatusColumns); // only the reason is free text
        RowReader reader(at, record, IpStatusColumnNames);
        SndsIpStatus range;
        range.firstIp = reader.ip(0);
        range.lastIp = reader.ip(1);
        const QString flag = reader.text(2);
        if (flag.compare(u"Yes"_s, Qt::CaseInsensitive) == 0) {
            range.blocked = true;
        } else if (flag.compare(u"No"_s, Qt::CaseInsensitive) == 0) {
            range.blocked = false;
        } else {
            reader.fail(2,
                        flag.isEmpty() ? tr("missing (expected Yes)") : tr("\"%1\" is not Yes or No").arg(shown(flag)));
        }
        range.reason = reader.text(3);
        if (reader.ok()) {
            const QHostAddress first(range.firstIp);
            const QHostAddress last(range.lastIp);
            if (first.protocol() != last.protocol()) {
                reader.fail(1, tr("not the same kind of address as the first (%1)").arg(range.firstIp));
            } else if (first.protocol() == QAbstractSocket::IPv4Protocol
                       && first.toIPv4Address() > last.toIPv4Address()) {
                reader.fail(1, tr("the range ends before it starts (%1)").arg(range.firstIp));
            }
        }
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
        ranges << range;
    }
    return ranges;
}

} // namespace pm::providers
