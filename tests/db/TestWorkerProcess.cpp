// pmworkerd as a process: killed with SIGKILL mid-job, its job is rescued after the lease and
// completed by another worker, nothing lost; stopped with SIGTERM, it finishes its job first —
// signed in as production does it, with a login in pm_worker only.
#include "TestDatabase.h"
#include "TestOperators.h"
#include "queue/JobQueue.h"
#include "queue/Worker.h"
#include "store/DatabaseConnection.h"
#include "util/WorkerThread.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
QString text(const pm::store::ConnectionSettings& settings, const QString& sql)
{
    pm::store::DatabaseConnection conn(settings, u"check"_s);
    QString error;
    if (!conn.open(&error)) {
        return error;
    }
    QSqlQuery q(conn.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

qint64 enqueueSleep(const pm::store::ConnectionSettings& settings, int ms)
{
    pm::store::DatabaseConnection conn(settings, u"enqueue"_s);
    QString error;
    if (!conn.open(&error)) {
        return -1;
    }
    return pm::queue::JobQueue(conn.database()).enqueue(u"system.sleep"_s, {{u"ms"_s, ms}}, {}, &error).value_or(-1);
}

void startWorkerd(QProcess& process, const pm::store::ConnectionSettings& settings)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PM_DIAGNOSTIC_HANDLERS"_s, u"1"_s);
    env.insert(u"PM_DATABASE_URL"_s, settings.toUri(true));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PMWORKERD_PATH), {u"--workers"_s, u"1"_s, u"--lease-seconds"_s, u"2"_s});
}

// The in-test worker's stand-in for system.sleep: returns at once.
class QuickSleep final : public pm::queue::JobHandler
{
public:
    QString kind() const override { return u"system.sleep"_s; }
    bool run(const pm::queue::Job&, const QSqlDatabase&, QString*) override { return true; }
};
} // namespace

class TestWorkerProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWorkersJobIsRescued();
    void sigtermFinishesTheRunningJob();
};

void TestWorkerProcess::killedWorkersJobIsRescued()
{
    pm::test::TestDatabase tdb(u"worker_kill"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const qint64 id = enqueueSleep(tdb.settings(), 60'000);
    QVERIFY(id > 0);
    QProcess workerd;
    startWorkerd(workerd, tdb.settings());
    QVERIFY2(workerd.waitForStarted(), qPrintable(workerd.errorString()));
    const QString pid = QString::number(workerd.processId());
    QTRY_COMPARE_WITH_TIMEOUT(text(tdb.settings(), u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(id)),
                              u"running"_s, 15'000);
    QVERIFY(text(tdb.settings(), u"SELECT locked_by FROM jobs WHERE id = %1"_s.arg(id)).contains(u':' + pid + u':'));

    ::kill(static_cast<pid_t>(workerd.processId()), SIGKILL); // mid-job, no chance to clean up
    QVERIFY(workerd.waitForFinished(10'000));
    QCOMPARE(workerd.exitStatus(), QProcess::CrashExit);

    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    handlers->add(std::make_shared<QuickSleep>());
    pm::queue::Worker::Options options;
    options.pollInterval = 200ms;
    options.rescueInterval = 300ms;
    pm::util::WorkerThread thread(u"rescuer"_s);
    auto* rescuer = thread.adopt(new pm::queue::Worker(tdb.settings(), handlers, u"rescuer"_s, options));
    thread.start();
    QMetaObject::invokeMethod(rescuer, &pm::queue::Worker::start, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(text(tdb.settings(), u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(id)),
                              u"completed"_s, 20'000);
    thread.stop();
    QCOMPARE(text(tdb.settings(), u"SELECT attempt FROM jobs WHERE id = %1"_s.arg(id)), u"2"_s);
    QCOMPARE(text(tdb.settings(), u"SELECT locked_by FROM jobs WHERE id = %1"_s.arg(id)), u"rescuer"_s);
    QVERIFY(text(tdb.settings(), u"SELECT errors->0->>'error' FROM jobs WHERE id = %1"_s.arg(id))
                .contains(u"lease expired"_s));
}

void TestWorkerProcess::sigtermFinishesTheRunningJob()
{
    pm::test::TestDatabase tdb(u"worker_term"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const qint64 id = enqueueSleep(tdb.settings(), 1'500);
    QVERIFY(id > 0);
    const pm::test::TestOperator worker = pm::test::createWorkerLogin(tdb, u"workerd"_s);
    QVERIFY(!worker.login.isEmpty());
    QProcess workerd;
    startWorkerd(workerd, pm::test::settingsFor(tdb, worker));
    QVERIFY(workerd.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(text(tdb.settings(), u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(id)),
                              u"running"_s, 15'000);
    workerd.terminate(); // SIGTERM
    QVERIFY(workerd.waitForFinished(20'000));
    const QString output = QString::fromUtf8(workerd.readAll());
    QVERIFY2(workerd.exitStatus() == QProcess::NormalExit && workerd.exitCode() == 0, qPrintable(output));
    QCOMPARE(text(tdb.settings(), u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(id)), u"completed"_s);
    QVERIFY2(text(tdb.settings(), u"SELECT locked_by FROM jobs WHERE id = %1"_s.arg(id)).contains(u':'),
             "the job was not run by pmworkerd");
    // Nothing it needs was refused (its connection monitor reads the schema version, too).
    QVERIFY2(!output.contains(u"permission denied"_s, Qt::CaseInsensitive) && !output.contains(u"42501"_s),
             qPrintable(output));
    QCOMPARE(text(tdb.settings(), u"SELECT attempt FROM jobs WHERE id = %1"_s.arg(id)), u"1"_s);
    QVERIFY2(output.contains(u"pmworkerd stopped"_s), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestWorkerProcess)
#include "TestWorkerProcess.moc"
