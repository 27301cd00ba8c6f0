// Step-up against psql's oldest trick: wrap each guess, or each export, in a transaction and roll
// it back, so that what it cost is never written. Attempts are charged in a committed transaction
// of their own (pm_stepup_attempt, 0011) and export rows leave only after the confirmation that
// audited them was committed (0012): the counts, the lock-out, its critical notification and the
// audit trail all hold. Also the sweep that writes a lock a rolled-back confirmation left out, and
// the console's retries after a dropped connection. Each operator works on their own connection;
// TestDatabase's superuser calls only set the scene.
#include "StepUpTestSupport.h"

#include "security/StepUpGateway.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stepup_test;

class TestStepUpRollback final : public stepup_test::StepUpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rolledBackConfirmationsStillCount();
    void exportRowsOnlyAfterCommittedAudit();
    void sweepSaysWhenItCannotLook();
    void consoleRetriesWithoutSpendingTheCodeAgain();
};

void TestStepUpRollback::init()
{
    StepUpFixture::init();
}

void TestStepUpRollback::cleanup()
{
    StepUpFixture::cleanup();
}

// psql's oldest trick: wrap each guess in a transaction and roll it back, so that the attempt it
// used is never written. Attempts are charged in a committed transaction of their own, so this
// gains nothing: the counts, the lock-out and its critical notification all hold.
void TestStepUpRollback::rolledBackConfirmationsStillCount()
{
    const Session exec = session(u"rollback"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    QSqlDatabase db = exec.db();
    OPEN_CHALLENGE(c, exec, u"policy_change"_s, PolicyParams);
    const QString before = snapshot();
    const auto confirmWithAttempt = [&](const QVariant& attempt, const QString& code) {
        return confirmWith(db, PolicyCall, {c.id, attempt, code, PolicyChanges});
    };
    // 1. An attempt reserved in the confirming transaction itself does not count as reserved:
    //    not even the right code gets through, and rolling back leaves nothing behind.
    QVERIFY(db.transaction());
    const Result inside = charge(db, c.id, c.code);
    QCOMPARE(inside.outcome(), u"reserved"_s);
    QCOMPARE(confirmWithAttempt(inside.value(u"attempt_id"_s), c.code).outcome(), u"invalid"_s);
    QVERIFY(db.rollback());
    QCOMPARE(attempts(c.id), 0);
    // 2. A committed attempt tests one code only: rolled back and tried again with another code
    //    (the right one), it answers as before and tells nothing.
    const Result first = charge(db, c.id, wrongCode(c.code));
    QCOMPARE(first.outcome(), u"reserved"_s);
    QCOMPARE(first.value(u"attempts_left"_s).toInt(), 4);
    QVERIFY(db.transaction());
    QCOMPARE(confirmWithAttempt(first.value(u"attempt_id"_s), wrongCode(c.code)).outcome(), u"invalid"_s);
    QVERIFY(db.rollback());
    QCOMPARE(confirmWithAttempt(first.value(u"attempt_id"_s), c.code).outcome(), u"invalid"_s);
    QCOMPARE(audits(u"stepup.verify"_s, c.id, u"not_the_reserved_code"_s), 1);
    // 3. Four more wrong guesses, each confirmation rolled back: the challenge's five attempts are
    //    gone all the same, and the sixth is refused with the right code.
    for (int i = 2; i <= 5; ++i) {
        const Result r = charge(db, c.id, wrongCode(c.code));
        QCOMPARE(r.outcome(), u"reserved"_s);
        QVERIFY(db.transaction());
        QCOMPARE(confirmWithAttempt(r.value(u"attempt_id"_s), wrongCode(c.code)).outcome(),
                 i < 5 ? u"invalid"_s : u"exhausted"_s);
        QVERIFY(db.rollback());
    }
    QCOMPARE(attempts(c.id), 5);
    QCOMPARE(charge(db, c.id, c.code).outcome(), u"exhausted"_s);
    QCOMPARE(snapshot(), before);
    // 4. Rotating challenges the same way reaches the lock-out: six failures so far (five
    //    attempts never confirmed and the refused sixth), four more on a new challenge.
    QVERIFY(backdate(exec));
    OPEN_CHALLENGE(d, exec, u"policy_change"_s, PolicyParams);
    for (int i = 7; i <= 10; ++i) {
        QCOMPARE(charge(db, d.id, wrongCode(d.code)).outcome(), u"reserved"_s);
    }
    // The eleventh attempt finds ten failures and locks — also when it is rolled back itself;
    // then the sweep job locks from the committed failures.
    QVERIFY(db.transaction());
    QCOMPARE(charge(db, d.id, d.code).outcome(), u"locked"_s);
    QVERIFY(db.rollback());
    const QString locked = u"SELECT coalesce(stepup_locked_until > clock_timestamp(), false) FROM operators "
                           "WHERE login = '%1'"_s.arg(exec.op.login);
    QCOMPARE(su(locked), u"false"_s);
    QCOMPARE(suInt(u"SELECT pm_stepup_sweep()"_s), 0); // unconfirmed attempts get two minutes' grace
    QVERIFY(m_db->exec(u"UPDATE pm_private.stepup_attempts SET reserved_at = reserved_at - interval '3 minutes' "
                       "WHERE operator = '%1'"_s.arg(exec.op.login)));
    QCOMPARE(suInt(u"SELECT pm_stepup_sweep()"_s), 1);
    QCOMPARE(su(locked), u"true"_s);
    QCOMPARE(suInt(u"SELECT count(*) FROM notification_events WHERE severity = 'critical' AND source = 'security' "
                   "AND group_key = 'stepup.locked:%1'"_s.arg(exec.op.login)),
             1);
    QCOMPARE(status(d.id), u"locked"_s);
    QCOMPARE(charge(db, d.id, d.code).outcome(), u"locked"_s);
    QCOMPARE(detectMinSent(), 500);
}

// Reading cannot be rolled back: an export's rows leave the database only after the confirmation
// that audited them was committed, and only once.
void TestStepUpRollback::exportRowsOnlyAfterCommittedAudit()
{
    QVERIFY(m_db->exec(u"INSERT INTO tenants (name, plan, mrr_cents, owner_email) "
                       "VALUES ('Ticket Ltd', 'growth', 99900, 'owner@ticket.example')"_s));
    const Session exec = session(u"exporter"_s, u"executive"_s);
    const Session other = session(u"snooper"_s, u"executive"_s);
    QVERIFY2(exec && other, "cannot create or connect the executives");
    QSqlDatabase db = exec.db();
    OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv);
    const Result attempt = charge(db, c.id, c.code);
    QCOMPARE(attempt.outcome(), u"reserved"_s);
    const QVariantList binds = {c.id, attempt.value(u"attempt_id"_s), c.code, u"tenant_revenue"_s, u"csv"_s};
    const QString fetch = u"SELECT pm_export_fetch(?::bigint)::text AS payload"_s;
    // Confirmed, fetched and rolled back in one transaction: no rows, and no audit row.
    QVERIFY(db.transaction());
    const Result sneaky = confirmWith(db, ExportCall, binds);
    QCOMPARE(sneaky.outcome(), u"done"_s);
    QVERIFY(run(db, fetch, {sneaky.value(u"ticket"_s)}).value(u"payload"_s).isNull());
    QVERIFY(db.rollback());
    QCOMPARE(audits(u"data.exported"_s, c.id), 0);
    QCOMPARE(status(c.id), u"delivered"_s);
    // Committed, then fetched: the rows, once, and to nobody else.
    const Result confirmed = confirmWith(db, ExportCall, binds);
    QCOMPARE(confirmed.outcome(), u"done"_s);
    QCOMPARE(audits(u"data.exported"_s, c.id), 1);
    const QVariant ticket = confirmed.value(u"ticket"_s);
    QVERIFY(run(other.db(), fetch, {ticket}).value(u"payload"_s).isNull());
    const QString payload = run(db, fetch, {ticket}).value(u"payload"_s).toString();
    QVERIFY2(payload.contains(u"Ticket Ltd"_s), qPrintable(payload));
    QVERIFY(run(db, fetch, {ticket}).value(u"payload"_s).isNull());
    QCOMPARE(suInt(u"SELECT count(*) FROM pm_private.export_tickets WHERE payload IS NOT NULL"_s), 0);
    QCOMPARE(suInt(u"SELECT count(*) FROM admin_audit_log WHERE action = 'data.export_fetch'"_s), 2);
}

