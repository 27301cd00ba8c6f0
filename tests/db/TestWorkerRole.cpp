// The worker role (migration 0013) end to end. A login that is a member of pm_worker only — no
// superuser, no BYPASSRLS, not an operator, as pmworkerd connects in production — runs the
// standard job handlers through the console's own WorkerPool: claims and completions,
// dead-lettering with its event, lease rescue, presence and sign-off, periodic jobs, pruning,
// notification email through the Loops mock with the budget ledger, and step-up code delivery
// (audited as the worker). On a plain connection the same login is refused everything else:
// provider addresses, what a job is, the security tables and the pepper, the alert policy and
// budgets, re-queueing dead jobs, other roles and temporary tables. The jobs policies also keep it
// from reviving a dead job or deleting live ones.
// Forced RLS filters out rows that no policy admits instead of raising an error, so every check
// here reads the effect in the rows (as superuser); no error alone proves nothing.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "jobs/StandardHandlers.h"
#include "queue/JobHandler.h"
#include "queue/WorkerPool.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "security/StepUpGateway.h"
#include "sim/mock/LoopsMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/WorkerThread.h"

#include <QDebug>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::security::GatedAction;
using pm::security::StepUpGateway;

namespace
{
const QString LoopsKey = u"loops-test-key-0123456789"_s;

// Timers short enough for a test, in the same proportions as the defaults (as TestNotificationPipeline).
const auto FastPolicy = u"UPDATE alert_policy SET warning_group_wait_s = 2, warning_group_interval_s = 3, "
                        "warning_repeat_interval_s = 4, critical_group_wait_s = 0, critical_group_interval_s = 2, "
                        "critical_repeat_interval_s = 4, critical_max_hold_s = 0"_s;

// Every standard handler on two workers serving both queues, polling and housekeeping often.
std::unique_ptr<pm::queue::WorkerPool> startPool(const pm::store::ConnectionSettings& settings,
                                                 std::shared_ptr<pm::secrets::SecretStore> secrets)
{
    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    pm::jobs::addStandardHandlers(*handlers, std::move(secrets));
    auto pool = std::make_unique<pm::queue::WorkerPool>(settings, handlers);
    // A refused claim or completion shows here (presence and periodic failures log by themselves).
    QObject::connect(pool.get(), &pm::queue::WorkerPool::problem, pool.get(),
                     [](const QString& message) { qWarning().noquote() << "worker problem:" << message; });
    pm::queue::Worker::Options options;
    options.queues = {u"notify"_s, u"default"_s};
    options.pollInterval = 200ms;
    options.rescueInterval = 500ms;
    options.backoffBase = 200ms;
    options.backoffCap = 1s;
    pool->start(2, options);
    return pool;
}

std::shared_ptr<pm::secrets::MemorySecretStore> secretsWithLoopsKey(int accountId, QObject* context)
{
    auto secrets = std::make_shared<pm::secrets::MemorySecretStore>();
    secrets->write(pm::secrets::providerAccountKey(accountId), LoopsKey, context, [](const auto&) {});
    return secrets;
}

// The Loops mock on @p thread, listening on a free local port; nullptr with @p error on failure.
pm::sim::LoopsMockServer* startLoops(pm::util::WorkerThread& thread, QString* error)
{
    auto* loops = thread.adopt(new pm::sim::LoopsMockServer(LoopsKey));
    thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        loops, [&] { listening = loops->listenLocal(0, error); }, Qt::BlockingQueuedConnection);
    return listening ? loops : nullptr;
}

// One statement on the worker's own connection: its SQLSTATE if it failed, else the rows it
// changed and the first column of its first row.
struct Outcome
{
    bool ok = false;
    QString state;
    QString error;
    int affected = -1;
    QVariant first;

    QString describe() const
    {
        return ok ? u"ok, %1 rows affected"_s.arg(affected) : u"error %1: %2"_s.arg(state, error);
    }
};

Outcome run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    Outcome r;
    r.ok = q.exec(sql);
    if (!r.ok) {
        r.state = q.lastError().nativeErrorCode();
        r.error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return r;
    }
    r.affected = q.numRowsAffected();
    if (q.isSelect() && q.next()) {
        r.first = q.value(0);
    }
    return r;
}
} // namespace

