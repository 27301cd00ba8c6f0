// Step-up attacked the way psql would: each operator works on their own connection with plain SQL,
// bypassing the console, and every refusal is checked together with its effect — the policy,
// capability, password or export that must not have happened. TestDatabase's superuser calls only
// set the scene (the worker's part of delivery, clocks moved back, reading the audit log); no
// attack ever runs as superuser.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "security/ScramVerifier.h"
#include "store/DatabaseConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <latch>

using namespace Qt::StringLiterals;
using pm::security::ScramVerifier;

namespace
{
// The export most codes are bound to, and a policy change whose effect is easy to see.
const QString RevenueCsv = uR"({"dataset": "tenant_revenue", "format": "csv", "filters": {}})"_s;
const QString PolicyChanges = uR"({"alert_policy": {"detect_min_sent": 777}})"_s;
const QString PolicyParams = u"{\"changes\": "_s + PolicyChanges + u"}"_s;

// One statement's answer: the SQLSTATE if it failed, else the first row by column name.
struct Result
{
    bool ok = false;
    QString state;
    QString error;
    int rows = 0;
    QVariantMap row;

    QVariant value(const QString& column) const { return row.value(column); }
    // The outcome column, or the error, so that a failing QCOMPARE shows what happened.
    QString outcome() const { return ok ? row.value(u"outcome"_s).toString() : u"error %1: %2"_s.arg(state, error); }
};

// Values are bound, as the console binds them, so odd input arrives exactly as typed.
Result run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    bool ok = binds.isEmpty() ? q.exec(sql) : q.prepare(sql);
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    ok = ok && (binds.isEmpty() || q.exec());
    Result r;
    r.ok = ok;
    r.state = ok ? QString() : q.lastError().nativeErrorCode();
    r.error = ok ? QString() : pm::store::DatabaseConnection::oneLine(q.lastError());
    while (ok && q.next()) {
        for (int i = 0; r.rows == 0 && i < q.record().count(); ++i) {
            r.row.insert(q.record().fieldName(i), q.value(i));
        }
        ++r.rows;
    }
    return r;
}

Result request(const QSqlDatabase& db, const QString& action, const QString& params)
{
    return run(db,
               u"SELECT *, extract(epoch FROM retry_at)::float8 AS retry_epoch "
               "FROM pm_stepup_request(?::pm_stepup_action, ?::jsonb)"_s,
               {action, params});
}

// Any confirming function; locked_for_s is how far its locked_until lies ahead.
Result confirm(const QSqlDatabase& db, const QString& call, const QVariantList& binds)
{
    return run(db,
               u"SELECT *, extract(epoch FROM locked_until - clock_timestamp())::float8 AS locked_for_s FROM "_s + call,
               binds);
}

Result confirmExport(const QSqlDatabase& db, const QString& id, const QVariant& code,
                     const QString& dataset = u"tenant_revenue"_s, const QString& format = u"csv"_s)
{
    return confirm(db, u"pm_export_confirm(?::uuid, ?, ?, ?, '{}'::jsonb)"_s, {id, code, dataset, format});
}

Result confirmPolicy(const QSqlDatabase& db, const QString& id, const QVariant& code)
{
    return confirm(db, u"pm_policy_change_confirm(?::uuid, ?, ?::jsonb)"_s, {id, code, PolicyChanges});
}

// Certainly wrong: the right code with its first digit moved on.
QString wrongCode(QString code)
{
    code[0] = QChar(char16_t(u'0' + (code.at(0).digitValue() + 1) % 10));
    return code;
}

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

// A challenge requested (and by default delivered) as the operator, or a failed test.
#define OPEN_CHALLENGE(var, ...)             \
    const Challenge var = open(__VA_ARGS__); \
    QVERIFY2(var.ok(), qPrintable(var.problem))

