// AWS Signature Version 4 against every case of the AWS signing test suite (tests/data/aws-sigv4,
// from awslabs/aws-c-auth): header and query signing reproduce the canonical request, the string
// to sign and the signature byte for byte, and the Authorization header of the signed request.
#include "providers/aws/SigV4Signer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::providers::SigV4Context;
using pm::providers::SigV4Request;
using pm::providers::SigV4Signer;

namespace
{
QByteArray readCase(const QString& dir, const QString& name)
{
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        return QByteArray("<missing ") + name.toUtf8() + '>';
    }
    QByteArray data = f.readAll();
    if (data.endsWith('\n') && !name.startsWith(u"request"_s)) {
        data.chop(1);
    }
    return data;
}

QByteArray authorizationLine(const QByteArray& signedRequest)
{
    for (const QByteArray& line : signedRequest.split('\n')) {
        if (line.startsWith("Authorization:")) {
            return line.mid(14);
        }
    }
    return {};
}
} // namespace

class TestSigV4 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suiteIsThere();
    void conformance_data();
    void conformance();
    void encodingAndNormalisation();
    void badInputIsRefusedClearly();
};

void TestSigV4::suiteIsThere()
{
    const QStringList cases = QDir(QStringLiteral(PM_SIGV4_DATA)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(cases.size(), 38); // all v4 cases of the suite
}

void TestSigV4::conformance_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(PM_SIGV4_DATA));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestSigV4::conformance()
{
    QFETCH(QString, dir);
    QString error;
    const auto context = SigV4Context::fromJson(readCase(dir, u"context.json"_s), &error);
    QVERIFY2(context, qPrintable(error));
    const auto request = SigV4Request::parse(readCase(dir, u"request.txt"_s), &error);
    QVERIFY2(request, qPrintable(error));

    const auto header = SigV4Signer::signHeaders(*request, *context);
    QCOMPARE(header.canonicalRequest, readCase(dir, u"header-canonical-request.txt"_s));
    QCOMPARE(header.stringToSign, readCase(dir, u"header-string-to-sign.txt"_s));
    QCOMPARE(header.signature, readCase(dir, u"header-signature.txt"_s));
    QByteArray authorization;
    for (const auto& [name, value] : header.addedHeaders) {
        if (name == "Authorization") {
            authorization = value;
        }
    }
    QCOMPARE(authorization, authorizationLine(readCase(dir, u"header-signed-request.txt"_s)));

    const auto query = SigV4Signer::signQuery(*request, *context);
    QCOMPARE(query.canonicalRequest, readCase(dir, u"query-canonical-request.txt"_s));
    QCOMPARE(query.stringToSign, readCase(dir, u"query-string-to-sign.txt"_s));
    QCOMPARE(query.signature, readCase(dir, u"query-signature.txt"_s));
    QVERIFY(readCase(dir, u"query-signed-request.txt"_s)
                .contains(QByteArray(QByteArray("X-Amz-Signature=") + query.signature)));
}

void TestSigV4::encodingAndNormalisation()
{
    QCOMPARE(SigV4Signer::uriEncode("a b/c~d", true), QByteArray("a%20b/c~d"));
    QCOMPARE(SigV4Signer::uriEncode("a b/c+d=", false), QByteArray("a%20b%2Fc%2Bd%3D"));
    QCOMPARE(SigV4Signer::normalizePath("//example//"), QByteArray("/example/"));
    QCOMPARE(SigV4Signer::normalizePath("/a/b/../../.."), QByteArray("/"));
    QCOMPARE(SigV4Signer::normalizePath("/v2/email/account"), QByteArray("/v2/email/account"));
    // The documented get-vanilla figures (provider-apis.md §5.5).
    QCOMPARE(SigV4Signer::sha256Hex({}),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestSigV4::badInputIsRefusedClearly()
{
    QString error;
    QVERIFY(!SigV4Request::parse("", &error));
    QVERIFY(!SigV4Request::parse("hello world\n", &error));
    QVERIFY2(error.contains(u"request line"_s), qPrintable(error));
    QVERIFY(!SigV4Request::parse("GET / HTTP/1.1\nno colon here\n", &error));
    QVERIFY2(error.contains(u"header"_s), qPrintable(error));
    QVERIFY(!SigV4Context::fromJson("{\"region\": 5", &error));
    QVERIFY2(error.contains(u"JSON"_s), qPrintable(error));
    QVERIFY(!SigV4Context::fromJson("{\"region\": \"us-east-1\"}", &error));
    QVERIFY2(error.contains(u"access_key_id"_s) && error.contains(u"timestamp"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "TestSigV4.moc"