class TestWorkerRole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueAndHousekeepingRunAsWorker();
    void notificationEmailGoesOutAsWorker();
    void stepUpCodeDeliveredByWorker();
    void workerIsRefusedEverythingElse();
};

void TestWorkerRole::queueAndHousekeepingRunAsWorker()
{
    pm::test::TestDatabase tdb(u"worker_queue"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    const pm::test::TestOperator worker = pm::test::createWorkerLogin(tdb, u"worker"_s);
    QVERIFY(!worker.login.isEmpty());
    // As superuser: what pruning removes (finished a week ago, taken in a month ago, a worker silent
    // for two days) and keeps (finished yesterday), a job whose worker died holding its lease, work,
    // and a job of a kind no handler in this build runs.
    QVERIFY(tdb.exec(u"INSERT INTO jobs (kind, state, attempt, finished_at) VALUES "
                     "('test.old', 'completed', 1, now() - interval '8 days'), "
                     "('test.old', 'cancelled', 0, now() - interval '8 days'), "
                     "('test.recent', 'completed', 1, now() - interval '1 day')"_s));
    QVERIFY(tdb.exec(u"INSERT INTO notification_events (created_at, severity, source, group_key, dedupe_key, title, "
                     "processed_at) VALUES (now() - interval '40 days', 'info', 'test', 'test.old', 'old', 'Old', "
                     "now() - interval '40 days')"_s));
    QVERIFY(tdb.exec(u"INSERT INTO queue_workers (worker_id, host, pid, queues, last_seen_at) "
                     "VALUES ('gone:1:0', 'gone', 1, '{default}', now() - interval '2 days')"_s));
    QVERIFY(tdb.exec(u"INSERT INTO jobs (kind, state, attempt, max_attempts, attempted_at, lease_until, locked_by) "
                     "VALUES ('test.lost', 'running', 1, 1, now() - interval '5 minutes', now() - interval '1 minute', "
                     "'gone:1:0')"_s));
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('default', 'system.noop') FROM generate_series(1, 20)"_s));
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('default', 'test.unregistered', '{}', 2::smallint, now(), 1, NULL)"_s));

    auto pool = startPool(pm::test::settingsFor(tdb, worker), std::make_shared<pm::secrets::MemorySecretStore>());
    const QString presence = u"SELECT count(*) FROM queue_workers WHERE worker_id IN ('%1', '%2')"_s.arg(
        pm::queue::WorkerPool::workerId(0), pm::queue::WorkerPool::workerId(1));
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(presence).toInt(), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'system.noop' AND state = 'completed'"_s).toInt(), 20,
        15'000);

    // No handler: the only attempt fails and the job is dead-lettered; its trigger records an event
    // and enqueues a dispatch, all within the worker's statement and with the worker's rights.
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT state::text FROM jobs WHERE kind = 'test.unregistered'"_s).toString(),
                              u"discarded"_s, 10'000);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM notification_events WHERE group_key = 'queue.dead:test.unregistered' "
                       "AND subject_kind = 'job'"_s)
                 .toInt(),
             1);
    QVERIFY(tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'notify.dispatch' "
                      "AND unique_key LIKE 'notify.dispatch@%'"_s)
                .toInt()
            >= 1);
    // The lease that ran out is rescued (pm_job_rescue_expired): its attempts are used up, so it is dead.
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT state::text FROM jobs WHERE kind = 'test.lost'"_s).toString(),
                              u"discarded"_s, 10'000);
    QCOMPARE(tdb.value(u"SELECT errors -> -1 ->> 'error' FROM jobs WHERE kind = 'test.lost'"_s).toString(),
             u"lease expired: worker gone:1:0 stopped renewing it"_s);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM notification_events WHERE group_key = 'queue.dead:test.lost'"_s).toInt(),
             1);

    // Every enabled periodic job this build has a handler for, once due, is enqueued, runs to
    // completion, and moves on to its next period.
    pm::queue::HandlerRegistry registry;
    pm::jobs::addStandardHandlers(registry, std::make_shared<pm::secrets::MemorySecretStore>());
    const QString handled = u"enabled AND kind IN ('"_s + registry.kinds().join(u"', '"_s) + u"')"_s;
    const QString due
        = tdb.value(u"SELECT string_agg(DISTINCT kind, ' ' ORDER BY kind) FROM periodic_jobs WHERE %1"_s.arg(handled))
              .toString();
    QVERIFY2(due.contains(u"stepup.sweep"_s) && due.contains(u"system.prune"_s), qPrintable(due));
    const qint64 mark = tdb.value(u"SELECT max(id) FROM jobs"_s).toLongLong();
    QVERIFY(tdb.exec(u"UPDATE periodic_jobs SET next_run_at = now() - interval '1 hour'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT string_agg(DISTINCT kind, ' ' ORDER BY kind) FROM jobs "
                  "WHERE id > %1 AND unique_key LIKE 'periodic:%' AND state = 'completed'"_s.arg(mark))
            .toString(),
        due, 15'000);
    QCOMPARE(
        tdb.value(u"SELECT count(*) FROM periodic_jobs WHERE %1 AND next_run_at < now() - interval '30 minutes'"_s.arg(
                      handled))
            .toInt(),
        0);

    // A system.prune job removes what is old, and only that.
    const qint64 prune = tdb.value(u"SELECT pm_job_enqueue('default', 'system.prune')"_s).toLongLong();
    QVERIFY(prune > 0);
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(prune)).toString(),
                              u"completed"_s, 10'000);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'test.old'"_s).toInt(), 0);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'test.recent'"_s).toInt(), 1);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM notification_events WHERE group_key = 'test.old'"_s).toInt(), 0);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM queue_workers WHERE worker_id = 'gone:1:0'"_s).toInt(), 0);

    // Stopping signs the workers off.
    pool->stop();
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(presence).toInt(), 0, 5'000);
}

