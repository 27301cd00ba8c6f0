#include "security/CsvExportWriter.h"

#include "security/ExportPayload.h"

#include <QByteArray>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pm::security
{

namespace
{

/// Rows are collected up to this many bytes before they go to the file: few system calls, and a
/// large export never sits twice in memory.
constexpr qsizetype FlushBytes = 256 * 1024;

bool fail(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return false;
}

/// Excel, LibreOffice and Google Sheets evaluate a cell that starts with =, +, - or @ as a formula:
/// HYPERLINK, WEBSERVICE or DDE can then send the sheet's contents away or start a program on the
/// reader's machine. Tab and CR are on OWASP's list too (an importer that drops them leaves the
/// formula in front), NUL on OWASP ASVS's.
bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\0':
        return true;
    default:
        return false;
    }
}

void appendRecord(QByteArray* out, const QJsonArray& values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += CsvExportWriter::cell(values.at(i));
    }
    line += u"\r\n"_s;
    out->append(line.toUtf8());
}

} // namespace

QString CsvExportWriter::cell(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
    case QJsonValue::Array:
    case QJsonValue::Object: {
        QString text = ExportPayload::text(value);
        // Only strings: compact JSON starts with [ or {, and a number is data, not a formula.
        if (value.isString() && startsLikeFormula(text)) {
            text.prepend(u'\'');
        }
        text.replace(u'"', u"\"\""_s);
        QString field;
        field.reserve(text.size() + 2);
        field += u'"';
        field += text;
        field += u'"';
        return field;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    // Bare: a spreadsheet reads the number as a number, and an empty field is null.
    return ExportPayload::text(value);
}

bool CsvExportWriter::write(const QJsonObject& payload, const QString& path, QString* error)
{
    // Checked before the file is opened: a malformed payload leaves the disk as it was.
    const QString problem = ExportPayload::problem(payload);
    if (!problem.isEmpty()) {
        return fail(error, tr("the export data is malformed: %1").arg(problem));
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return fail(error, tr("no file name was given"));
    }

    // Binary mode on purpose: the CRLF line ends are written here, a text-mode device would turn
    // them into CRCRLF on Windows.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error, tr("could not save %1: %2").arg(shown, file.errorString()));
    }
    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    buffer.append("\xEF\xBB\xBF");
    appendRecord(&buffer, payload.value(u"columns"_s).toArray());
    const QJsonArray rows = payload.value(u"rows"_s).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        appendRecord(&buffer, rows.at(i).toArray());
        if (buffer.size() >= FlushBytes) {
            if (file.write(buffer) != buffer.size()) {
                // The temporary file is dropped when `file` goes out of scope without commit().
                return fail(error, tr("could not save %1: %2").arg(shown, file.errorString()));
            }
            buffer.resize(0);
        }
    }
    if (file.write(buffer) != buffer.size()) {
        return fail(error, tr("could not save %1: %2").arg(shown, file.errorString()));
    }
    // commit() flushes, syncs and renames over the target: a full disk surfaces here at the latest.
    if (!file.commit()) {
        return fail(error, tr("could not save %1: %2").arg(shown, file.errorString()));
    }
    return true;
}

} // namespace pm::security
