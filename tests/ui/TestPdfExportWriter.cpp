#include "security/PdfExportWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using pm::ui::PdfExportWriter;

namespace
{

struct Written
{
    bool ok = false;
    QString error;
};

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

/// The page objects are written uncompressed, one "/Type /Page" each ("/Type /Pages" is the root).
qsizetype pageCount(const QByteArray& pdf)
{
    return pdf.count("/Type /Page\n");
}

QStringList hostileStrings()
{
    QString controls = u"tab\there, bell\abell, nul"_s;
    controls.append(QChar(0)).append(u"end"_s);
    return {
        u"first line\nsecond line\r\nthird line"_s,
        u"invoice\u202Etxt.exe"_s, // shows as "invoiceexe.txt" if the override took effect
        u"<script>alert('x')</script><b>bold?</b> &amp; <img src=x onerror=alert(1)>"_s,
        u"lorem ipsum dolor sit amet "_s.repeated(380), // about 10 kB of words
        QString(10 * 1024, u'Z'),                       // 10 kB with nowhere to break
        u"=cmd|' /C calc'!A0"_s,
        u"\u2067مرحبا بالعالم\u2069 and \u200Fmarks\u200E, \u2028separator"_s,
        controls,
        u"😀 emoji and 東京"_s,
    };
}

QJsonObject auditPayload(int rowCount)
{
    const QJsonArray columns {u"seq"_s,     u"at"_s,     u"actor"_s, u"role"_s,   u"action"_s, u"action_kind"_s,
                              u"outcome"_s, u"reason"_s, u"scope"_s, u"amount"_s, u"flag"_s,   u"row_hash"_s};
    const QStringList hostile = hostileStrings();
    QJsonArray rows;
    for (int i = 0; i < rowCount; ++i) {
        const QByteArray hash = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        rows.append(QJsonArray {
            QJsonValue(i + 1),
            QJsonValue(u"2025-11-%1T14:55:07.123456+00:00"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))),
            QJsonValue(u"operator_%1"_s.arg(i % 7)),
            QJsonValue(u"admin"_s),
            QJsonValue(u"data.exported"_s),
            QJsonValue(u"data_export"_s),
            i % 5 == 0 ? QJsonValue() : QJsonValue(u"done"_s),
            QJsonValue(hostile.at(i % hostile.size())),
            QJsonValue(QJsonObject {{u"dataset"_s, u"audit_log"_s}, {u"rows"_s, i}}),
            QJsonValue(-3.5 * i),
            QJsonValue(i % 2 == 0),
            QJsonValue(QString::fromLatin1(hash)),
        });
    }
    QJsonObject payload;
    payload.insert(u"columns"_s, columns);
    payload.insert(u"rows"_s, rows);
    return payload;
}

} // namespace

class TestPdfExportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printableEscapesAndCuts_data();
    void printableEscapesAndCuts();
    void printableCutsLongText();
    void writesHostileRowsOffTheGuiThread();
    void writesAnEmptyExport();
    void refusesAMalformedPayload();
    void reportsAMissingDirectory();
};

void TestPdfExportWriter::printableEscapesAndCuts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::addRow("plain") << u"Acme"_s << u"Acme"_s;
    QTest::addRow("markup is text") << u"<script>alert(1)</script>"_s << u"<script>alert(1)</script>"_s;
    QTest::addRow("line breaks") << u"a\nb\r\nc"_s << u"a\\nb\\r\\nc"_s;
    QTest::addRow("tab") << u"a\tb"_s << u"a\\tb"_s;
    QTest::addRow("bell") << u"a\ab"_s << u"a<U+0007>b"_s;
    QTest::addRow("RLO") << u"invoice\u202Etxt.exe"_s << u"invoice<U+202E>txt.exe"_s;
    QTest::addRow("embeddings") << u"\u202Aa\u202Bb\u202Cc\u202Dd"_s << u"<U+202A>a<U+202B>b<U+202C>c<U+202D>d"_s;
    QTest::addRow("isolates") << u"\u2066a\u2067b\u2068c\u2069"_s << u"<U+2066>a<U+2067>b<U+2068>c<U+2069>"_s;
    QTest::addRow("marks") << u"\u200Ea\u200F\u061C"_s << u"<U+200E>a<U+200F><U+061C>"_s;
    QTest::addRow("C1") << u"a\u0085b"_s << u"a<U+0085>b"_s;
    QTest::addRow("Arabic stays") << u"مرحبا"_s << u"مرحبا"_s;
    QTest::addRow("emoji stays") << u"ok 😀"_s << u"ok 😀"_s;
}

