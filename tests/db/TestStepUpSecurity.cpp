// Step-up attacked the way psql would: each operator works on their own connection with plain SQL,
// bypassing the console, and every refusal is checked together with its effect — the policy,
// capability, password or export that must not have happened. TestDatabase's superuser calls only
// set the scene (the worker's part of delivery, clocks moved back, reading the audit log); no
// attack ever runs as superuser.
#include "StepUpTestSupport.h"

#include "security/ScramVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <latch>

using namespace Qt::StringLiterals;
using namespace stepup_test;
using pm::security::ScramVerifier;

class TestStepUpSecurity final : public stepup_test::StepUpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void directWritesToSecurityTablesAreRefused();
    void codeAndHashColumnsAreUnreadable();
    void gatedActionWithoutFreshCodeIsRefused();
    void usedCodeCannotBeReplayed();
    void codeIsBoundToActionAndParameters();
    void concurrentConfirmationsExactlyOneWins();
    void failedAuditWriteCancelsAction();
    void passwordResetTakesEffectOnlyWithCode();
    void temporaryObjectsSelfGrantsAndTheLoopsAccount();
};

void TestStepUpSecurity::init()
{
    StepUpFixture::init();
}

void TestStepUpSecurity::cleanup()
{
    StepUpFixture::cleanup();
}

void TestStepUpSecurity::directWritesToSecurityTablesAreRefused()
{
    const Session admin = session(u"attacker"_s, u"admin"_s);
    const Session viewer = session(u"bystander"_s, u"viewer"_s);
    QVERIFY2(admin && viewer, "cannot create or connect the operators");
    const QString other = viewer.op.login;
    const QString before = snapshot();
    QVERIFY2(before.contains(other + u"/viewer/active"_s), qPrintable(before)); // the snapshot sees what it should
    const int auditRows = suInt(u"SELECT count(*) FROM admin_audit_log"_s);
    // What an admin could try from psql instead of asking for a code: insufficient_privilege, each.
    const QStringList attacks = {
        u"UPDATE operators SET stepup_locked_until = NULL, status = 'disabled' WHERE login = '%1'"_s.arg(other),
        u"INSERT INTO stepup_challenges (operator, action, scope, params_digest, status, sent_to, expires_at) "
        "VALUES (session_user, 'policy_change', '{}', '\\x00', 'delivered', 'x', now() + interval '1 hour')"_s,
        u"UPDATE stepup_challenges SET status = 'delivered', attempts = 0"_s,
        u"INSERT INTO admin_audit_log (action, outcome) VALUES ('policy.changed', 'done')"_s,
        u"UPDATE admin_audit_log SET outcome = 'erased'"_s,
        u"DELETE FROM admin_audit_log"_s,
        u"TRUNCATE admin_audit_log"_s,
        u"UPDATE alert_policy SET detect_min_sent = 1"_s,
        u"UPDATE provider_budgets SET max_calls_per_month = NULL"_s,
        u"INSERT INTO role_change_requests (login, capability, requested_by) VALUES ('%1', 'admin', 'x')"_s.arg(other),
        u"GRANT pm_admin TO %1"_s.arg(other),
        u"ALTER ROLE %1 PASSWORD 'taken-over'"_s.arg(other),
        u"CREATE ROLE %1_evil LOGIN"_s.arg(admin.op.login),
        u"SET ROLE pm_security"_s,
        u"SET ROLE pm_worker"_s,
        u"SET SESSION AUTHORIZATION \"%1\""_s.arg(su(u"SELECT current_user"_s)),
        u"ALTER TABLE stepup_challenges DISABLE ROW LEVEL SECURITY"_s,
        u"CREATE FUNCTION public.pm_evil() RETURNS integer LANGUAGE sql AS 'SELECT 1'"_s, // PG 15: no CREATE on public
        u"SELECT * FROM pm_private.otp_pepper"_s,
        u"UPDATE pm_private.audit_head SET seq = 0"_s,
        u"SELECT * FROM pm_private.stepup_consume(gen_random_uuid(), 1, '12345678', 'policy_change', '{}')"_s,
        u"UPDATE pm_private.stepup_attempts SET succeeded = true"_s,
        u"DELETE FROM pm_private.stepup_attempts"_s,
        u"INSERT INTO pm_private.stepup_locks (operator, kind) VALUES (session_user, 'unlocked')"_s,
        u"SELECT pm_stepup_sweep()"_s,
        u"SELECT pm_private.apply_capability('%1', 'admin')"_s.arg(other),
        u"SELECT pm_private.audit('policy.changed', 'done')"_s,
        u"SELECT * FROM pm_stepup_issue_code(gen_random_uuid())"_s,
        u"SELECT pm_stepup_delivery_result(gen_random_uuid(), true)"_s,
        u"SELECT pm_operator_bootstrap('%1_boot', 'Boot', 'boot@example.com', 'x')"_s.arg(admin.op.login),
    };
    QStringList accepted;
    for (const QString& sql : attacks) {
        if (const Result r = run(admin.db(), sql); r.state != u"42501"_s) {
            accepted << sql + u" → "_s + (r.ok ? u"succeeded"_s : r.outcome());
        }
    }
    // A viewer may not become admin by SET ROLE. (An admin may: it is their own role, nothing more.)
    if (const Result r = run(viewer.db(), u"SET ROLE pm_admin"_s); r.state != u"42501"_s) {
        accepted << u"viewer: SET ROLE pm_admin → "_s + (r.ok ? u"succeeded"_s : r.outcome());
    }
    QVERIFY2(accepted.isEmpty(), qPrintable(accepted.join(u"\n"_s)));
    QCOMPARE(snapshot(), before);
    QCOMPARE(suInt(u"SELECT count(*) FROM admin_audit_log"_s), auditRows);
    QCOMPARE(suInt(u"SELECT count(*) FROM stepup_challenges"_s), 0);
    QCOMPARE(suInt(u"SELECT count(*) FROM pg_roles WHERE rolname IN ('%1_evil', '%1_boot')"_s.arg(admin.op.login)), 0);

    // A session variable proves nothing: the confirming function checks the code itself.
    QVERIFY(run(admin.db(), u"SELECT set_config('app.stepup', 'ok', false)"_s).ok);
    QVERIFY(run(admin.db(), u"SET app.stepup_verified = 'true'"_s).ok);
    OPEN_CHALLENGE(c, admin, u"data_export"_s, RevenueCsv);
    QCOMPARE(confirmExport(admin.db(), c.id, wrongCode(c.code)).outcome(), u"invalid"_s);
    QCOMPARE(snapshot(), before);
}

