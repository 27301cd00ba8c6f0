#include "store/ConnectionSettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pm::store::ConnectionSettings;

class TestConnectionSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUris_data();
    void parsesUris();
    void rejectsBadUris_data();
    void rejectsBadUris();
    void redactedUriHasNoPassword();
    void roundTripsThroughUri();
    void settingsMapHoldsNoSecret();
    void connectOptionsQuoteValues();
    void localDetection_data();
    void localDetection();
};

void TestConnectionSettings::parsesUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslMode");

    QTest::addRow("full") << u"postgresql://alice:s3cret@db.example.com:6543/pm?sslmode=verify-full"_s
                          << u"db.example.com"_s << 6543 << u"pm"_s << u"alice"_s << u"s3cret"_s << u"verify-full"_s;
    QTest::addRow("postgres scheme, defaults")
        << u"postgres://db/pm"_s << u"db"_s << 5432 << u"pm"_s << QString() << QString() << QString();
    QTest::addRow("socket dir in query") << u"postgresql:///pm?host=%2Ftmp%2Fpg&port=5499&user=bob"_s << u"/tmp/pg"_s
                                         << 5499 << u"pm"_s << u"bob"_s << QString() << QString();
    QTest::addRow("percent-encoded password")
        << u"postgresql://u:p%40ss%3Aw0rd@h/d"_s << u"h"_s << 5432 << u"d"_s << u"u"_s << u"p@ss:w0rd"_s << QString();
    QTest::addRow("ipv6") << u"postgresql://u@[::1]:5433/d"_s << u"::1"_s << 5433 << u"d"_s << u"u"_s << QString()
                          << QString();
    QTest::addRow("no host means localhost")
        << u"postgresql:///d"_s << u"localhost"_s << 5432 << u"d"_s << QString() << QString() << QString();
}

void TestConnectionSettings::parsesUris()
{
    QFETCH(QString, uri);
    QString error;
    const auto s = ConnectionSettings::fromUri(uri, &error);
    QVERIFY2(s.has_value(), qPrintable(error));
    QTEST(s->host, "host");
    QTEST(s->port, "port");
    QTEST(s->database, "database");
    QTEST(s->user, "user");
    QTEST(s->password, "password");
    QTEST(s->sslMode, "sslMode");
}

void TestConnectionSettings::rejectsBadUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << QString() << u"No database URI"_s;
    QTest::addRow("wrong scheme") << u"mysql://h/d"_s << u"must start with postgresql://"_s;
    QTest::addRow("key=value string") << u"host=h dbname=d"_s << u"must start with postgresql://"_s;
    QTest::addRow("bad port") << u"postgresql:///d?port=99999"_s << u"not a number between 1 and 65535"_s;
    QTest::addRow("bad sslmode") << u"postgresql://h/d?sslmode=maybe"_s << u"Unknown sslmode"_s;
    QTest::addRow("unknown parameter") << u"postgresql://h/d?colour=blue"_s << u"Unknown connection parameter"_s;
    QTest::addRow("several hosts") << u"postgresql://a:1,b:2/d"_s << u"several hosts"_s;
    QTest::addRow("negative timeout") << u"postgresql://h/d?connect_timeout=-3"_s << u"connect_timeout"_s;
}

void TestConnectionSettings::rejectsBadUris()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ConnectionSettings::fromUri(uri, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestConnectionSettings::redactedUriHasNoPassword()
{
    QString error;
    const auto s = ConnectionSettings::fromUri(u"postgresql://alice:Hunter2-xyz@db/pm"_s, &error);
    QVERIFY(s);
    QVERIFY(!s->redactedUri().contains(u"Hunter2-xyz"_s));
    QVERIFY(!s->displayName().contains(u"Hunter2-xyz"_s));
    QVERIFY(!s->connectOptions().contains(u"Hunter2-xyz"_s));
    QVERIFY(s->toUri(true).contains(u"Hunter2-xyz"_s));
}

void TestConnectionSettings::roundTripsThroughUri()
{
    ConnectionSettings s;
    s.host = u"/tmp/socket dir"_s;
    s.port = 6001;
    s.database = u"pm db"_s;
    s.user = u"ops"_s;
    s.password = u"p&ss=w?rd"_s;
    s.sslMode = u"require"_s;
    s.extraOptions.insert(u"target_session_attrs"_s, u"read-write"_s);
    QString error;
    const auto back = ConnectionSettings::fromUri(s.toUri(true), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->host, s.host);
    QCOMPARE(back->port, s.port);
    QCOMPARE(back->database, s.database);
    QCOMPARE(back->user, s.user);
    QCOMPARE(back->password, s.password);
    QCOMPARE(back->sslMode, s.sslMode);
    QCOMPARE(back->extraOptions, s.extraOptions);
}

void TestConnectionSettings::settingsMapHoldsNoSecret()
{
    ConnectionSettings s;
    s.host = u"db"_s;
    s.user = u"u"_s;
    s.database = u"d"_s;
    s.password = u"TopSecret!"_s;
    const auto map = s.toSettingsMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QVERIFY(!it.key().contains(u"pass"_s, Qt::CaseInsensitive));
        QVERIFY(!it.value().contains(u"TopSecret!"_s));
    }
    const ConnectionSettings back = ConnectionSettings::fromSettingsMap(map);
    QCOMPARE(back.host, s.host);
    QVERIFY(back.password.isEmpty());
    QVERIFY(!back.secretKey().contains(u"TopSecret!"_s));
}

void TestConnectionSettings::connectOptionsQuoteValues()
{
    ConnectionSettings s;
    s.host = u"db"_s;
    s.sslMode = u"verify-full"_s;
    s.sslRootCert = u"C:\\certs\\it's.pem"_s;
    const QString options = s.connectOptions();
    QVERIFY2(options.contains(u"sslrootcert='C:\\\\certs\\\\it\\'s.pem'"_s), qPrintable(options));
    QVERIFY(options.contains(u"connect_timeout=5"_s));
    QVERIFY(options.contains(u"keepalives='1'"_s));
}

void TestConnectionSettings::localDetection_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    QTest::addRow("socket") << u"/run/postgresql"_s << true;
    QTest::addRow("localhost") << u"LocalHost"_s << true;
    QTest::addRow("v4 loopback") << u"127.0.0.1"_s << true;
    QTest::addRow("v6 loopback") << u"::1"_s << true;
    QTest::addRow("remote name") << u"db.example.com"_s << false;
    QTest::addRow("private address") << u"10.0.0.5"_s << false;
}

void TestConnectionSettings::localDetection()
{
    QFETCH(QString, host);
    ConnectionSettings s;
    s.host = host;
    QTEST(s.isLocal(), "local");
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "TestConnectionSettings.moc"
