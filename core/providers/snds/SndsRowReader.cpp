#include "providers/snds/SndsRowReader.h"

#include "providers/snds/SndsClient.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{

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

} // namespace

SndsRowReader::SndsRowReader(const QString& where, const SndsCsvRecord& record, const char* const* names)
    : m_where(where)
    , m_record(record)
    , m_names(names)
{ }

QString SndsRowReader::shown(const QString& value)
{
    return value.size() > 40 ? QString(value.left(40) + u'…') : value;
}

void SndsRowReader::fail(int column, const QString& problem)
{
    if (m_error.isEmpty()) {
        m_error = SndsClient::tr("%1: line %2, column %3 (%4): %5")
                      .arg(m_where, QString::number(m_record.line), QString::number(column + 1),
                           SndsClient::tr(m_names[column]), problem);
    }
}

QString SndsRowReader::ip(int column)
{
    const QString value = text(column);
    QHostAddress address;
    if (!address.setAddress(value)) {
        fail(column, value.isEmpty() ? SndsClient::tr("missing (expected an IP address)")
                                     : SndsClient::tr("\"%1\" is not an IP address").arg(shown(value)));
    }
    return value;
}

qint64 SndsRowReader::count(int column, bool emptyIsZero)
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

QDateTime SndsRowReader::time(int column, bool optional)
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

QString SndsRowReader::filterResult(int column)
{
    const QString value = text(column).toUpper();
    if (value != u"GREEN"_s && value != u"YELLOW"_s && value != u"RED"_s) {
        fail(column, value.isEmpty() ? SndsClient::tr("missing (expected GREEN, YELLOW or RED)")
                                     : SndsClient::tr("\"%1\" is not GREEN, YELLOW or RED").arg(shown(text(column))));
    }
    return value;
}

void SndsRowReader::complaintRate(int column, SndsDataRow* row)
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

} // namespace pm::providers