void TestStepUpSecurity::codeAndHashColumnsAreUnreadable()
{
    const Session owner = session(u"owner"_s, u"executive"_s);
    const Session other = session(u"neighbour"_s, u"executive"_s);
    QVERIFY2(owner && other, "cannot create or connect the operators");
    OPEN_CHALLENGE(mine, owner, u"data_export"_s, RevenueCsv);
    OPEN_CHALLENGE(theirs, other, u"data_export"_s, RevenueCsv);
    // Column privileges keep the HMAC and the digest out of reach however they are referenced: a
    // WHERE or ORDER BY on them would be an oracle.
    QStringList answered;
    for (const QString& sql :
         {u"SELECT code_hmac FROM stepup_challenges"_s, u"SELECT params_digest FROM stepup_challenges"_s,
          u"SELECT * FROM stepup_challenges"_s, u"SELECT to_jsonb(s) FROM stepup_challenges s"_s,
          u"SELECT id FROM stepup_challenges WHERE code_hmac IS NOT NULL"_s,
          u"SELECT id FROM stepup_challenges ORDER BY params_digest"_s, u"SELECT * FROM pm_private.stepup_attempts"_s,
          u"SELECT * FROM pm_private.export_tickets"_s}) {
        if (const Result r = run(owner.db(), sql); r.state != u"42501"_s) {
            answered << sql + u" → "_s + (r.ok ? u"answered"_s : r.outcome());
        }
    }
    QVERIFY2(answered.isEmpty(), qPrintable(answered.join(u"\n"_s)));
    // What an operator may read: their own challenges' state, and nobody else's.
    const Result own
        = run(owner.db(), u"SELECT string_agg(id::text || ' ' || status, ',') AS mine FROM stepup_challenges"_s);
    QCOMPARE(own.value(u"mine"_s).toString(), mine.id + u" delivered"_s);
    QCOMPARE(run(owner.db(), u"SELECT id FROM stepup_challenges WHERE id = '%1'"_s.arg(theirs.id)).rows, 0);
}

