#include "security/CsvExportWriter.h"
#include "security/ExportPayload.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::security::CsvExportWriter;
using pm::security::ExportPayload;

namespace
{

QJsonObject payload(const QJsonArray& columns, const QJsonArray& rows)
{
    QJsonObject p;
    p.insert(u"columns"_s, columns);
    p.insert(u"rows"_s, rows);
    return p;
}

/// Rows appended one by one: QJsonArray{QJsonArray{...}} with a single element reads too much like a copy.
QJsonArray rowsOf(std::initializer_list<QJsonArray> rows)
{
    QJsonArray out;
    for (const QJsonArray& row : rows) {
        out.append(row);
    }
    return out;
}

QJsonObject smallPayload()
{
    return payload(QJsonArray {u"tenant_id"_s, u"tenant"_s}, rowsOf({QJsonArray {1, u"Acme"_s}}));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

/// Everything in @p dir, hidden files included: a failed save must not leave its temporary behind.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

struct Field
{
    QString text;
    bool quoted = false;
};

/// A strict RFC 4180 reader, to check that what was written reads back as what was exported.
QList<QList<Field>> parseCsv(const QString& text)
{
    QList<QList<Field>> records;
    QList<Field> record;
    Field field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != u'"') {
                field.text += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.text += u'"';
                ++i;
            } else {
                inQuotes = false;
            }
        } else if (c == u'"') {
            inQuotes = true;
            field.quoted = true;
        } else if (c == u',') {
            record.append(field);
            field = {};
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field = {};
            ++i;
        } else {
            field.text += c;
        }
    }
    return records;
}

} // namespace

class TestCsvExportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void writesBomHeaderAndCrlf();
    void readsBackWhatWasExported();
    void refusesMalformedPayloads_data();
    void refusesMalformedPayloads();
    void reportsAMissingDirectory();
    void failedWriteKeepsTheEarlierFile();
};

void TestCsvExportWriter::cells_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    // Strings are always quoted: a semicolon-splitting spreadsheet cannot cut one apart.
    QTest::addRow("plain") << QJsonValue(u"Acme"_s) << u"\"Acme\""_s;
    QTest::addRow("empty string") << QJsonValue(u""_s) << u"\"\""_s;
    QTest::addRow("comma") << QJsonValue(u"Acme, Inc."_s) << u"\"Acme, Inc.\""_s;
    QTest::addRow("semicolon") << QJsonValue(u"a;=1+1"_s) << u"\"a;=1+1\""_s;
    QTest::addRow("quotes doubled") << QJsonValue(u"say \"hi\""_s) << u"\"say \"\"hi\"\"\""_s;
    QTest::addRow("only a quote") << QJsonValue(u"\""_s) << u"\"\"\"\""_s;
    QTest::addRow("CRLF inside") << QJsonValue(u"line 1\r\nline 2"_s) << u"\"line 1\r\nline 2\""_s;
    QTest::addRow("LF inside") << QJsonValue(u"line 1\nline 2"_s) << u"\"line 1\nline 2\""_s;
    QTest::addRow("accents") << QJsonValue(u"Café Zoë"_s) << u"\"Café Zoë\""_s;
    QTest::addRow("minus inside") << QJsonValue(u"a-b"_s) << u"\"a-b\""_s;

    // Formula injection: a string that starts like a formula gets an apostrophe.
    QTest::addRow("equals") << QJsonValue(u"=1+2"_s) << u"\"'=1+2\""_s;
    QTest::addRow("plus") << QJsonValue(u"+1"_s) << u"\"'+1\""_s;
    QTest::addRow("minus string") << QJsonValue(u"-3.5"_s) << u"\"'-3.5\""_s;
    QTest::addRow("at") << QJsonValue(u"@SUM(A1:A9)"_s) << u"\"'@SUM(A1:A9)\""_s;
    QTest::addRow("tab") << QJsonValue(u"\t=1"_s) << u"\"'\t=1\""_s;
    QTest::addRow("carriage return") << QJsonValue(u"\r=1"_s) << u"\"'\r=1\""_s;
    QTest::addRow("DDE") << QJsonValue(u"=cmd|' /C calc'!A0"_s) << u"\"'=cmd|' /C calc'!A0\""_s;
    QTest::addRow("formula with quotes") << QJsonValue(u"=HYPERLINK(\"http://x\",\"y\")"_s)
                                         << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;

    // Numbers are data: bare, never guarded, exact.
    QTest::addRow("negative number") << QJsonValue(-3.5) << u"-3.5"_s;
    QTest::addRow("integer") << QJsonValue(42) << u"42"_s;
    QTest::addRow("zero") << QJsonValue(0) << u"0"_s;
    QTest::addRow("beyond 2^53") << QJsonValue(qint64(9007199254740993LL)) << u"9007199254740993"_s;
    QTest::addRow("whole double") << QJsonValue(1000000.0) << u"1000000"_s;
    QTest::addRow("money") << QJsonValue(1234.5) << u"1234.5"_s;
    QTest::addRow("tenth") << QJsonValue(0.1) << u"0.1"_s;

    QTest::addRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::addRow("true") << QJsonValue(true) << u"true"_s;
    QTest::addRow("false") << QJsonValue(false) << u"false"_s;
    QTest::addRow("array") << QJsonValue(QJsonArray {1, u"a"_s}) << u"\"[1,\"\"a\"\"]\""_s;
    QTest::addRow("object") << QJsonValue(QJsonObject {{u"k"_s, u"=x"_s}}) << u"\"{\"\"k\"\":\"\"=x\"\"}\""_s;
}

