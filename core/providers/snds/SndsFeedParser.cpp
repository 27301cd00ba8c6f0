#include "providers/snds/SndsFeedParser.h"

#include "providers/snds/SndsCsvRecords.h"
#include "providers/snds/SndsRowReader.h"

#include <QHostAddress>

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

} // namespace

std::optional<QList<SndsDataRow>> SndsFeedParser::parseData(const QByteArray& csv, QString* error, const QString& where)
{
    const QString at = where.isEmpty() ? u"Microsoft SNDS GET /snds/data.aspx"_s : where;
    QList<SndsCsvRecord> records;
    if (!SndsCsvRecords::read(csv, at, &records, error)) {
        return std::nullopt;
    }
    QList<SndsDataRow> rows;
    rows.reserve(records.size());
    for (SndsCsvRecord& record : records) {
        if (record.fields.size() < SndsClient::DataColumns) {
            *error = SndsClient::tr("%1: line %2: expected %3 columns, found %4")
                         .arg(at, QString::number(record.line), QString::number(SndsClient::DataColumns),
                              QString::number(record.fields.size()));
            return std::nullopt;
        }
        SndsCsvRecords::joinLastColumn(&record, SndsClient::DataColumns); // only the comments are free text
        SndsRowReader reader(at, record, DataColumnNames);
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
            reader.fail(2, SndsClient::tr("the activity ends (%1) before it starts (%2)")
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

std::optional<QList<SndsIpStatus>> SndsFeedParser::parseIpStatus(const QByteArray& csv, QString* error,
                                                                 const QString& where)
{
    const QString at = where.isEmpty() ? u"Microsoft SNDS GET /snds/ipStatus.aspx"_s : where;
    QList<SndsCsvRecord> records;
    if (!SndsCsvRecords::read(csv, at, &records, error)) {
        return std::nullopt;
    }
    QList<SndsIpStatus> ranges; // none: nothing is blocked
    ranges.reserve(records.size());
    for (SndsCsvRecord& record : records) {
        if (record.fields.size() < SndsClient::IpStatusColumns) {
            *error = SndsClient::tr("%1: line %2: expected %3 columns, found %4")
                         .arg(at, QString::number(record.line), QString::number(SndsClient::IpStatusColumns),
                              QString::number(record.fields.size()));
            return std::nullopt;
        }
        SndsCsvRecords::joinLastColumn(&record, SndsClient::IpStatusColumns); // only the reason is free text
        SndsRowReader reader(at, record, IpStatusColumnNames);
        SndsIpStatus range;
        range.firstIp = reader.ip(0);
        range.lastIp = reader.ip(1);
        const QString flag = reader.text(2);
        if (flag.compare(u"Yes"_s, Qt::CaseInsensitive) == 0) {
            range.blocked = true;
        } else if (flag.compare(u"No"_s, Qt::CaseInsensitive) == 0) {
            range.blocked = false;
        } else {
            reader.fail(2, flag.isEmpty() ? SndsClient::tr("missing (expected Yes)")
                                          : SndsClient::tr("\"%1\" is not Yes or No").arg(SndsRowReader::shown(flag)));
        }
        range.reason = reader.text(3);
        if (reader.ok()) {
            const QHostAddress first(range.firstIp);
            const QHostAddress last(range.lastIp);
            if (first.protocol() != last.protocol()) {
                reader.fail(1, SndsClient::tr("not the same kind of address as the first (%1)").arg(range.firstIp));
            } else if (first.protocol() == QAbstractSocket::IPv4Protocol
                       && first.toIPv4Address() > last.toIPv4Address()) {
                reader.fail(1, SndsClient::tr("the range ends before it starts (%1)").arg(range.firstIp));
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
