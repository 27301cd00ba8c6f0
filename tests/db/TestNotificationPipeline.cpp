// The notification pipeline end to end on a real PostgreSQL with real workers: a storm of related
// warnings becomes one notification (plus bounded repeats), email goes out once through the Loops
// mock even when its job runs twice, quiet hours defer email, periodic jobs are enqueued once
// however many workers look, dead jobs raise an event and their re-queue/discard is audited, and
// the threshold detector turns a bounce spike into an event about that IP.
#include "TestDatabase.h"

#include "jobs/StandardHandlers.h"
#include "queue/JobHandler.h"
#include "queue/WorkerPool.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "sim/mock/LoopsMockServer.h"
#include "util/WorkerThread.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTime>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
std::unique_ptr<pm::queue::WorkerPool> startPool(const pm::store::ConnectionSettings& settings,
                                                 std::shared_ptr<pm::secrets::SecretStore> secrets, int workers = 2)
{
    auto handlers = std::make_shared<pm::queue::HandlerRegistry>();
    pm::jobs::addStandardHandlers(*handlers, std::move(secrets));
    auto pool = std::make_unique<pm::queue::WorkerPool>(settings, handlers);
    pm::queue::Worker::Options options;
    options.queues = {u"notify"_s, u"default"_s};
    options.pollInterval = 200ms;
    options.rescueInterval = 500ms;
    options.backoffBase = 200ms;
    options.backoffCap = 1s;
    pool->start(workers, options);
    return pool;
}

// Timers short enough for a test, in the same proportions as the defaults.
const auto FastPolicy = u"UPDATE alert_policy SET warning_group_wait_s = 2, warning_group_interval_s = 3, "
                        "warning_repeat_interval_s = 4, critical_group_wait_s = 0, critical_group_interval_s = 2, "
                        "critical_repeat_interval_s = 4, critical_max_hold_s = 0"_s;
} // namespace

class TestNotificationPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stormBecomesOneNotification();
    void emailGoesOutOnceThroughLoops();
    void quietHoursDeferEmail();
    void periodicJobsAreEnqueuedOnce();
    void deadJobsRaiseAnEventAndTheirHandlingIsAudited();
    void detectorReportsABounceSpike();
};