void TestStepUpSecurity::gatedActionWithoutFreshCodeIsRefused()
{
    const Session exec = session(u"nocode"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    const QString before = snapshot();
    QCOMPARE(confirmPolicy(exec.db(), randomUuid(), u"12345678"_s).outcome(), u"invalid"_s); // no challenge at all
    // A real challenge, still pending: no code exists yet, so every code is wrong.
    OPEN_CHALLENGE(c, exec, u"policy_change"_s, PolicyParams, false);
    QCOMPARE(confirmPolicy(exec.db(), c.id, u"12345678"_s).outcome(), u"invalid"_s);
    QCOMPARE(confirmPolicy(exec.db(), c.id, u"00000000"_s).outcome(), u"invalid"_s);
    // Drawn but not reported delivered: even the right code waits for the delivery.
    const QString code = su(u"SELECT code FROM pm_stepup_issue_code('%1'::uuid)"_s.arg(c.id));
    QCOMPARE(code.size(), qsizetype(8));
    QCOMPARE(confirmPolicy(exec.db(), c.id, code).outcome(), u"invalid"_s);
    QCOMPARE(status(c.id), u"sending"_s);
    QCOMPARE(snapshot(), before);
    QCOMPARE(detectMinSent(), 500);
}

void TestStepUpSecurity::usedCodeCannotBeReplayed()
{
    QVERIFY(m_db->exec(u"INSERT INTO tenants (name, plan, mrr_cents, owner_email) "
                       "VALUES ('Replay Ltd', 'growth', 129900, 'owner@replay.example')"_s));
    const Session exec = session(u"replay"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv);
    const Result first = confirmExport(exec.db(), c.id, c.code);
    QCOMPARE(first.outcome(), u"done"_s);
    const QJsonObject payload = QJsonDocument::fromJson(first.value(u"payload"_s).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"rows"_s).toArray().size(), qsizetype(1));
    // The same call again, as a replaying client would send it.
    const Result again = confirmExport(exec.db(), c.id, c.code);
    QCOMPARE(again.outcome(), u"invalid"_s);
    QVERIFY(again.value(u"payload"_s).isNull());
    QCOMPARE(audits(u"data.exported"_s, c.id), 1);
    QCOMPARE(audits(u"stepup.token_reuse"_s, c.id), 1);
}

void TestStepUpSecurity::codeIsBoundToActionAndParameters()
{
    const Session owner = session(u"binder"_s, u"executive"_s);
    const Session other = session(u"borrower"_s, u"executive"_s);
    QVERIFY2(owner && other, "cannot create or connect the operators");
    OPEN_CHALLENGE(c, owner, u"data_export"_s, RevenueCsv);
    const QString before = snapshot();
    // The right code for other parameters or another action: each a failed attempt of the owner's.
    const QList<Result> mismatches = {confirmExport(owner.db(), c.id, c.code, u"audit_log"_s),
                                      confirmExport(owner.db(), c.id, c.code, u"tenant_revenue"_s, u"pdf"_s),
                                      confirmPolicy(owner.db(), c.id, c.code)};
    for (qsizetype i = 0; i < mismatches.size(); ++i) {
        QCOMPARE(mismatches.at(i).outcome(), u"invalid"_s);
        QCOMPARE(mismatches.at(i).value(u"attempts_left"_s).toInt(), 4 - int(i));
    }
    // Another executive with the id and the code: refused, and it costs the owner nothing.
    const Result borrowed = confirmExport(other.db(), c.id, c.code);
    QCOMPARE(borrowed.outcome(), u"invalid"_s);
    QVERIFY(borrowed.value(u"attempts_left"_s).isNull());
    QCOMPARE(attempts(c.id), 3);
    QCOMPARE(snapshot(), before);
    const Result right = confirmExport(owner.db(), c.id, c.code);
    QCOMPARE(right.outcome(), u"done"_s);
    QCOMPARE(right.value(u"attempts_left"_s).toInt(), 1);
}

void TestStepUpSecurity::concurrentConfirmationsExactlyOneWins()
{
    const Session exec = session(u"racer"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv);
    constexpr int Racers = 8;
    // A pool of its own: the global one has as many threads as cores, and every racer must be
    // waiting at the latch at the same time.
    QThreadPool pool;
    pool.setMaxThreadCount(Racers);
    std::latch start(Racers);
    const pm::test::TestDatabase& server = *m_db;
    const pm::test::TestOperator op = exec.op;
    QList<QFuture<QString>> racers;
    for (int i = 0; i < Racers; ++i) {
        racers << QtConcurrent::run(&pool, [&server, &start, op, c] {
            // Created, used and destroyed on this thread: Qt SQL connections do not cross threads.
            const auto conn = pm::test::connectAs(server, op);
            start.arrive_and_wait();
            return conn ? confirmExport(conn->database(), c.id, c.code).outcome() : u"no connection"_s;
        });
    }
    QStringList outcomes;
    for (QFuture<QString>& f : racers) {
        outcomes << f.result();
    }
    // The rest find the code used, or the challenge's five attempts taken by the others.
    const auto losers = outcomes.count(u"invalid"_s) + outcomes.count(u"exhausted"_s);
    QVERIFY2(outcomes.count(u"done"_s) == 1 && losers == Racers - 1, qPrintable(outcomes.join(u", "_s)));
    QCOMPARE(audits(u"data.exported"_s, c.id), 1);
    // Each loser is on record as a reuse of the code or as a refusal for want of attempts.
    QCOMPARE(audits(u"stepup.token_reuse"_s, c.id) + audits(u"stepup.verify"_s, c.id, u"exhausted"_s), Racers - 1);
    QVERIFY(attempts(c.id) <= 5);
}

