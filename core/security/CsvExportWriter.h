#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pm::security
{

/**
 * Writes a gated export's rows (see ExportPayload) as CSV for spreadsheets: RFC 4180 with commas
 * and CRLF, UTF-8 with a byte order mark (without it Excel reads the bytes as the local code page
 * and mangles accents), a header row from the column names.
 *
 * The file is opened by people, in spreadsheet programs, so nothing in it may run: a string that
 * starts like a formula (=, +, -, @, tab, CR, NUL) gets a leading apostrophe, the OWASP advice for
 * CSV injection. Numbers are written bare and never guarded: -3.5 stays a number. Every string is
 * quoted, not only those with a comma, quote or line break: a spreadsheet that splits on semicolons
 * (Excel in most European locales) or tabs cannot cut a quoted string apart and start a new cell
 * with a formula, and readers that distinguish them (PostgreSQL's COPY, Python's csv) still tell
 * an empty string ("") from null (nothing).
 *
 * The file is replaced atomically (QSaveFile): after any failure, an earlier file at the path is
 * as it was and no partial file is left.
 */
class CsvExportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportWriter)

public:
    /// Writes @p payload to @p path; false with @p error (may be null) when the payload is malformed
    /// (nothing is written then) or the file cannot be written (the message names the path).
    static bool write(const QJsonObject& payload, const QString& path, QString* error);

    /// One field exactly as it appears in the file: guarded and quoted strings, bare numbers and
    /// booleans, nothing for null, nested lists and objects as quoted compact JSON.
    static QString cell(const QJsonValue& value);
};

} // namespace pm::security