void TestPdfExportWriter::printableEscapesAndCuts()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QCOMPARE(PdfExportWriter::printable(text), printed);
}

void TestPdfExportWriter::printableCutsLongText()
{
    const QString longText = QString(10 * 1024, u'x');
    const QString printed = PdfExportWriter::printable(longText);
    QVERIFY(printed.startsWith(QString(PdfExportWriter::MaxCellChars, u'x')));
    QVERIFY(!printed.startsWith(QString(PdfExportWriter::MaxCellChars + 1, u'x')));
    QVERIFY2(printed.contains(QString::number(10 * 1024 - PdfExportWriter::MaxCellChars)), qPrintable(printed));
    QVERIFY(printed.size() < PdfExportWriter::MaxCellChars + 60);

    // A cut never splits a surrogate pair, and escapes count toward the limit.
    const QString emoji = PdfExportWriter::printable(u"a😀"_s, 2);
    QVERIFY2(emoji.startsWith(u"a "_s), qPrintable(emoji));
    QVERIFY(!emoji.contains(QChar(0xD83D)));
    const QString escapes = PdfExportWriter::printable(QString(100, u'\n'), 10);
    QVERIFY2(escapes.startsWith(u"\\n\\n\\n\\n\\n "_s), qPrintable(escapes));
}

void TestPdfExportWriter::writesHostileRowsOffTheGuiThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"audit.pdf"_s);
    const QJsonObject payload = auditPayload(300);
    const QString title = u"Audit log <b>&amp;</b> \u202Egnirts"_s;
    const QString subtitle = u"Exported by alice on 28 November 2025, 2025-11-01 to 2025-11-28 — directional "
                             u"internal decision support"_s;

    // As the export dialog calls it: on a pool thread while the application runs.
    QFuture<Written> future = QtConcurrent::run([payload, title, subtitle, path] {
        Written w;
        w.ok = PdfExportWriter::write(payload, title, subtitle, path, &w.error);
        return w;
    });
    QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 120000));
    const Written written = future.result();
    QVERIFY2(written.ok, qPrintable(written.error));

    QVERIFY(QFileInfo::exists(path));
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 8 * 1024, qPrintable(QString::number(pdf.size())));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY2(pageCount(pdf) > 1, qPrintable(QString::number(pageCount(pdf))));
    QCOMPARE(entries(dir.path()), QStringList {u"audit.pdf"_s});
}

void TestPdfExportWriter::writesAnEmptyExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"empty.pdf"_s);
    QString error;
    QVERIFY2(PdfExportWriter::write(auditPayload(0), u"Audit log"_s, QString(), path, &error), qPrintable(error));
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pageCount(pdf), qsizetype(1));
}

void TestPdfExportWriter::refusesAMalformedPayload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"malformed.pdf"_s);
    QJsonObject malformed = auditPayload(3);
    QJsonArray rows = malformed.value(u"rows"_s).toArray();
    rows.append(QJsonArray {1, u"too short"_s});
    malformed.insert(u"rows"_s, rows);

    QString error;
    QVERIFY(!PdfExportWriter::write(malformed, u"Audit log"_s, QString(), path, &error));
    QVERIFY2(error.contains(u"row 4"_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(dir.path()).isEmpty());

    error.clear();
    QVERIFY(!PdfExportWriter::write(QJsonObject {{u"rows"_s, QJsonArray {}}}, u"Audit log"_s, QString(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestPdfExportWriter::reportsAMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/report.pdf"_s);
    QString error;
    QVERIFY(!PdfExportWriter::write(auditPayload(5), u"Audit log"_s, QString(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(dir.path()).isEmpty());
}

QTEST_MAIN(TestPdfExportWriter)
#include "TestPdfExportWriter.moc"
