#pragma once
// Shared by TestStepUpSecurity (what is refused, and that nothing happened) and TestStepUpLimits
// (attempts, lock-out, expiry, rate limits, the second admin): the SQL each operator sends on their
// own connection, and the superuser look-ups that set the scene and read the effects.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "store/DatabaseConnection.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <memory>

using namespace Qt::StringLiterals;

namespace stepup_test
{
// The export most codes are bound to, and a policy change whose effect is easy to see.
inline const QString RevenueCsv = uR"({"dataset": "tenant_revenue", "format": "csv", "filters": {}})"_s;
inline const QString PolicyChanges = uR"({"alert_policy": {"detect_min_sent": 777}})"_s;
inline const QString PolicyParams = u"{\"changes\": "_s + PolicyChanges + u"}"_s;

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
inline Result run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
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

inline Result request(const QSqlDatabase& db, const QString& action, const QString& params)
{
    return run(db,
               u"SELECT *, extract(epoch FROM retry_at)::float8 AS retry_epoch "
               "FROM pm_stepup_request(?::pm_stepup_action, ?::jsonb)"_s,
               {action, params});
}

// Any confirming function, called as the console calls it: the attempt is charged by
// pm_stepup_attempt in a transaction of its own, then @p call (whose first three parameters are
// challenge, attempt and code) runs with it. binds holds the challenge, the code and the rest; the
// first refusal is the answer. locked_for_s is how far locked_until lies ahead.
inline Result charge(const QSqlDatabase& db, const QVariant& challenge, const QVariant& code)
{
    return run(db,
               u"SELECT *, extract(epoch FROM locked_until - clock_timestamp())::float8 AS locked_for_s "
               "FROM pm_stepup_attempt(?::uuid, ?)"_s,
               {challenge, code});
}

inline Result confirmWith(const QSqlDatabase& db, const QString& call, const QVariantList& binds)
{
    return run(db,
               u"SELECT *, extract(epoch FROM locked_until - clock_timestamp())::float8 AS locked_for_s FROM "_s + call,
               binds);
}

inline Result confirm(const QSqlDatabase& db, const QString& call, QVariantList binds)
{
    const Result attempt = charge(db, binds.value(0), binds.value(1));
    if (attempt.outcome() != u"reserved"_s) {
        return attempt;
    }
    binds.insert(1, attempt.value(u"attempt_id"_s));
    return confirmWith(db, call, binds);
}

inline const QString ExportCall = u"pm_export_confirm(?::uuid, ?::bigint, ?, ?, ?, '{}'::jsonb)"_s;
inline const QString PolicyCall = u"pm_policy_change_confirm(?::uuid, ?::bigint, ?, ?::jsonb)"_s;

// An export's rows come from pm_export_fetch, in a transaction after the confirmation; they are
// added to the answer as "payload".
inline Result confirmExport(const QSqlDatabase& db, const QString& id, const QVariant& code,
                            const QString& dataset = u"tenant_revenue"_s, const QString& format = u"csv"_s)
{
    Result r = confirm(db, ExportCall, {id, code, dataset, format});
    if (r.outcome() == u"done"_s) {
        const Result fetched = run(db, u"SELECT pm_export_fetch(?::bigint)::text AS payload"_s, {r.value(u"ticket"_s)});
        r.row.insert(u"payload"_s, fetched.value(u"payload"_s));
    }
    return r;
}

inline Result confirmPolicy(const QSqlDatabase& db, const QString& id, const QVariant& code)
{
    return confirm(db, PolicyCall, {id, code, PolicyChanges});
}

// Certainly wrong: the right code with its first digit moved on.
inline QString wrongCode(QString code)
{
    code[0] = QChar(char16_t(u'0' + (code.at(0).digitValue() + 1) % 10));
    return code;
}

inline QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The per-test database and the operators' sessions. The test classes declare init() and cleanup()
// as their own slots (QTest finds slots through each final class's meta-object) and call these.
class StepUpFixture : public QObject
{
protected:
    void init()
    {
        m_db = std::make_unique<pm::test::TestDatabase>(u"stepupsec"_s);
        QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    }
    void cleanup() { m_db.reset(); }

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
} // namespace stepup_test

// A challenge requested (and by default delivered) as the operator, or a failed test.
#define OPEN_CHALLENGE(var, ...)             \
    const Challenge var = open(__VA_ARGS__); \
    QVERIFY2(var.ok(), qPrintable(var.problem))