// The sweep never waits on an operator's open transaction (it would stall every other check), and
// says so instead of passing over them in silence.
void TestStepUpRollback::sweepSaysWhenItCannotLook()
{
    const Session exec = session(u"hider"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    QSqlDatabase db = exec.db();
    OPEN_CHALLENGE(c, exec, u"policy_change"_s, PolicyParams);
    QCOMPARE(confirmPolicy(db, c.id, wrongCode(c.code)).outcome(), u"invalid"_s); // a failure on record
    QVERIFY(db.transaction());
    QCOMPARE(charge(db, c.id, wrongCode(c.code)).outcome(), u"reserved"_s); // holds the operator's row
    QCOMPARE(suInt(u"SELECT pm_stepup_sweep()"_s), 0);
    QVERIFY(db.rollback());
    QCOMPARE(suInt(u"SELECT count(*) FROM notification_events WHERE severity = 'warning' AND source = 'security' "
                   "AND group_key = 'stepup.sweep_blocked:%1'"_s.arg(exec.op.login)),
             1);
    QCOMPARE(suInt(u"SELECT pm_stepup_sweep()"_s), 0); // with the row free, one failure locks nobody
    // Operator sessions left idle inside a transaction end by default after five minutes.
    QCOMPARE(run(db, u"SELECT current_setting('idle_in_transaction_session_timeout') AS t"_s).value(u"t"_s),
             QVariant(u"5min"_s));
}

// What a dropped connection leaves is picked up, not paid for again: a charged attempt serves the
// retry of the same code, a confirmed export's ticket is fetched again, and a right code whose
// action failed is not counted as a failure.
void TestStepUpRollback::consoleRetriesWithoutSpendingTheCodeAgain()
{
    QVERIFY(m_db->exec(u"INSERT INTO tenants (name, plan, mrr_cents, owner_email) "
                       "VALUES ('Retry Ltd', 'growth', 99900, 'owner@retry.example')"_s));
    const Session exec = session(u"retrier"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    QSqlDatabase db = exec.db();
    using pm::security::GatedAction;
    using pm::security::StepUpGateway;
    using pm::security::StepUpRetry;
    const GatedAction exportAction = GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {});
    const QString failures = u"SELECT pm_private.stepup_failures_counted('%1')"_s.arg(exec.op.login);
    // The attempt was charged, then the connection failed before the confirmation ran.
    OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv);
    const Result charged = charge(db, c.id, c.code);
    QCOMPARE(charged.outcome(), u"reserved"_s);
    QCOMPARE(suInt(failures), 0); // a right code not yet used is no failure
    StepUpRetry retry {c.code, charged.value(u"attempt_id"_s).toLongLong(), -1};
    const auto done = StepUpGateway::confirm(db, c.id, c.code, exportAction, &retry);
    QVERIFY2(done.performed(), qPrintable(done.outcome + done.error));
    QCOMPARE(attempts(c.id), 1);
    QCOMPARE(done.payload.value(u"rows"_s).toArray().size(), 1);
    QCOMPARE(retry.attemptId, -1);
    // A confirmed export whose rows did not arrive: the ticket is fetched again, once.
    QVERIFY(backdate(exec, u"61 seconds"_s));
    OPEN_CHALLENGE(d, exec, u"data_export"_s, RevenueCsv);
    const Result attempt = charge(db, d.id, d.code);
    const Result confirmed
        = confirmWith(db, ExportCall, {d.id, attempt.value(u"attempt_id"_s), d.code, u"tenant_revenue"_s, u"csv"_s});
    QCOMPARE(confirmed.outcome(), u"done"_s);
    retry = {d.code, -1, confirmed.value(u"ticket"_s).toLongLong()};
    const auto fetched = StepUpGateway::confirm(db, d.id, d.code, exportAction, &retry);
    QVERIFY2(fetched.performed(), qPrintable(fetched.outcome + fetched.error));
    QCOMPARE(fetched.payload.value(u"rows"_s).toArray().size(), 1);
    QCOMPARE(retry.exportTicket, -1);
    QCOMPARE(audits(u"data.exported"_s, d.id), 1);
    retry = {d.code, -1, confirmed.value(u"ticket"_s).toLongLong()};
    QCOMPARE(StepUpGateway::confirm(db, d.id, d.code, exportAction, &retry).outcome, u"fetch_refused"_s);
    QCOMPARE(retry.exportTicket, -1); // refused for good: not asked again
    QCOMPARE(suInt(failures), 0);
}

QTEST_GUILESS_MAIN(TestStepUpRollback)
#include "TestStepUpRollback.moc"
