// pmctl as an operator runs it: a real process against the throwaway server.
#include "TestDatabase.h"
#include "store/DatabaseConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
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

// @p password is handed over as $PM_OPERATOR_PASSWORD and $PM_WORKER_PASSWORD; standard input is
// closed, so a command that would read it gets nothing instead of waiting.
Run pmctl(const QStringList& args, const QString& envUri = {}, const QString& password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PM_DATABASE_URL"_s);
    env.remove(u"PGPASSWORD"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.remove(u"PM_OPERATOR_PASSWORD"_s);
    env.remove(u"PM_WORKER_PASSWORD"_s);
    if (!envUri.isEmpty()) {
        env.insert(u"PM_DATABASE_URL"_s, envUri);
    }
    if (!password.isEmpty()) {
        env.insert(u"PM_OPERATOR_PASSWORD"_s, password);
        env.insert(u"PM_WORKER_PASSWORD"_s, password);
    }
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(PMCTL_PATH), args);
    p.closeWriteChannel();
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
    void operatorBootstrapAndList();
    void workerLoginIsAWorkerOnly();
    void auditVerifyFindsAnEditedRow();
    void auditVerifyFindsACutTail();
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

void TestPmctl::operatorBootstrapAndList()
{
    pm::test::TestDatabase tdb(u"pmctl_operator"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const QString uri = tdb.settings().toUri(true);
    const QString login = u"boot_%1"_s.arg(QCoreApplication::applicationPid());
    const QString password = u"first-admin-password-1"_s;
    const QStringList bootstrap {u"operator"_s, u"bootstrap"_s, u"--db"_s,        uri,          u"--login"_s,
                                 login,         u"--name"_s,    u"First Admin"_s, u"--email"_s, u"first@example.com"_s};
    const Run tooShort = pmctl(bootstrap, {}, u"short"_s);
    QCOMPARE(tooShort.exitCode, 2);
    const Run first = pmctl(bootstrap, {}, password);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(tdb.value(u"SELECT pm_capability_of('%1')::text"_s.arg(login)).toString(), u"admin"_s);

    // The new admin signs in with that password (SCRAM): the verifier pmctl computed is right.
    auto settings = tdb.settings();
    settings.host = u"127.0.0.1"_s; // TCP asks for the password; the socket would trust anyone
    settings.user = login;
    settings.password = password;
    pm::store::DatabaseConnection asAdmin(settings, u"bootstrapped"_s);
    QString error;
    QVERIFY2(asAdmin.open(&error), qPrintable(error));
    settings.password = password + u"x"_s;
    pm::store::DatabaseConnection wrong(settings, u"bootstrapped-wrong"_s);
    QVERIFY(!wrong.open(&error));

    QStringList again = bootstrap;
    again[again.indexOf(login)] = login + u"_2"_s;
    const Run second = pmctl(again, {}, password);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"has an admin already"_s), qPrintable(second.err));

    const Run list = pmctl({u"operator"_s, u"list"_s, u"--db"_s, uri});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(login + u"\tadmin\tactive\tFirst Admin\tfirst@example.com"_s), qPrintable(list.out));
    QCOMPARE(tdb.value(u"SELECT count(*) FROM admin_audit_log WHERE action LIKE 'operator.bootstrap%'"_s).toInt(), 2);
}