void TestWorkerRole::notificationEmailGoesOutAsWorker()
{
    pm::test::TestDatabase tdb(u"worker_email"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(FastPolicy));
    pm::util::WorkerThread mockThread(u"loops-mock"_s);
    QString error;
    pm::sim::LoopsMockServer* loops = startLoops(mockThread, &error);
    QVERIFY2(loops, qPrintable(error));
    QVERIFY(tdb.exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url, settings) VALUES "
                     "(7, 'loops', 'Loops (test)', '%1', '{\"notification_template\": \"cm-notify-test\"}')"_s.arg(
                         loops->apiBaseUrl().toString())));
    QVERIFY(tdb.exec(u"INSERT INTO notification_preferences (operator, email, email_min_severity) "
                     "VALUES ('ops_anna', 'anna@penguinmails.example', 'warning'), "
                     "('ops_ben', 'ben@penguinmails.example', 'critical')"_s));
    const pm::test::TestOperator worker = pm::test::createWorkerLogin(tdb, u"mailer"_s);
    QVERIFY(!worker.login.isEmpty());
    const double stateBefore
        = tdb.value(u"SELECT extract(epoch FROM updated_at)::float8 FROM notification_dispatch_state"_s).toDouble();
    auto pool = startPool(pm::test::settingsFor(tdb, worker), secretsWithLoopsKey(7, this));

    QVERIFY(tdb.exec(u"SELECT pm_notify_event('critical', 'test', 'ms_block:ip:9', 'ip:9', "
                     "'Microsoft blocks 198.18.0.18', '', 'ip', '9')"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loops->outbox().size(), 2, 20'000); // both operators take critical mail
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT count(*) FROM notification_deliveries WHERE status = 'sent'"_s).toInt(), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'notify.email' AND state = 'completed'"_s).toInt(), 2,
        10'000);
    const auto outbox = loops->outbox();
    QStringList recipients;
    for (const auto& mail : outbox) {
        QCOMPARE(mail.transactionalId, u"cm-notify-test"_s);
        QCOMPARE(mail.dataVariables.value(u"title"_s).toString(), u"Microsoft blocks 198.18.0.18"_s);
        recipients << mail.email;
    }
    recipients.sort();
    QCOMPARE(recipients, QStringList({u"anna@penguinmails.example"_s, u"ben@penguinmails.example"_s}));

    // The dispatcher took the event in, stored one notification and saved its grouping state; the
    // email handler reserved its calls in the budget ledger.
    QCOMPARE(tdb.value(u"SELECT count(*) FROM notification_events WHERE group_key = 'ms_block:ip:9' "
                       "AND processed_at IS NOT NULL"_s)
                 .toInt(),
             1);
    QCOMPARE(
        tdb.value(u"SELECT count(*) FROM notifications WHERE group_key = 'ms_block:ip:9' AND kind = 'first'"_s).toInt(),
        1);
    const double stateAfter
        = tdb.value(u"SELECT extract(epoch FROM updated_at)::float8 FROM notification_dispatch_state"_s).toDouble();
    QVERIFY2(stateAfter > stateBefore, qPrintable(u"%1 then %2"_s.arg(stateBefore).arg(stateAfter)));
    const int calls
        = tdb.value(u"SELECT coalesce(sum(calls), 0) FROM provider_call_ledger WHERE account_id = 7"_s).toInt();
    QVERIFY2(calls >= 2, qPrintable(u"%1 calls in the ledger"_s.arg(calls)));
    pool->stop();
}