void TestCsvExportWriter::cells()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QCOMPARE(CsvExportWriter::cell(value), field);
}

void TestCsvExportWriter::writesBomHeaderAndCrlf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"revenue.csv"_s);
    {
        // A longer earlier export: the new one replaces it whole, nothing of it trails behind.
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write(QByteArray(10000, 'x'));
    }
    const QJsonArray columns {u"tenant_id"_s, u"tenant"_s, u"mrr"_s, u"phase"_s};
    const QJsonArray rows
        = rowsOf({QJsonArray {1, u"Café Zoë"_s, 1234.5, QJsonValue()}, QJsonArray {2, u"=evil()"_s, -3.5, true}});
    QString error;
    QVERIFY2(CsvExportWriter::write(payload(columns, rows), path, &error), qPrintable(error));

    const QByteArray bytes = contents(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "\"tenant_id\",\"tenant\",\"mrr\",\"phase\"\r\n"
                                "1,\"Caf\xC3\xA9 Zo\xC3\xAB\",1234.5,\r\n"
                                "2,\"'=evil()\",-3.5,true\r\n";
    QCOMPARE(bytes, expected);
    QCOMPARE(entries(dir.path()), QStringList {u"revenue.csv"_s});
}

void TestCsvExportWriter::readsBackWhatWasExported()
{
    const QStringList strings
        = {u"a,b"_s, u"say \"hi\""_s, u"line 1\r\nline 2"_s, u"lone\rCR"_s,  u"lone\nLF"_s, u""_s,
           u"\""_s,  u"  padded  "_s, u"ünï ✓ 東京"_s,       u"trailing,"_s, u",leading"_s, u"\"\""_s};
    QJsonArray columns;
    QJsonArray row;
    for (qsizetype i = 0; i < strings.size(); ++i) {
        columns.append(u"c%1"_s.arg(i));
        row.append(strings.at(i));
    }
    columns.append(u"nothing"_s);
    row.append(QJsonValue());
    columns.append(u"number"_s);
    row.append(-3.5);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"back.csv"_s);
    QString error;
    QVERIFY2(CsvExportWriter::write(payload(columns, rowsOf({row, row})), path, &error), qPrintable(error));

    const QByteArray raw = contents(path);
    QVERIFY(raw.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheet programs look for
    const QString text = QString::fromUtf8(raw.mid(3));
    const QList<QList<Field>> records = parseCsv(text);
    QCOMPARE(records.size(), 3);
    for (const QList<Field>& record : records) {
        QCOMPARE(record.size(), columns.size());
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QList<Field>& record = records.at(r);
        for (qsizetype i = 0; i < strings.size(); ++i) {
            QCOMPARE(record.at(i).text, strings.at(i));
            QVERIFY(record.at(i).quoted);
        }
        // null and the empty string stay apart: nothing at all, and "".
        QVERIFY(record.at(strings.size()).text.isEmpty());
        QVERIFY(!record.at(strings.size()).quoted);
        QCOMPARE(record.at(strings.size() + 1).text, u"-3.5"_s);
        QVERIFY(!record.at(strings.size() + 1).quoted);
    }
}

