#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pm::providers
{

/// One CSV record of an SNDS feed, fields untrimmed.
struct SndsCsvRecord
{
    int line = 0; ///< the 1-based line the record starts on
    QStringList fields;
};

/**
 * Splits an SNDS feed body (provider-apis.md §7: no header row, CRLF lines) into records, before
 * any column means anything: SndsFeedParser reads the columns. Errors are SndsClient's, with
 * @p where (the request) in front.
 */
class SndsCsvRecords final
{
public:
    /// The records of an SNDS body, or false with @p error: an HTML page or an unclosed quote.
    static bool read(const QByteArray& csv, const QString& where, QList<SndsCsvRecord>* records, QString* error);

    /// Puts back together a free-text last column that unquoted commas split (§7.2: quoting UNCONFIRMED).
    static void joinLastColumn(SndsCsvRecord* record, int columns);
};

} // namespace pm::providers