void TestWorkerRole::stepUpCodeDeliveredByWorker()
{
    pm::test::TestDatabase tdb(u"worker_stepup"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::util::WorkerThread mockThread(u"loops-mock"_s);
    QString error;
    pm::sim::LoopsMockServer* loops = startLoops(mockThread, &error);
    QVERIFY2(loops, qPrintable(error));
    QVERIFY(tdb.exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url, settings) VALUES "
                     "(3, 'loops', 'Loops (test)', '%1', '{\"otp_template\": \"cm-otp-test\"}')"_s.arg(
                         loops->apiBaseUrl().toString())));
    const pm::test::TestOperator executive = pm::test::createOperator(tdb, u"exec"_s, u"executive"_s);
    const pm::test::TestOperator worker = pm::test::createWorkerLogin(tdb, u"otp"_s);
    QVERIFY(!executive.login.isEmpty() && !worker.login.isEmpty());
    auto pool = startPool(pm::test::settingsFor(tdb, worker), secretsWithLoopsKey(3, this));
    auto connection = pm::test::connectAs(tdb, executive);
    QVERIFY(connection);

    const GatedAction action = GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {});
    const auto request = StepUpGateway::request(connection->database(), action);
    QVERIFY2(request.requested(), qPrintable(u"%1 %2 %3"_s.arg(request.outcome, request.message, request.error)));
    const QString challenge = request.challengeId;
    QTRY_COMPARE_WITH_TIMEOUT(loops->outbox().size(), 1, 15'000);
    const auto mail = loops->outbox().constFirst();
    QCOMPARE(mail.email, executive.email);
    QCOMPARE(mail.transactionalId, u"cm-otp-test"_s);
    QCOMPARE(mail.idempotencyKey, u"pm-stepup-"_s + challenge);
    const QString code = mail.dataVariables.value(u"code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9]{8}$"_s).match(code).hasMatch(), qPrintable(code));
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT status FROM stepup_challenges WHERE id = '%1'"_s.arg(challenge)).toString(), u"delivered"_s,
        10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT state::text FROM jobs WHERE kind = 'stepup.deliver'"_s).toString(),
                              u"completed"_s, 10'000);
    // Audited as the worker: its own login, and the role pm_private.session_role() gives a pm_worker member.
    QCOMPARE(tdb.value(u"SELECT string_agg(actor::text || ' ' || operator_role, '; ') FROM admin_audit_log "
                       "WHERE action = 'stepup.code_sent' AND challenge_id = '%1'"_s.arg(challenge))
                 .toString(),
             worker.login + u" worker"_s);
    // And the code the worker sent is the one that works.
    const auto done = StepUpGateway::confirm(connection->database(), challenge, code, action);
    QVERIFY2(done.performed(), qPrintable(done.outcome + done.error));
    pool->stop();
}