void TestCsvExportWriter::refusesMalformedPayloads_data()
{
    QTest::addColumn<QJsonObject>("malformed");
    QTest::addColumn<QString>("named");
    QTest::addRow("no columns") << QJsonObject {{u"rows"_s, QJsonArray {}}} << u"column"_s;
    QTest::addRow("columns not a list") << QJsonObject {{u"columns"_s, u"a,b"_s}, {u"rows"_s, QJsonArray {}}}
                                        << u"column"_s;
    QTest::addRow("empty columns") << payload(QJsonArray {}, QJsonArray {}) << u"column"_s;
    QTest::addRow("unnamed column") << payload(QJsonArray {u"a"_s, 2}, QJsonArray {}) << u"column 2"_s;
    QTest::addRow("no rows") << QJsonObject {{u"columns"_s, QJsonArray {u"a"_s}}} << u"row"_s;
    QTest::addRow("row not a list") << payload(QJsonArray {u"a"_s}, QJsonArray {QJsonValue(QJsonArray {1}), u"x"_s})
                                    << u"row 2"_s;
    QTest::addRow("ragged row") << payload(QJsonArray {u"a"_s, u"b"_s},
                                           rowsOf({QJsonArray {1, 2}, QJsonArray {3, 4}, QJsonArray {5}}))
                                << u"row 3"_s;
    QTest::addRow("long row") << payload(QJsonArray {u"a"_s, u"b"_s}, rowsOf({QJsonArray {1, 2, 3}})) << u"row 1"_s;
}

void TestCsvExportWriter::refusesMalformedPayloads()
{
    QFETCH(QJsonObject, malformed);
    QFETCH(QString, named);
    QVERIFY(!ExportPayload::problem(malformed).isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"malformed.csv"_s);
    QString error;
    QVERIFY(!CsvExportWriter::write(malformed, path, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestCsvExportWriter::reportsAMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/deeper/export.csv"_s);
    QString error;
    QVERIFY(!CsvExportWriter::write(smallPayload(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestCsvExportWriter::failedWriteKeepsTheEarlierFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.csv"_s);
    const QByteArray earlier = "earlier export\r\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(earlier) == earlier.size());
    }

    // Refused before the file is touched.
    QString error;
    const QJsonObject ragged = payload(QJsonArray {u"a"_s, u"b"_s}, rowsOf({QJsonArray {1}}));
    QVERIFY(!CsvExportWriter::write(ragged, path, &error));
    QCOMPARE(contents(path), earlier);
    QCOMPARE(entries(dir.path()), QStringList {u"export.csv"_s});

    // A folder nobody may write to: the save cannot start, and the earlier file stays whole.
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard(
        [&dir] { QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    {
        QFile probe(dir.filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("file permissions are not enforced for this user (root?)");
        }
    }
    error.clear();
    QVERIFY(!CsvExportWriter::write(smallPayload(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(contents(path), earlier);
    QCOMPARE(entries(dir.path()), QStringList {u"export.csv"_s});
}

QTEST_GUILESS_MAIN(TestCsvExportWriter)
#include "TestCsvExportWriter.moc"