// pmworkerd's login: created in pm_worker only, signs in with the password given (SCRAM), can do
// a worker's work and nothing an operator does; run again it rotates the password; it never takes
// over an operator's or the owner's login.
void TestPmctl::workerLoginIsAWorkerOnly()
{
    pm::test::TestDatabase tdb(u"pmctl_worker"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const QString uri = tdb.settings().toUri(true);
    const QString login = u"workerd_%1"_s.arg(QCoreApplication::applicationPid());
    const QStringList create {u"worker"_s, u"login"_s, u"--db"_s, uri, u"--login"_s, login};
    QCOMPARE(pmctl(create, {}, u"too-short"_s).exitCode, 2);
    QCOMPARE(pmctl({u"worker"_s, u"login"_s, u"--db"_s, uri, u"--login"_s, u"Robert'); DROP"_s}, {},
                   u"a-long-enough-password"_s)
                 .exitCode,
             2);
    const QString password = u"worker-password-number-1"_s;
    const Run first = pmctl(create, {}, password);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(tdb.value(u"SELECT concat_ws(' ', rolcanlogin, rolsuper, rolcreaterole, rolbypassrls, "
                       "pg_has_role(rolname, 'pm_worker', 'MEMBER'), pg_has_role(rolname, 'pm_viewer', 'MEMBER')) "
                       "FROM pg_roles WHERE rolname = '%1'"_s.arg(login))
                 .toString(),
             u"t f f f t f"_s);

    auto settings = tdb.settings();
    settings.host = u"127.0.0.1"_s; // TCP asks for the password; the socket would trust anyone
    settings.user = login;
    settings.password = password;
    {
        pm::store::DatabaseConnection asWorker(settings, u"worker-login"_s);
        QString error;
        QVERIFY2(asWorker.open(&error), qPrintable(error));
        QSqlQuery q(asWorker.database());
        QVERIFY2(q.exec(u"SELECT count(*) FROM jobs"_s), qPrintable(q.lastError().text())); // a worker's table
        QVERIFY(!q.exec(u"SELECT count(*) FROM admin_audit_log"_s));                        // not an operator's
    }
    // Again: a new password, the old one no longer works.
    const QString rotated = u"worker-password-number-2"_s;
    const Run again = pmctl(create, {}, rotated);
    QVERIFY2(again.exitCode == 0 && again.out.contains(u"new password"_s), qPrintable(again.out + again.err));
    {
        pm::store::DatabaseConnection old(settings, u"worker-old"_s);
        QString error;
        QVERIFY(!old.open(&error));
    }
    // An existing login that is not a worker's (here the owner's) is refused, and left alone.
    const QString owner = tdb.settings().user;
    const Run takeover = pmctl({u"worker"_s, u"login"_s, u"--db"_s, uri, u"--login"_s, owner}, {}, rotated);
    QVERIFY2(takeover.exitCode != 0, qPrintable(takeover.out));
    QVERIFY(isOneLine(takeover.err));
}

void TestPmctl::auditVerifyFindsAnEditedRow()
{
    pm::test::TestDatabase tdb(u"pmctl_audit_edit"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const QString uri = tdb.settings().toUri(true);
    QVERIFY(tdb.exec(u"SELECT pm_private.audit('test.event', 'done', jsonb_build_object('n', g)) "
                     "FROM generate_series(1, 30) g"_s));
    const Run intact = pmctl({u"audit"_s, u"verify"_s, u"--db"_s, uri});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY2(intact.out.contains(u"audit rows checked: 30"_s) && intact.out.contains(u"chain intact; head 30:"_s),
             qPrintable(intact.out));

    // Even the append-only triggers hold against an ordinary UPDATE by the superuser…
    QString error;
    QVERIFY(!tdb.exec(u"UPDATE admin_audit_log SET outcome = 'forged' WHERE seq = 12"_s, &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    // …but a superuser can switch triggers off. The chain still tells.
    QVERIFY(tdb.exec(u"SET session_replication_role = replica; "
                     "UPDATE admin_audit_log SET outcome = 'forged' WHERE seq = 12"_s));
    const Run broken = pmctl({u"audit"_s, u"verify"_s, u"--db"_s, uri});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(u"BROKEN at row 12"_s), qPrintable(broken.err));
}

void TestPmctl::auditVerifyFindsACutTail()
{
    pm::test::TestDatabase tdb(u"pmctl_audit_tail"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const QString uri = tdb.settings().toUri(true);
    QVERIFY(tdb.exec(u"SELECT pm_private.audit('test.event', 'done', jsonb_build_object('n', g)) "
                     "FROM generate_series(1, 20) g"_s));
    const Run before = pmctl({u"audit"_s, u"verify"_s, u"--db"_s, uri});
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    const QString head = before.out.section(u"head "_s, 1).trimmed();
    QVERIFY2(head.startsWith(u"20:"_s), qPrintable(before.out));

    QVERIFY(tdb.exec(u"SET session_replication_role = replica; DELETE FROM admin_audit_log WHERE seq > 15"_s));
    const Run shorter = pmctl({u"audit"_s, u"verify"_s, u"--db"_s, uri});
    QCOMPARE(shorter.exitCode, 0); // a shorter chain is a valid chain…
    const Run withHead = pmctl({u"audit"_s, u"verify"_s, u"--db"_s, uri, u"--head"_s, head});
    QCOMPARE(withHead.exitCode, 1); // …which only the head exported earlier gives away
    QVERIFY2(withHead.err.contains(u"cut short"_s), qPrintable(withHead.err));
    const Run badHead = pmctl({u"audit"_s, u"verify"_s, u"--db"_s, uri, u"--head"_s, u"20:xyz"_s});
    QCOMPARE(badHead.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPmctl)
#include "TestPmctl.moc"
