// pmctl as an operator runs it: a real process against the throwaway server.
#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Run pmctl(const QStringList& args, const QString& envUri = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PM_DATABASE_URL"_s);
    env.remove(u"PGPASSWORD"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    if (!envUri.isEmpty()) {
        env.insert(u"PM_DATABASE_URL"_s, envUri);
    }
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(PMCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"pmctl hung"_s;
        return r;
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool isOneLine(const QString& text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(u'\n');
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestPmctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrateTwiceIsIdempotent();
    void uriFromEnvironment();
    void usageErrors_data();
    void usageErrors();
    void wrongPassword();
    void nothingListening();
    void silentServerTimesOut();
    void sigv4PrintsWhatAwsComputes();
};

void TestPmctl::migrateTwiceIsIdempotent()
{
    pm::test::TestDatabase tdb(u"pmctl_twice"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const QString uri = tdb.settings().toUri(true);
    const Run first = pmctl({u"migrate"_s, u"--db"_s, uri});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"applied 0001_foundation.sql"_s), qPrintable(first.out));
    const Run second = pmctl({u"migrate"_s, u"--db"_s, uri});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(u"nothing to apply"_s), qPrintable(second.out));
    QVERIFY(!second.out.contains(u"applied 0"_s));
    QVERIFY2(second.err.trimmed().isEmpty(), qPrintable(second.err));
    const Run status = pmctl({u"status"_s, u"--db"_s, uri});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains(u"pending: none"_s));
}

void TestPmctl::uriFromEnvironment()
{
    pm::test::TestDatabase tdb(u"pmctl_env"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const Run r = pmctl({u"migrate"_s}, tdb.settings().toUri(true));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestPmctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no database") << QStringList {u"migrate"_s} << u"No database given"_s;
    QTest::addRow("bad uri") << QStringList {u"migrate"_s, u"--db"_s, u"mysql://x/y"_s} << u"postgresql://"_s;
    QTest::addRow("bad port") << QStringList {u"migrate"_s, u"--db"_s, u"postgresql://h:99999/d"_s} << u"not valid"_s;
    QTest::addRow("unknown command") << QStringList {u"frobnicate"_s} << u"Unknown command"_s;
}

void TestPmctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = pmctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void TestPmctl::wrongPassword()
{
    pm::test::TestDatabase tdb(u"pmctl_pw"_s);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QString error;
    QVERIFY2(tdb.exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pm_pw_probe') THEN "
                      "CREATE ROLE pm_pw_probe LOGIN PASSWORD 'the-right-one'; END IF; END $$"_s,
                      &error),
             qPrintable(error));
    const int port = tdb.settings().port;
    const QString uri = u"postgresql://pm_pw_probe:not-the-password@127.0.0.1:%1/%2"_s.arg(port).arg(tdb.name());
    const Run r = pmctl({u"migrate"_s, u"--db"_s, uri});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"password authentication failed"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"not-the-password"_s), qPrintable(r.err));
    const QString good = u"postgresql://pm_pw_probe:the-right-one@127.0.0.1:%1/%2"_s.arg(port).arg(tdb.name());
    const Run ok = pmctl({u"status"_s, u"--db"_s, good});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err)); // the same role with its password gets in
}

void TestPmctl::nothingListening()
{
    const Run r = pmctl({u"migrate"_s, u"--db"_s, u"postgresql://u@127.0.0.1:%1/d"_s.arg(freePort())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Connection refused"_s), qPrintable(r.err));
}

void TestPmctl::silentServerTimesOut()
{
    // Accepts TCP connections and never answers: what a firewalled or hung host looks like.
    QTcpServer tarpit;
    QVERIFY(tarpit.listen(QHostAddress::LocalHost, 0));
    const Run r = pmctl(
        {u"migrate"_s, u"--db"_s, u"postgresql://u@127.0.0.1:%1/d?connect_timeout=2"_s.arg(tarpit.serverPort())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"timeout"_s), qPrintable(r.err));
    qInfo("pmctl gave up on a silent server after %lld ms (connect_timeout=2)", r.ms);
    QVERIFY2(r.ms < 10'000, "pmctl hung well past its connect timeout");
}

// `pmctl sigv4` on every case of the AWS signing test suite, header and query signing.
void TestPmctl::sigv4PrintsWhatAwsComputes()
{
    const QDir root(QStringLiteral(PM_SIGV4_DATA));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(cases.size(), 38);
    auto expected = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : u"<missing>"_s;
    };
    for (const QString& name : cases) {
        const QString dir = root.filePath(name);
        for (const QString& mode : {u"header"_s, u"query"_s}) {
            QStringList args {u"sigv4"_s, u"--context"_s, dir + u"/context.json"_s, u"--request"_s,
                              dir + u"/request.txt"_s};
            if (mode == u"query"_s) {
                args << u"--query"_s;
            }
            const Run r = pmctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(name + u": "_s + r.err));
            for (const QString& part : {u"canonical-request"_s, u"string-to-sign"_s, u"signature"_s}) {
                QVERIFY2(r.out.contains(expected(u"%1/%2-%3.txt"_s.arg(dir, mode, part))),
                         qPrintable(u"%1 %2 %3:\n%4"_s.arg(name, mode, part, r.out)));
            }
            QVERIFY(!r.out.contains(u"wJalrXUtnFEMI"_s)); // the secret key is never printed
        }
    }
    const Run missing = pmctl({u"sigv4"_s, u"--context"_s, u"/nonexistent.json"_s, u"--request"_s, u"/x"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(isOneLine(missing.err));
    const Run usage = pmctl({u"sigv4"_s, u"--context"_s, root.filePath(u"get-vanilla/context.json"_s)});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPmctl)
#include "TestPmctl.moc"
