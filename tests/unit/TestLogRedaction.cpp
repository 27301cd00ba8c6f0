#include "util/Log.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLogRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data();
    void redacts();
    void handlerWritesRedactedLines();
};

void TestLogRedaction::redacts_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::addRow("conninfo") << u"host=db password=Sup3rS3cret user=a"_s << u"Sup3rS3cret"_s << u"user=a"_s;
    QTest::addRow("uri") << u"postgresql://alice:Sup3rS3cret@db:5432/pm"_s << u"Sup3rS3cret"_s << u"alice"_s;
    QTest::addRow("query string") << u"GET /v3/stats?api_key=abc123XYZ&limit=5"_s << u"abc123XYZ"_s << u"limit=5"_s;
    QTest::addRow("SNDS key in a URL")
        << u"GET https://sendersupport.olc.protection.outlook.com/snds/data.aspx?key=1f2e3d4c-aaaa&date=112826"_s
        << u"1f2e3d4c-aaaa"_s << u"date=112826"_s;
    QTest::addRow("json") << u"{\"token\": \"tok_9f8e7d\", \"id\": 4}"_s << u"tok_9f8e7d"_s << u"\"id\": 4"_s;
    QTest::addRow("header") << u"Authorization: Bearer abc.DEF-987"_s << u"abc.DEF-987"_s << u"Authorization"_s;
    QTest::addRow("basic") << u"sent Basic dXNlcjpwYXNz to api"_s << u"dXNlcjpwYXNz"_s << u"to api"_s;
}

void TestLogRedaction::redacts()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = pm::log::redact(message);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestLogRedaction::handlerWritesRedactedLines()
{
    QStringList captured;
    pm::log::install();
    pm::log::setCaptureSink(&captured);
    qCWarning(lcStore).noquote() << "connecting with password=Zz9-leak";
    pm::log::setCaptureSink(nullptr);
    QCOMPARE(captured.size(), 1);
    QVERIFY(captured.constFirst().contains(u"pm.store"_s));
    QVERIFY(!captured.constFirst().contains(u"Zz9-leak"_s));
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "TestLogRedaction.moc"