void TestNotificationPipeline::stormBecomesOneNotification()
{
    pm::test::TestDatabase tdb(u"notify_storm"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(FastPolicy));
    auto pool = startPool(tdb.settings(), std::make_shared<pm::secrets::MemorySecretStore>());

    // 1,000 related warnings (40 distinct items, seen again and again) over six seconds: the
    // test's minute, with the timers scaled down the same way.
    QElapsedTimer clock;
    clock.start();
    for (int batch = 0; batch < 10; ++batch) {
        QVERIFY(tdb.exec(u"SELECT pm_notify_event('warning', 'test', 'bounce_spike:pool:3', 'ip:' || (i % 40), "
                         "'Hard bounces at Gmail on 198.18.0.' || (i % 40), '', 'pool', '3') "
                         "FROM generate_series(%1, %1 + 99) i"_s.arg(batch * 100)));
        QTest::qWait(600);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT count(*) FROM notification_events WHERE processed_at IS NULL"_s).toInt(), 0, 20'000);
    QTest::qWait(9'000); // more than two repeat intervals after the storm
    const qint64 elapsedS = clock.elapsed() / 1000;

    QCOMPARE(tdb.value(u"SELECT count(*) FROM notifications WHERE kind = 'first'"_s).toInt(), 1);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM notifications WHERE kind = 'update'"_s).toInt(), 0);
    const int repeats = tdb.value(u"SELECT count(*) FROM notifications WHERE kind = 'repeat'"_s).toInt();
    QVERIFY2(repeats <= elapsedS / 4 + 1, qPrintable(u"%1 repeats in %2 s"_s.arg(repeats).arg(elapsedS)));
    // Repeats never closer together than the repeat interval.
    QVERIFY(tdb.value(u"SELECT coalesce(min(gap), interval '1 day') >= interval '3.9 seconds' FROM ("
                      "SELECT created_at - lag(created_at) OVER (ORDER BY created_at) AS gap FROM notifications) g"_s)
                .toBool());
    QCOMPARE(tdb.value(u"SELECT sum(new_events) FROM notifications"_s).toInt() <= 1000, true);
    QCOMPARE(tdb.value(u"SELECT distinct_count FROM notifications WHERE kind = 'first'"_s).toInt(), 40);
    QCOMPARE(
        tdb.value(u"SELECT subject_kind || ':' || subject_id FROM notifications WHERE kind = 'first'"_s).toString(),
        u"pool:3"_s);
    pool->stop();
}

void TestNotificationPipeline::emailGoesOutOnceThroughLoops()
{
    pm::test::TestDatabase tdb(u"notify_email"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(FastPolicy));

    pm::util::WorkerThread mockThread(u"loops-mock"_s);
    auto* loops = mockThread.adopt(new pm::sim::LoopsMockServer(u"loops-test-key-0123456789"_s));
    mockThread.start();
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        loops, [&] { listening = loops->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(listening, qPrintable(error));

    QVERIFY(tdb.exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url, settings) VALUES "
                     "(7, 'loops', 'Loops (test)', '%1', '{\"notification_template\": \"cm-notify-test\"}')"_s.arg(
                         loops->apiBaseUrl().toString())));
    QVERIFY(tdb.exec(u"INSERT INTO notification_preferences (operator, email, email_min_severity) "
                     "VALUES ('ops_anna', 'anna@penguinmails.example', 'warning'), "
                     "('ops_ben', 'ben@penguinmails.example', 'critical')"_s));
    auto secrets = std::make_shared<pm::secrets::MemorySecretStore>();
    secrets->write(pm::secrets::providerAccountKey(7), u"loops-test-key-0123456789"_s, this, [](const auto&) {});
    auto pool = startPool(tdb.settings(), secrets);

    QVERIFY(tdb.exec(u"SELECT pm_notify_event('critical', 'test', 'ms_block:ip:9', 'ip:9', "
                     "'Microsoft blocks 198.18.0.18', '', 'ip', '9')"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loops->outbox().size(), 2, 20'000); // both operators take critical mail
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT count(*) FROM notification_deliveries WHERE status = 'sent'"_s).toInt(), 2, 10'000);
    const auto mail = loops->outbox().constFirst();
    QCOMPARE(mail.transactionalId, u"cm-notify-test"_s);
    QCOMPARE(mail.dataVariables.value(u"severity"_s).toString(), u"critical"_s);
    QCOMPARE(mail.dataVariables.value(u"title"_s).toString(), u"Microsoft blocks 198.18.0.18"_s);
    QVERIFY(mail.idempotencyKey.startsWith(u"pm-notify-"_s));

    // At least once: the same email job runs again (a lost completion). Nothing goes out twice —
    // the delivery record stops it, and Loops' idempotency key would too.
    QVERIFY(tdb.exec(u"DELETE FROM notification_deliveries"_s));
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('notify', 'notify.email', args, 2::smallint, now(), 3, NULL) "
                     "FROM jobs WHERE kind = 'notify.email'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        tdb.value(u"SELECT count(*) FROM notification_deliveries WHERE status = 'sent'"_s).toInt(), 2, 10'000);
    QCOMPARE(loops->outbox().size(), 2);
    QVERIFY(loops->requestCount() >= 4); // the repeats reached Loops and got 409

    // A warning reaches only the operator who asked for warnings.
    QVERIFY(tdb.exec(u"SELECT pm_notify_event('warning', 'test', 'complaints:tenant:4', 't4', 'Complaints up')"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loops->outbox().size(), 3, 20'000);
    QCOMPARE(loops->outbox().constLast().email, u"anna@penguinmails.example"_s);
    pool->stop();
}

void TestNotificationPipeline::quietHoursDeferEmail()
{
    pm::test::TestDatabase tdb(u"notify_quiet"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    // Quiet from an hour ago to an hour ahead, in the operator's own zone (far from UTC).
    QVERIFY(tdb.exec(u"INSERT INTO notification_preferences (operator, email, time_zone, quiet_start, quiet_end) "
                     "SELECT 'ops_kai', 'kai@penguinmails.example', 'Pacific/Kiritimati', "
                     "((now() AT TIME ZONE 'Pacific/Kiritimati') - interval '1 hour')::time, "
                     "((now() AT TIME ZONE 'Pacific/Kiritimati') + interval '1 hour')::time"_s));
    QVERIFY(tdb.value(u"SELECT pm_quiet_until('ops_kai', now()) BETWEEN now() + interval '59 minutes' "
                      "AND now() + interval '61 minutes'"_s)
                .toBool());
    QVERIFY(tdb.value(u"SELECT pm_quiet_until('ops_kai', now() + interval '2 hours') IS NULL"_s).toBool());

    QVERIFY(tdb.exec(u"INSERT INTO notifications (id, kind, severity, group_key, titles, event_count, distinct_count, "
                     "new_events) OVERRIDING SYSTEM VALUE VALUES (1, 'first', 'warning', 'g', '{W}', 1, 1, 1), "
                     "(2, 'first', 'critical', 'c', '{C}', 1, 1, 1)"_s));
    QVERIFY(tdb.exec(u"SELECT pm_fan_out_notification(1), pm_fan_out_notification(2)"_s));
    QVERIFY(tdb.value(u"SELECT scheduled_at > now() + interval '59 minutes' FROM jobs "
                      "WHERE args ->> 'notification_id' = '1'"_s)
                .toBool());
    QVERIFY(tdb.value(u"SELECT scheduled_at <= now() FROM jobs WHERE args ->> 'notification_id' = '2'"_s).toBool());

    // Wrapping midnight, and a zone that does not exist.
    QVERIFY(tdb.exec(
        u"UPDATE notification_preferences SET time_zone = 'UTC', quiet_start = '22:00', quiet_end = '07:00'"_s));
    QVERIFY(tdb.value(u"SELECT pm_quiet_until('ops_kai', '2026-03-01 23:30+00') = '2026-03-02 07:00+00'"_s).toBool());
    QVERIFY(tdb.value(u"SELECT pm_quiet_until('ops_kai', '2026-03-01 06:59+00') = '2026-03-01 07:00+00'"_s).toBool());
    QVERIFY(tdb.value(u"SELECT pm_quiet_until('ops_kai', '2026-03-01 12:00+00') IS NULL"_s).toBool());
    QString error;
    QVERIFY(!tdb.exec(u"UPDATE notification_preferences SET time_zone = 'Mars/Olympus_Mons'"_s, &error));
    QVERIFY2(error.contains(u"unknown time zone"_s), qPrintable(error));
}

void TestNotificationPipeline::periodicJobsAreEnqueuedOnce()
{
    pm::test::TestDatabase tdb(u"notify_periodic"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    // The weekly reputation batch is on Mondays at 02:00 UTC.
    QVERIFY(tdb.value(u"SELECT extract(isodow FROM next_run_at AT TIME ZONE 'UTC') = 1 "
                      "AND (next_run_at AT TIME ZONE 'UTC')::time = '02:00' FROM periodic_jobs "
                      "WHERE name = 'weekly-reputation'"_s)
                .toBool());
    // Both looks must fall within one minute: the one-minute jobs are due again at the next one.
    if (const int second = QTime::currentTime().second(); second >= 57) {
        QTest::qWait((61 - second) * 1000);
    }
    QVERIFY(tdb.exec(u"UPDATE periodic_jobs SET next_run_at = now() - interval '3 hours'"_s));
    const auto call = u"SELECT pm_periodic_enqueue_due(ARRAY['notify.dispatch', 'signals.detect', 'system.prune', "
                      "'provider.sync_due', 'stepup.sweep'])"_s;
    // Several workers looking at once (and again) enqueue each due job once.
    QCOMPARE(tdb.value(call).toInt(), 5);
    QCOMPARE(tdb.value(call).toInt(), 0);
    QCOMPARE(tdb.value(u"SELECT count(*) FROM jobs"_s).toInt(), 5);
    // Missed periods run once, and the next run lies on the grid, in the future.
    QVERIFY(tdb.value(u"SELECT bool_and(next_run_at > now() AND next_run_at <= now() + every "
                      "AND extract(epoch FROM next_run_at - anchor)::bigint % extract(epoch FROM every)::bigint = 0) "
                      "FROM periodic_jobs WHERE enabled"_s)
                .toBool());
    // A worker that cannot run a kind does not schedule it.
    QVERIFY(tdb.exec(u"UPDATE periodic_jobs SET next_run_at = now() - interval '1 hour'"_s));
    QCOMPARE(tdb.value(u"SELECT pm_periodic_enqueue_due(ARRAY['system.prune'])"_s).toInt(), 1);
}

void TestNotificationPipeline::deadJobsRaiseAnEventAndTheirHandlingIsAudited()
{
    pm::test::TestDatabase tdb(u"notify_dead"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"SELECT pm_job_enqueue('default', 'provider.poll', '{}', 2::smallint, now(), 1, NULL), "
                     "pm_job_enqueue('default', 'provider.poll', '{}', 2::smallint, now(), 1, NULL)"_s));
    QVERIFY(tdb.exec(u"UPDATE jobs SET state = 'discarded', attempt = 1, finished_at = now(), "
                     "errors = '[{\"attempt\": 1, \"error\": \"HTTP 500\"}]'"_s));
    QCOMPARE(tdb.value(u"SELECT count(*) FROM notification_events WHERE group_key = 'queue.dead:provider.poll' "
                       "AND subject_kind = 'job' AND body = 'HTTP 500'"_s)
                 .toInt(),
             2);
    QVERIFY(tdb.value(u"SELECT pm_job_requeue_dead(1)"_s).toBool());
    QVERIFY(tdb.value(u"SELECT pm_job_discard_dead(2)"_s).toBool());
    QVERIFY(!tdb.value(u"SELECT pm_job_discard_dead(1)"_s).toBool()); // no longer dead
    QCOMPARE(tdb.value(u"SELECT state::text FROM jobs WHERE id = 1"_s).toString(), u"available"_s);
    QCOMPARE(tdb.value(u"SELECT state::text FROM jobs WHERE id = 2"_s).toString(), u"cancelled"_s);
    QCOMPARE(tdb.value(u"SELECT string_agg(action || ' ' || (scope ->> 'job_id') || ' ' || outcome || ' ' || actor, "
                       "'; ' ORDER BY id) FROM admin_audit_log"_s)
                 .toString(),
             u"job.requeue 1 done %1; job.discard 2 done %1; job.discard 1 refused: not dead-lettered %1"_s.arg(
                 tdb.settings().user));
}

void TestNotificationPipeline::detectorReportsABounceSpike()
{
    pm::test::TestDatabase tdb(u"notify_detect"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    QVERIFY(tdb.exec(u"INSERT INTO ip_pools (pool_id, name, kind) VALUES (1, 'shared-a', 'shared')"_s));
    QVERIFY(tdb.exec(u"INSERT INTO ips (ip_id, address, pool_id, dedicated, warmup_state) VALUES "
                     "(1, '198.18.0.1', 1, false, 'warm'), (2, '198.18.0.2', 1, false, 'warm')"_s));
    // IP 1: 7 % bounces (critical); IP 2: healthy; both with enough volume.
    QVERIFY(tdb.exec(u"INSERT INTO daily_rollups (day, tenant_id, ip_id, mailbox_provider_id, esp_account_id, sent, "
                     "delivered, bounced_hard, bounced_soft) VALUES "
                     "((now() AT TIME ZONE 'UTC')::date, 1, 1, 1, 1, 1000, 930, 50, 20), "
                     "((now() AT TIME ZONE 'UTC')::date, 1, 2, 1, 1, 1000, 995, 3, 2)"_s));
    QCOMPARE(tdb.value(u"SELECT pm_detect_threshold_breaches()"_s).toInt(), 1);
    QCOMPARE(tdb.value(u"SELECT severity::text || ' ' || group_key || ' ' || subject_kind || ':' || subject_id || ' ' "
                       "|| title FROM notification_events"_s)
                 .toString(),
             u"critical bounce_rate:ip:1 ip:1 Bounce rate 7.00% on 198.18.0.1 (%1)"_s.arg(
                 tdb.value(u"SELECT (now() AT TIME ZONE 'UTC')::date::text"_s).toString()));
    // A dispatch job is waiting for the critical bound.
    QCOMPARE(tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'notify.dispatch'"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestNotificationPipeline)
#include "TestNotificationPipeline.moc"