class TestStepUpSecurity final : public QObject
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
    void sixthAttemptRefusedEvenWithRightCode();
    void lockoutAfterTenFailuresRaisesCritical();
    void malformedCodesDoNotUseAttempts();
    void expiredCodeIsRefused();
    void supersededCodeIsRefused();
    void resendCooldownAndHourlyCap();
    void roleChangeAdminNeedsSecondAdmin();
    void failedAuditWriteCancelsAction();
    void passwordResetTakesEffectOnlyWithCode();

private:
    // An operator with a connection of their own (a PostgreSQL login, as psql would use).
    struct Session
    {
        pm::test::TestOperator op;
        std::unique_ptr<pm::store::DatabaseConnection> conn;
        QSqlDatabase db() const { return conn->database(); }
        explicit operator bool() const { return conn != nullptr; }
    };
    struct Challenge
    {
        QString id, code, problem;
        bool ok() const { return problem.isEmpty(); }
    };

    Session session(const QString& tag, const QString& capability) const
    {
        Session s {pm::test::createOperator(*m_db, tag, capability), nullptr};
        s.conn = s.op.login.isEmpty() ? nullptr : pm::test::connectAs(*m_db, s.op);
        return s;
    }
    Challenge open(const Session& s, const QString& action, const QString& params, bool deliver = true) const
    {
        const Result r = request(s.db(), action, params);
        if (r.outcome() != u"requested"_s) {
            const QString message = r.value(u"message"_s).toString();
            return {{}, {}, u"%1 request answered %2 (%3)"_s.arg(action, r.outcome(), message)};
        }
        Challenge c {r.value(u"challenge_id"_s).toString(), {}, {}};
        c.code = deliver ? pm::test::deliverCode(*m_db, c.id) : QString();
        c.problem = deliver && c.code.size() != 8 ? u"no code was issued for "_s + c.id : QString();
        return c;
    }
    // The 60 s cooldown and the cap of 5 an hour would make tests wait; moving the operator's
    // challenges back in time is set-up (stepup_challenges is not append-only).
    bool backdate(const Session& s, const QString& by = u"61 minutes"_s) const
    {
        return m_db->exec(u"UPDATE stepup_challenges SET created_at = created_at - interval '%1' "
                          "WHERE operator = '%2'"_s.arg(by, s.op.login));
    }
    QString su(const QString& sql) const { return m_db->value(sql).toString(); }
    int suInt(const QString& sql) const { return m_db->value(sql).toInt(); }
    int detectMinSent() const { return suInt(u"SELECT detect_min_sent FROM alert_policy"_s); }
    QString capabilityOf(const QString& login) const
    {
        return su(u"SELECT coalesce(pm_capability_of('%1')::text, 'none')"_s.arg(login));
    }
    QString status(const QString& id) const
    {
        return su(u"SELECT status FROM stepup_challenges WHERE id = '%1'"_s.arg(id));
    }
    int attempts(const QString& id) const
    {
        return suInt(u"SELECT attempts FROM stepup_challenges WHERE id = '%1'"_s.arg(id));
    }
    int audits(const QString& action, const QString& challengeId, const QString& reason = {}) const
    {
        return suInt(u"SELECT count(*) FROM admin_audit_log WHERE action = '%1' AND challenge_id = '%2'%3"_s.arg(
            action, challengeId, reason.isEmpty() ? QString() : u" AND reason = '%1'"_s.arg(reason)));
    }
    // Everything a refused attack might have changed, as one line: the alert policy, each
    // operator's capability, status, lock and password verifier, role-change requests, budgets and
    // the audit rows of performed actions.
    QString snapshot() const
    {
        return su(uR"sql(SELECT concat_ws(' | ', (SELECT to_jsonb(a) FROM alert_policy a),
            (SELECT string_agg(concat_ws('/', o.login, pm_capability_of(o.login), o.status, o.stepup_locked_until,
                                         md5(r.rolpassword)), ', ' ORDER BY o.login)
             FROM operators o JOIN pg_authid r ON r.rolname = o.login),
            (SELECT count(*) FROM role_change_requests), (SELECT count(*) FROM provider_budgets),
            (SELECT count(*) FROM admin_audit_log
             WHERE action IN ('data.exported', 'policy.changed', 'role.changed', 'password.changed'))))sql"_s);
    }

    std::unique_ptr<pm::test::TestDatabase> m_db;
};