void TestWorkerRole::workerIsRefusedEverythingElse()
{
    pm::test::TestDatabase tdb(u"worker_refused"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url) "
                     "VALUES (3, 'loops', 'Loops (test)', 'http://127.0.0.1:9/api/v1')"_s));
    const qint64 dead = tdb.value(u"INSERT INTO jobs (kind, state, attempt, max_attempts, finished_at) "
                                  "VALUES ('test.dead', 'discarded', 1, 1, now()) RETURNING id"_s)
                            .toLongLong();
    QVERIFY(dead > 0);
    const pm::test::TestOperator worker = pm::test::createWorkerLogin(tdb, u"refused"_s);
    QVERIFY(!worker.login.isEmpty());
    auto connection = pm::test::connectAs(tdb, worker);
    QVERIFY(connection);
    const QSqlDatabase db = connection->database();
    // The worker, seeing what it works on: the refusals below are not those of a broken login.
    QCOMPARE(run(db, u"SELECT current_user::text"_s).first.toString(), worker.login);
    QCOMPARE(run(db, u"SELECT count(*) FROM jobs WHERE id = %1"_s.arg(dead)).first.toInt(), 1);

    const QStringList refused = {
        u"UPDATE provider_accounts SET base_url = 'http://evil'"_s,
        u"UPDATE jobs SET kind = 'x'"_s,
        u"SELECT * FROM stepup_challenges"_s,
        u"SELECT * FROM operators"_s,
        u"SELECT * FROM admin_audit_log"_s,
        u"SELECT * FROM pm_private.otp_pepper"_s,
        u"UPDATE alert_policy SET detect_min_sent = 1"_s,
        u"UPDATE provider_budgets SET max_calls_per_month = NULL"_s,
        u"SELECT pm_job_requeue_dead(%1)"_s.arg(dead),
        u"SET ROLE pm_security"_s,
        u"CREATE TEMP TABLE t (i int)"_s,
    };
    for (const QString& sql : refused) {
        const Outcome r = run(db, sql);
        QVERIFY2(r.state == u"42501"_s, qPrintable(sql + u": "_s + r.describe()));
    }
    QCOMPARE(tdb.value(u"SELECT detect_min_sent FROM alert_policy"_s).toInt(), 500);

    // What it may write, even on the Loops account: the outcome of a sync, and nothing else.
    const Outcome synced = run(db, u"UPDATE provider_accounts SET last_error = 'no poller', last_error_at = now() "
                                   "WHERE account_id = 3"_s);
    QVERIFY2(synced.ok && synced.affected == 1, qPrintable(synced.describe()));
    QCOMPARE(
        tdb.value(u"SELECT last_error || ' ' || base_url FROM provider_accounts WHERE account_id = 3"_s).toString(),
        u"no poller http://127.0.0.1:9/api/v1"_s);

    // The jobs policies: new jobs go in as available, but a dead job stays dead (re-queueing is
    // pm_job_requeue_dead's, audited) and neither live nor dead jobs can be deleted. The filtered
    // rows raise no error; the rows say what happened.
    const Outcome enqueued = run(db, u"INSERT INTO jobs (queue, kind, args) VALUES ('default', 'x', '{}')"_s);
    QVERIFY2(enqueued.ok && enqueued.affected == 1, qPrintable(enqueued.describe()));
    const Outcome revived = run(db, u"UPDATE jobs SET state = 'available', attempt = 0 WHERE id = %1"_s.arg(dead));
    QVERIFY2(revived.ok && revived.affected == 0, qPrintable(revived.describe()));
    QCOMPARE(tdb.value(u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(dead)).toString(), u"discarded"_s);
    const Outcome deletedLive = run(db, u"DELETE FROM jobs WHERE state = 'available'"_s);
    QVERIFY2(deletedLive.ok && deletedLive.affected == 0, qPrintable(deletedLive.describe()));
    const Outcome deletedDead = run(db, u"DELETE FROM jobs WHERE id = %1"_s.arg(dead));
    QVERIFY2(deletedDead.ok && deletedDead.affected == 0, qPrintable(deletedDead.describe()));
    QCOMPARE(tdb.value(u"SELECT string_agg(kind || ' ' || state::text, ', ' ORDER BY id) FROM jobs"_s).toString(),
             u"test.dead discarded, x available"_s);
}

QTEST_GUILESS_MAIN(TestWorkerRole)
#include "TestWorkerRole.moc"