void TestStepUpSecurity::failedAuditWriteCancelsAction()
{
    // An audit store that refuses exactly the row of a policy change (set-up, as superuser).
    QVERIFY(m_db->exec(uR"sql(CREATE FUNCTION public.pm_test_audit_outage() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$)sql"_s));
    QVERIFY(m_db->exec(u"CREATE TRIGGER zz_test_audit_outage BEFORE INSERT ON admin_audit_log FOR EACH ROW "
                       "WHEN (NEW.action = 'policy.changed') EXECUTE FUNCTION public.pm_test_audit_outage()"_s));
    const Session exec = session(u"unaudited"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(c, exec, u"policy_change"_s, PolicyParams);
    const QString before = snapshot();
    const Result failed = confirmPolicy(exec.db(), c.id, c.code);
    QVERIFY2(!failed.ok, qPrintable(failed.outcome()));
    // Rolled back as one: no policy change, no used code, no audit row of the verification either.
    // The attempt was charged beforehand, in its own transaction, and stays charged.
    QCOMPARE(snapshot(), before);
    QCOMPARE(status(c.id), u"delivered"_s);
    QCOMPARE(attempts(c.id), 1);
    QCOMPARE(audits(u"stepup.verified"_s, c.id), 0);
    const QString failures = u"SELECT pm_private.stepup_failures_counted('%1')"_s.arg(exec.op.login);
    QCOMPARE(suInt(failures), 0); // the right code, and the challenge lives: no guess was wasted
    // With the audit store back, the same code still works.
    QVERIFY(m_db->exec(u"DROP TRIGGER zz_test_audit_outage ON admin_audit_log"_s));
    QCOMPARE(confirmPolicy(exec.db(), c.id, c.code).outcome(), u"done"_s);
    QCOMPARE(detectMinSent(), 777);
    QCOMPARE(audits(u"policy.changed"_s, c.id), 1);
    QCOMPARE(suInt(failures), 0);
}

void TestStepUpSecurity::passwordResetTakesEffectOnlyWithCode()
{
    const Session exec = session(u"forgetful"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    pm::test::TestOperator renewed = exec.op;
    renewed.password = u"new-%1"_s.arg(randomUuid());
    const QString verifier = ScramVerifier::make(renewed.password);
    // A plain password is refused before any code is sent.
    QCOMPARE(request(exec.db(), u"password_reset"_s, uR"({"verifier": "hunter2 hunter2"})"_s).outcome(), u"denied"_s);
    OPEN_CHALLENGE(c, exec, u"password_reset"_s, u"{\"verifier\": \"%1\"}"_s.arg(verifier));
    // Requested, not confirmed: the old password still holds, the new one does not.
    QVERIFY(pm::test::connectAs(*m_db, exec.op) != nullptr);
    QVERIFY(pm::test::connectAs(*m_db, renewed) == nullptr);
    // The code with another verifier (say, an attacker's) is refused: it is bound to this one.
    const QString call = u"pm_password_reset_confirm(?::uuid, ?::bigint, ?, ?)"_s;
    QCOMPARE(confirm(exec.db(), call, {c.id, c.code, ScramVerifier::make(u"attacker"_s)}).outcome(), u"invalid"_s);
    QVERIFY(pm::test::connectAs(*m_db, exec.op) != nullptr);
    QCOMPARE(confirm(exec.db(), call, {c.id, c.code, verifier}).outcome(), u"done"_s);
    QVERIFY(pm::test::connectAs(*m_db, renewed) != nullptr);
    QVERIFY(pm::test::connectAs(*m_db, exec.op) == nullptr);
    QCOMPARE(su(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(exec.op.login)), verifier);
    QCOMPARE(audits(u"password.changed"_s, c.id), 1);

    // Known gap: PostgreSQL lets every role set its own password (ALTER ROLE … PASSWORD, psql's
    // \password) with no privilege at all, so on a psql connection this gate is advisory.
    const Result direct
        = run(exec.db(), u"ALTER ROLE \"%1\" PASSWORD '%2'"_s.arg(exec.op.login, ScramVerifier::make(u"no-code"_s)));
    QEXPECT_FAIL("", "PostgreSQL allows any role to change its own password; SQL alone cannot prevent it", Abort);
    QVERIFY2(direct.state == u"42501"_s, "an operator changed their own password without a code");
}

void TestStepUpSecurity::temporaryObjectsSelfGrantsAndTheLoopsAccount()
{
    const Session admin = session(u"selfgrant"_s, u"admin"_s);
    const Session viewer = session(u"tempview"_s, u"viewer"_s);
    QVERIFY2(admin && viewer, "cannot create or connect the operators");

    // A temporary type shadowing a built-in one would be looked up inside the definer's helpers:
    // operators may create no temporary objects at all (and every function names pg_temp last).
    QCOMPARE(run(viewer.db(), u"CREATE DOMAIN pg_temp.timestamptz AS pg_catalog.timestamptz"_s).state, u"42501"_s);
    QCOMPARE(run(viewer.db(), u"CREATE TEMP TABLE operators (login name)"_s).state, u"42501"_s);

    // PostgreSQL 15 lets a login grant membership in itself. The puppet inherits the admin's table
    // rights, but not the admin capability the definer functions look for: it is not a second admin.
    const QString puppetPassword = u"puppet-password-%1"_s.arg(randomUuid());
    const QString puppet = admin.op.login.section(u'_', 0, 0) + u"_puppet"_s;
    QCOMPARE(run(admin.db(), u"SELECT pm_operator_create(?, 'Puppet', 'puppet@example.com', ?)"_s,
                 {puppet, pm::security::ScramVerifier::make(puppetPassword)})
                 .state,
             QString());
    const Result selfGrant = run(admin.db(), u"GRANT \"%1\" TO \"%2\""_s.arg(admin.op.login, puppet));
    pm::test::TestOperator puppetOp {puppet, puppetPassword, u"puppet@example.com"_s};
    auto asPuppet = pm::test::connectAs(*m_db, puppetOp);
    QVERIFY(asPuppet);
    const Result asked = request(asPuppet->database(), u"role_change"_s,
                                 u"{\"login\": \"%1\", \"capability\": \"viewer\"}"_s.arg(admin.op.login));
    // Refused either way: by the grant (the puppet holds no capability role, so not even EXECUTE)
    // or, were the grant inherited, by the definer's check of the direct capability.
    QVERIFY2(asked.outcome() == u"denied"_s || asked.state == u"42501"_s, qPrintable(asked.outcome()));
    qInfo().noquote() << "self-grant of the admin's login to another login:"
                      << (selfGrant.ok ? u"accepted by this server"_s : selfGrant.state);

    // The Loops account delivers the codes: an admin cannot point it elsewhere, add or remove one.
    QVERIFY(m_db->exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url, settings) VALUES "
                       "(42, 'loops', 'Loops', 'https://app.loops.so/api/v1', '{\"otp_template\": \"cm1\"}')"_s));
    QCOMPARE(run(admin.db(), u"UPDATE provider_accounts SET base_url = 'https://evil.example' WHERE account_id = 42"_s)
                 .state,
             u"42501"_s);
    QCOMPARE(run(admin.db(), u"DELETE FROM provider_accounts WHERE account_id = 42"_s).state, u"42501"_s);
    QCOMPARE(run(admin.db(), u"INSERT INTO provider_accounts (provider, name, base_url) "
                             "VALUES ('loops', 'Other Loops', 'https://evil.example')"_s)
                 .state,
             u"42501"_s);
    QCOMPARE(su(u"SELECT base_url FROM provider_accounts WHERE account_id = 42"_s), u"https://app.loops.so/api/v1"_s);
    // Other providers stay the admins' to configure.
    QCOMPARE(run(admin.db(), u"INSERT INTO provider_accounts (provider, name, base_url) "
                             "VALUES ('postmark', 'Postmark', 'https://api.postmarkapp.com')"_s)
                 .state,
             QString());
}

QTEST_GUILESS_MAIN(TestStepUpSecurity)
#include "TestStepUpSecurity.moc"