void TestStepUpSecurity::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"stepupsec"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
}

void TestStepUpSecurity::cleanup()
{
    m_db.reset();
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
        u"SELECT * FROM pm_private.stepup_consume(gen_random_uuid(), '12345678', 'policy_change', '{}')"_s,
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
          u"SELECT id FROM stepup_challenges ORDER BY params_digest"_s,
          u"SELECT * FROM pm_private.stepup_failures"_s}) {
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
    QVERIFY2(outcomes.count(u"done"_s) == 1 && outcomes.count(u"invalid"_s) == Racers - 1,
             qPrintable(outcomes.join(u", "_s)));
    QCOMPARE(audits(u"data.exported"_s, c.id), 1);
    QCOMPARE(audits(u"stepup.token_reuse"_s, c.id), Racers - 1);
}

void TestStepUpSecurity::sixthAttemptRefusedEvenWithRightCode()
{
    const Session exec = session(u"sixth"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(c, exec, u"policy_change"_s, PolicyParams);
    const QString before = snapshot();
    for (int i = 1; i <= 5; ++i) {
        const Result r = confirmPolicy(exec.db(), c.id, wrongCode(c.code));
        QCOMPARE(r.outcome(), i < 5 ? u"invalid"_s : u"exhausted"_s);
        QCOMPARE(r.value(u"attempts_left"_s).toInt(), 5 - i);
    }
    QCOMPARE(confirmPolicy(exec.db(), c.id, c.code).outcome(), u"exhausted"_s);
    QCOMPARE(status(c.id), u"exhausted"_s);
    QCOMPARE(su(u"SELECT code_hmac IS NULL FROM stepup_challenges WHERE id = '%1'"_s.arg(c.id)), u"true"_s);
    QCOMPARE(snapshot(), before);
}

void TestStepUpSecurity::lockoutAfterTenFailuresRaisesCritical()
{
    const Session exec = session(u"guesser"_s, u"executive"_s);
    const Session admin = session(u"unlocker"_s, u"admin"_s);
    QVERIFY2(exec && admin, "cannot create or connect the operators");
    // Two challenges with five wrong codes each, backdated by an hour between (past the hourly cap).
    Result last;
    for (int round = 0; round < 2; ++round) {
        QVERIFY(round == 0 || backdate(exec));
        OPEN_CHALLENGE(c, exec, u"policy_change"_s, PolicyParams);
        for (int i = 1; i <= 5; ++i) {
            last = confirmPolicy(exec.db(), c.id, wrongCode(c.code));
            QVERIFY2(last.outcome()
                         == (i < 5        ? u"invalid"_s
                             : round == 0 ? u"exhausted"_s
                                          : u"locked"_s),
                     qPrintable(u"failure %1: "_s.arg(round * 5 + i) + last.outcome()));
        }
    }
    const double lockedFor = last.value(u"locked_for_s"_s).toDouble();
    QVERIFY2(lockedFor > 14 * 60 && lockedFor <= 15 * 60, qPrintable(QString::number(lockedFor)));
    QCOMPARE(su(u"SELECT stepup_locked_until > clock_timestamp() + interval '14 minutes' FROM operators "
                "WHERE login = '%1'"_s.arg(exec.op.login)),
             u"true"_s);
    QCOMPARE(request(exec.db(), u"policy_change"_s, PolicyParams).outcome(), u"locked"_s);
    // A live challenge with a known code, planted as superuser since no request can be made: while
    // locked, even the right code does nothing.
    const QString planted = randomUuid();
    QVERIFY(m_db->exec(
        u"INSERT INTO stepup_challenges (id, operator, action, scope, params_digest, status, sent_to, expires_at, "
        "code_hmac, issued_at, delivered_at) VALUES ('%1', '%2', 'policy_change', '{}', "
        "pm_private.params_digest('policy_change', '%3'), 'delivered', 'x', clock_timestamp() + interval '5 minutes', "
        "pm_private.otp_hmac('%1', '24681357'), clock_timestamp(), clock_timestamp())"_s.arg(planted, exec.op.login,
                                                                                             PolicyParams)));
    const QString before = snapshot();
    QCOMPARE(confirmPolicy(exec.db(), planted, u"24681357"_s).outcome(), u"locked"_s);
    QCOMPARE(status(planted), u"delivered"_s);
    QCOMPARE(snapshot(), before);
    QCOMPARE(suInt(u"SELECT count(*) FROM notification_events WHERE severity = 'critical' AND source = 'security' "
                   "AND group_key = 'stepup.locked:%1'"_s.arg(exec.op.login)),
             1);
    QCOMPARE(suInt(u"SELECT count(*) FROM admin_audit_log WHERE action = 'stepup.locked' "
                   "AND scope ->> 'operator' = '%1'"_s.arg(exec.op.login)),
             1);
    // An admin lifts the lock early.
    QCOMPARE(run(admin.db(), u"SELECT pm_operator_unlock('%1') AS unlocked"_s.arg(exec.op.login)).value(u"unlocked"_s),
             QVariant(true));
    QCOMPARE(su(u"SELECT stepup_locked_until IS NULL FROM operators WHERE login = '%1'"_s.arg(exec.op.login)),
             u"true"_s);
    QVERIFY(backdate(exec));
    QCOMPARE(request(exec.db(), u"policy_change"_s, PolicyParams).outcome(), u"requested"_s);
}

void TestStepUpSecurity::malformedCodesDoNotUseAttempts()
{
    const Session exec = session(u"typist"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv);
    // Not 8 ASCII digits: told apart, no attempt used and no failure counted towards the lock-out
    // (more than ten of them, on purpose). No NUL: libpq's escaping would end the string there.
    const QVariantList inputs = {
        u"1234567"_s,
        u"123456789"_s,
        u"abcdefgh"_s,
        u"\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"_s, // Arabic-Indic digits
        u"\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18"_s, // full-width digits
        QString(10240, u'7'),
        u"1' OR '1'='1"_s,
        u"1234567\u0661"_s,
        u"+1234567"_s,
        u""_s,
        QVariant(QMetaType::fromType<QString>()), // NULL
    };
    QStringList answered;
    for (const QVariant& input : inputs) {
        const Result r = confirmExport(exec.db(), c.id, input);
        if (r.outcome() != u"malformed"_s || !r.value(u"attempts_left"_s).isNull()) {
            answered << input.toString().left(24) + u" → "_s + r.outcome();
        }
    }
    QVERIFY2(answered.isEmpty(), qPrintable(answered.join(u"\n"_s)));
    QCOMPARE(attempts(c.id), 0);
    QCOMPARE(suInt(u"SELECT count(*) FROM pm_private.stepup_failures WHERE operator = '%1'"_s.arg(exec.op.login)), 0);
    // Spaces are how people copy a code out of an email; they are dropped.
    const Result spaced = confirmExport(exec.db(), c.id, QString(c.code.left(4) + u" "_s + c.code.mid(4)));
    QCOMPARE(spaced.outcome(), u"done"_s);
    QCOMPARE(spaced.value(u"attempts_left"_s).toInt(), 4);
}

void TestStepUpSecurity::expiredCodeIsRefused()
{
    const Session exec = session(u"late"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv);
    QVERIFY(m_db->exec(u"UPDATE stepup_challenges SET expires_at = clock_timestamp() - interval '1 second' "
                       "WHERE id = '%1'"_s.arg(c.id)));
    QCOMPARE(confirmExport(exec.db(), c.id, c.code).outcome(), u"invalid"_s);
    QCOMPARE(status(c.id), u"expired"_s);
    QCOMPARE(audits(u"stepup.verify"_s, c.id, u"expired"_s), 1);
    QCOMPARE(audits(u"data.exported"_s, c.id), 0);
}

void TestStepUpSecurity::supersededCodeIsRefused()
{
    const Session exec = session(u"twice"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    OPEN_CHALLENGE(a, exec, u"data_export"_s, RevenueCsv);
    QVERIFY(backdate(exec, u"61 seconds"_s));
    OPEN_CHALLENGE(b, exec, u"data_export"_s, RevenueCsv, false);
    QCOMPARE(status(a.id), u"superseded"_s);
    QCOMPARE(confirmExport(exec.db(), a.id, a.code).outcome(), u"invalid"_s);
    QCOMPARE(audits(u"stepup.verify"_s, a.id, u"superseded"_s), 1);
    QCOMPARE(audits(u"data.exported"_s, a.id), 0);
    QCOMPARE(status(b.id), u"pending"_s);
}

void TestStepUpSecurity::resendCooldownAndHourlyCap()
{
    const Session exec = session(u"resender"_s, u"executive"_s);
    QVERIFY2(exec, "cannot create or connect the executive");
    const auto createdAt = [this, &exec](const QString& aggregate) {
        return m_db
            ->value(u"SELECT extract(epoch FROM %1(created_at))::float8 FROM stepup_challenges "
                    "WHERE operator = '%2'"_s.arg(aggregate, exec.op.login))
            .toDouble();
    };
    OPEN_CHALLENGE(first, exec, u"data_export"_s, RevenueCsv, false);
    const Result cooldown = request(exec.db(), u"data_export"_s, RevenueCsv);
    QCOMPARE(cooldown.outcome(), u"cooldown"_s);
    QVERIFY(qAbs(cooldown.value(u"retry_epoch"_s).toDouble() - (createdAt(u"max"_s) + 60)) < 0.01);
    // Requests 2 to 5, each after the cooldown; a sixth within the hour is refused.
    for (int n = 2; n <= 5; ++n) {
        QVERIFY(backdate(exec, u"61 seconds"_s));
        OPEN_CHALLENGE(c, exec, u"data_export"_s, RevenueCsv, false);
    }
    QVERIFY(backdate(exec, u"61 seconds"_s));
    const Result capped = request(exec.db(), u"data_export"_s, RevenueCsv);
    QCOMPARE(capped.outcome(), u"rate_limited"_s);
    QVERIFY(qAbs(capped.value(u"retry_epoch"_s).toDouble() - (createdAt(u"min"_s) + 3600)) < 0.01);
    QCOMPARE(suInt(u"SELECT count(*) FROM stepup_challenges WHERE operator = '%1'"_s.arg(exec.op.login)), 5);
}

void TestStepUpSecurity::roleChangeAdminNeedsSecondAdmin()
{
    const Session a = session(u"admina"_s, u"admin"_s);
    const Session b = session(u"adminb"_s, u"admin"_s);
    const Session exec = session(u"climber"_s, u"executive"_s);
    const QString v = pm::test::createOperator(*m_db, u"promoted"_s, u"viewer"_s).login;
    QVERIFY2(a && b && exec && !v.isEmpty(), "cannot create or connect the operators");
    const auto roleParams = [](const QString& login, const QString& capability) {
        return uR"({"login": "%1", "capability": "%2"})"_s.arg(login, capability);
    };
    const QString roleCall = u"pm_role_change_confirm(?::uuid, ?, ?, ?)"_s;
    const QString approveCall = u"pm_role_change_approve_confirm(?::uuid, ?, ?)"_s;
    // Below admin, one admin's code is enough.
    OPEN_CHALLENGE(toExec, a, u"role_change"_s, roleParams(v, u"executive"_s));
    QCOMPARE(confirm(a.db(), roleCall, {toExec.id, toExec.code, v, u"executive"_s}).outcome(), u"done"_s);
    QCOMPARE(capabilityOf(v), u"executive"_s);
    // Admin waits for a second admin.
    QVERIFY(backdate(a));
    OPEN_CHALLENGE(toAdmin, a, u"role_change"_s, roleParams(v, u"admin"_s));
    const Result waiting = confirm(a.db(), roleCall, {toAdmin.id, toAdmin.code, v, u"admin"_s});
    QCOMPARE(waiting.outcome(), u"awaiting_approval"_s);
    const qint64 requestId = waiting.value(u"request_id"_s).toLongLong();
    QVERIFY(requestId > 0);
    QCOMPARE(capabilityOf(v), u"executive"_s);
    // The requester approving their own request, with a valid code of their own: refused.
    const QString approveParams = u"{\"approve\": %1}"_s.arg(requestId);
    QVERIFY(backdate(a));
    if (const Result own = request(a.db(), u"role_change"_s, approveParams); own.outcome() == u"requested"_s) {
        const QString id = own.value(u"challenge_id"_s).toString();
        const Result refused = confirm(a.db(), approveCall, {id, pm::test::deliverCode(*m_db, id), requestId});
        QVERIFY2(refused.outcome().startsWith(u"refused"_s), qPrintable(refused.outcome()));
    } else {
        QCOMPARE(own.outcome(), u"denied"_s);
    }
    QCOMPARE(capabilityOf(v), u"executive"_s);
    QCOMPARE(su(u"SELECT status FROM role_change_requests WHERE id = %1"_s.arg(requestId)), u"pending"_s);
    // The second admin's code completes it.
    OPEN_CHALLENGE(approval, b, u"role_change"_s, approveParams);
    QCOMPARE(confirm(b.db(), approveCall, {approval.id, approval.code, requestId}).outcome(), u"done"_s);
    QCOMPARE(capabilityOf(v), u"admin"_s);
    QCOMPARE(su(u"SELECT status || ' by ' || decided_by FROM role_change_requests WHERE id = %1"_s.arg(requestId)),
             u"approved by "_s + b.op.login);
    QCOMPARE(suInt(u"SELECT count(*) FROM admin_audit_log WHERE action = 'role.change_requested'"_s), 1);
    QCOMPARE(suInt(u"SELECT count(*) FROM admin_audit_log WHERE action = 'role.changed'"_s), 2);
    // An executive may not even ask, nor call the confirming function.
    QCOMPARE(request(exec.db(), u"role_change"_s, roleParams(exec.op.login, u"admin"_s)).outcome(), u"denied"_s);
    QCOMPARE(confirm(exec.db(), roleCall, {randomUuid(), u"12345678"_s, exec.op.login, u"admin"_s}).state, u"42501"_s);
    QCOMPARE(capabilityOf(exec.op.login), u"executive"_s);
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
    QCOMPARE(snapshot(), before);
    QCOMPARE(status(c.id), u"delivered"_s);
    QCOMPARE(attempts(c.id), 0);
    QCOMPARE(audits(u"stepup.verified"_s, c.id), 0);
    // With the audit store back, the same code still works.
    QVERIFY(m_db->exec(u"DROP TRIGGER zz_test_audit_outage ON admin_audit_log"_s));
    QCOMPARE(confirmPolicy(exec.db(), c.id, c.code).outcome(), u"done"_s);
    QCOMPARE(detectMinSent(), 777);
    QCOMPARE(audits(u"policy.changed"_s, c.id), 1);
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
    const QString call = u"pm_password_reset_confirm(?::uuid, ?, ?)"_s;
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

QTEST_GUILESS_MAIN(TestStepUpSecurity)
#include "TestStepUpSecurity.moc"
