// One-time codes from request to confirmation with real workers and the Loops mock: the code
// travels only in the email, nowhere in the database, the PostgreSQL log or the process log, even
// with the database logging every statement; a failing Loops leaves an unusable challenge and a
// warning; a worker that died mid-send never mails a second, different code.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "jobs/StandardHandlers.h"
#include "queue/WorkerPool.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "security/StepUpGateway.h"
#include "sim/mock/LoopsMockServer.h"
#include "util/WorkerThread.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::security::GatedAction;
using pm::security::StepUpGateway;

namespace
{
const QString LoopsKey = u"loops-test-key-0123456789"_s;

// Every message the process logs, to look for the code in.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log << message;
    }
    s_previousHandler(type, context, message);
}

QString serverLog()
{
    QFile state(qEnvironmentVariable("PM_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QFile log(QString::fromUtf8(state.readLine()).trimmed() + u"/cluster/server.log"_s);
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

// How many rows of any table in the store contain @p needle in their text form (one statement:
// each of TestDatabase's calls has its own session).
int rowsContaining(const pm::test::TestDatabase& db, const QString& needle)
{
    return db
        .value(u"SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I x "
               "WHERE x::text LIKE %L', n.nspname, c.relname, '%%1%'), false, true, '')))[1]::text::integer) "
               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE c.relkind = 'r' AND n.nspname IN ('public', 'pm_private')"_s.arg(needle))
        .toInt();
}
} // namespace

class TestStepUpDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void codeTravelsOnlyInTheEmail();
    void loopsFailureLeavesNoUsableCode();
    void workerStoppedMidSendMailsNothingElse();

private:
    void startPool();
    QString requestExport(pm::store::DatabaseConnection& connection);

    std::unique_ptr<pm::test::TestDatabase> m_db;
    std::unique_ptr<pm::util::WorkerThread> m_mockThread;
    pm::sim::LoopsMockServer* m_loops = nullptr;
    std::unique_ptr<pm::queue::WorkerPool> m_pool;
    pm::test::TestOperator m_exec;
};

void TestStepUpDelivery::initTestCase()
{
    s_previousHandler = qInstallMessageHandler(capture);
}

void TestStepUpDelivery::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"stepup_delivery"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    m_mockThread = std::make_unique<pm::util::WorkerThread>(u"loops-mock"_s);
    m_loops = m_mockThread->adopt(new pm::sim::LoopsMockServer(LoopsKey));
    m_mockThread->start();
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        m_loops, [&] { listening = m_loops->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(listening, qPrintable(error));
    QVERIFY(m_db->exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url, settings) VALUES "
                       "(3, 'loops', 'Loops (test)', '%1', '{\"otp_template\": \"cm-otp-test\"}')"_s.arg(
                           m_loops->apiBaseUrl().toString())));
    m_exec = pm::test::createOperator(*m_db, u"exec"_s, u"executive"_s);
    QVERIFY(!m_exec.login.isEmpty());
}

void TestStepUpDelivery::cleanup()
{
    m_pool.reset();
    m_mockThread.reset();
    m_loops = nullptr;
    m_db.reset();
}

void TestStepUpDelivery::startPool()
{
    auto secrets = std::make_shared<pm::secrets::MemorySecretStore>();
    secrets->write(pm::secrets::providerAccountKey(3), LoopsKey, this, [](const auto&) {});
    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    pm::jobs::addStandardHandlers(*handlers, secrets);
    m_pool = std::make_unique<pm::queue::WorkerPool>(m_db->settings(), handlers);
    pm::queue::Worker::Options options;
    options.queues = {u"notify"_s};
    options.pollInterval = 100ms;
    options.backoffBase = 100ms;
    options.backoffCap = 500ms;
    m_pool->start(1, options);
}

QString TestStepUpDelivery::requestExport(pm::store::DatabaseConnection& connection)
{
    const auto request
        = StepUpGateway::request(connection.database(), GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {}));
    if (!request.requested()) {
        qWarning().noquote() << "request refused:" << request.outcome << request.message << request.error;
        return {};
    }
    return request.challengeId;
}

