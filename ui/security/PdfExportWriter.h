#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace pm::ui
{

/**
 * Writes a gated export's rows (see pm::security::ExportPayload) as a PDF report: landscape A4, a
 * title, a subtitle line (who exported, when, which period, what the figures are for), then the
 * table with its header row on every page and "Page n of m" in the footer.
 *
 * The table is painted cell by cell with QTextLayout rather than through QTextDocument: no rich
 * text is ever interpreted (a "<script>" or "<img src=…>" in a cell is printed as those characters,
 * not parsed as markup), memory stays flat however many rows there are (a QTextDocument table
 * keeps every cell as a block and lays the whole document out at once), and the page count is
 * known before the first page is painted. Cell text is made printable first: control characters
 * and bidirectional formatting (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM) become visible
 * escapes such as "\n" or "<U+202E>", so a value cannot reorder or hide what the reader sees; cells
 * longer than MaxCellChars are cut, with the number of characters left out.
 *
 * Safe off the GUI thread (QtConcurrent::run) while a QGuiApplication exists: it uses only fonts,
 * QTextLayout and a QPainter on a QPdfWriter, no widget and no QPixmap. The file is replaced
 * atomically (QSaveFile, which the PDF engine writes through as a plain QIODevice): after any
 * failure an earlier file at the path is as it was and no partial file is left.
 */
class PdfExportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfExportWriter)

public:
    /// The longest a cell is printed, in characters (escapes included); the CSV export has it all.
    static constexpr qsizetype MaxCellChars = 500;

    /// Writes @p payload to @p path; false with @p error (may be null) when the payload is malformed
    /// (nothing is written then) or the file cannot be written (the message names the path).
    static bool write(const QJsonObject& payload, const QString& title, const QString& subtitle, const QString& path,
                      QString* error);

    /// @p text as the report prints it: \n, \r and \t as those two characters, other control
    /// characters, bidirectional formatting, line and paragraph separators, a stray byte order
    /// mark and unpaired surrogates as <U+XXXX>; at most @p maxChars characters, and when that cut
    /// something, " … (N more characters)" after them.
    static QString printable(const QString& text, qsizetype maxChars = MaxCellChars);
};

} // namespace pm::ui
