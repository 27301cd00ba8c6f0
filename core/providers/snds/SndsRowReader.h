#pragma once

#include "providers/snds/SndsCsvRecords.h"

#include <QDateTime>
#include <QString>

namespace pm::providers
{

struct SndsDataRow;

/**
 * Reads one record's columns and keeps the first problem, named by line, column (1-based, as a
 * spreadsheet shows them; provider-apis.md counts from 0) and column name. Once it has failed,
 * reads return defaults, so a parser can read on and check once.
 */
class SndsRowReader final
{
public:
    /// @p names: the record's column names by position, QT_TRANSLATE_NOOP'd in the SndsClient context.
    SndsRowReader(const QString& where, const SndsCsvRecord& record, const char* const* names);

    /// A value as quoted in an error: short, so a runaway field cannot flood the message.
    static QString shown(const QString& value);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(int column, const QString& problem);

    QString text(int column) const { return m_record.fields.at(column).trimmed(); }

    QString ip(int column);
    qint64 count(int column, bool emptyIsZero);
    QDateTime time(int column, bool optional);
    QString filterResult(int column);
    /// "0.3%" or "< 0.1%": kept as text, and read as a percentage (not a fraction).
    void complaintRate(int column, SndsDataRow* row);

private:
    QString m_where;
    const SndsCsvRecord& m_record;
    const char* const* m_names;
    QString m_error;
};

} // namespace pm::providers