void TestStepUpDelivery::codeTravelsOnlyInTheEmail()
{
    // The database logs every statement and every duration; the operator's own statements are
    // exempt by their role settings, the worker's carry only the challenge id.
    QVERIFY(m_db->exec(u"ALTER DATABASE \"%1\" SET log_statement = 'all'"_s.arg(m_db->name())));
    QVERIFY(m_db->exec(u"ALTER DATABASE \"%1\" SET log_min_duration_statement = 0"_s.arg(m_db->name())));
    QVERIFY(m_db->exec(u"INSERT INTO tenants (name, plan, mrr_cents, owner_email) VALUES "
                       "('Acme', 'growth', 420000, 'cfo@acme.example')"_s));
    startPool();
    auto connection = pm::test::connectAs(*m_db, m_exec);
    QVERIFY(connection);

    const QString challenge = requestExport(*connection);
    QVERIFY(!challenge.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_loops->outbox().size(), 1, 15'000);
    const auto mail = m_loops->outbox().constFirst();
    QCOMPARE(mail.email, m_exec.email);
    QCOMPARE(mail.transactionalId, u"cm-otp-test"_s);
    QCOMPARE(mail.idempotencyKey, u"pm-stepup-"_s + challenge);
    const QString code = mail.dataVariables.value(u"code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9]{8}$"_s).match(code).hasMatch(), qPrintable(code));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_db->value(u"SELECT status FROM stepup_challenges WHERE id = '%1'"_s.arg(challenge)).toString(),
        u"delivered"_s, 10'000);
    QCOMPARE(m_db->value(u"SELECT args::text FROM jobs WHERE kind = 'stepup.deliver'"_s).toString(),
             u"{\"challenge_id\": \"%1\"}"_s.arg(challenge));

    QString error;
    const auto state = StepUpGateway::state(connection->database(), challenge, &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->attemptsLeft, 5);
    QVERIFY(state->sentTo.endsWith(u"@example.com"_s) && !state->sentTo.contains(m_exec.login));

    const auto done = StepUpGateway::confirm(connection->database(), challenge, code,
                                             GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {}));
    QVERIFY2(done.performed(), qPrintable(done.outcome + done.error));
    QCOMPARE(done.payload.value(u"rows"_s).toArray().size(), 1);

    // Nowhere: no line of the server log, no message of this process, no row of any table (that
    // last query names the code itself, so it comes after the log is read).
    const QString log = serverLog();
    QVERIFY2(log.contains(u"pm_stepup_issue_code"_s), "the server did not log statements: the sweep would prove "
                                                      "nothing");
    QVERIFY2(!log.contains(code), "the code is in the PostgreSQL log");
    {
        QMutexLocker lock(&s_logMutex);
        for (const QString& line : std::as_const(s_log)) {
            QVERIFY2(!line.contains(code), qPrintable(u"the code is in the process log: "_s + line));
        }
    }
    QVERIFY(rowsContaining(*m_db, u"tenant_revenue"_s) > 0); // the sweep does find what is there
    QCOMPARE(rowsContaining(*m_db, code), 0);
}

void TestStepUpDelivery::loopsFailureLeavesNoUsableCode()
{
    pm::sim::MockHttpServer::Fault down;
    down.status = 503;
    down.body = R"({"success": false, "message": "maintenance"})";
    down.times = 100;
    m_loops->addFault(down);
    startPool();
    auto connection = pm::test::connectAs(*m_db, m_exec);
    QVERIFY(connection);
    const QString challenge = requestExport(*connection);
    QVERIFY(!challenge.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_db->value(u"SELECT status FROM stepup_challenges WHERE id = '%1'"_s.arg(challenge)).toString(),
        u"delivery_failed"_s, 20'000);
    QVERIFY(m_loops->outbox().isEmpty());
    QCOMPARE(m_db->value(u"SELECT count(*) FROM admin_audit_log WHERE action = 'stepup.delivery_failed' "
                         "AND challenge_id = '%1'"_s.arg(challenge))
                 .toInt(),
             1);
    QCOMPARE(m_db->value(u"SELECT count(*) FROM notification_events WHERE source = 'security' "
                         "AND severity = 'warning'"_s)
                 .toInt(),
             1);
    QCOMPARE(m_db->value(u"SELECT code_hmac IS NULL FROM stepup_challenges WHERE id = '%1'"_s.arg(challenge)).toBool(),
             true);
    // Whatever is typed now, nothing happens, and the dialog can say why.
    const auto refused = StepUpGateway::confirm(connection->database(), challenge, u"12345678"_s,
                                                GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {}));
    QCOMPARE(refused.outcome, u"invalid"_s);
    QString error;
    QCOMPARE(StepUpGateway::state(connection->database(), challenge, &error)->status, u"delivery_failed"_s);
}

void TestStepUpDelivery::workerStoppedMidSendMailsNothingElse()
{
    auto connection = pm::test::connectAs(*m_db, m_exec);
    QVERIFY(connection);
    const QString challenge = requestExport(*connection);
    QVERIFY(!challenge.isEmpty());
    // A worker drew the code and died before Loops answered: the code is gone with it.
    QVERIFY(!m_db->value(u"SELECT code FROM pm_stepup_issue_code('%1')"_s.arg(challenge)).toString().isEmpty());
    startPool(); // the job runs again
    QTRY_COMPARE_WITH_TIMEOUT(
        m_db->value(u"SELECT status FROM stepup_challenges WHERE id = '%1'"_s.arg(challenge)).toString(),
        u"delivery_unknown"_s, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_db->value(u"SELECT state::text FROM jobs WHERE kind = 'stepup.deliver'"_s).toString(),
                              u"completed"_s, 10'000);
    QVERIFY(m_loops->outbox().isEmpty());
    QCOMPARE(m_db->value(u"SELECT count(*) FROM admin_audit_log WHERE action = 'stepup.delivery_unknown'"_s).toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestStepUpDelivery)
#include "TestStepUpDelivery.moc"
