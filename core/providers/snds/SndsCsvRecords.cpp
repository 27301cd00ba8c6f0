#include "providers/snds/SndsCsvRecords.h"

#include "providers/snds/SndsClient.h"

namespace pm::providers
{

namespace
{

/**
 * Splits @p text into CSV records: ',' between fields; CRLF, LF or a lone CR between records;
 * '"'-quoted fields with "" for a quote, keeping commas and line breaks inside. How SNDS quotes is
 * UNCONFIRMED (§7.2), so this is lenient: a quote inside an unquoted field is an ordinary
 * character, and blank lines (the trailing one included) are skipped. Returns the line of a
 * quoted field that is never closed, or 0.
 */
int splitRecords(const QString& text, QList<SndsCsvRecord>* records)
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
            records->append(SndsCsvRecord {recordLine, fields});
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

} // namespace

bool SndsCsvRecords::read(const QByteArray& csv, const QString& where, QList<SndsCsvRecord>* records, QString* error)
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

void SndsCsvRecords::joinLastColumn(SndsCsvRecord* record, int columns)
{
    while (record->fields.size() > columns) {
        const QString extra = record->fields.takeAt(columns);
        record->fields[columns - 1].append(u',').append(extra);
    }
}

} // namespace pm::providers
