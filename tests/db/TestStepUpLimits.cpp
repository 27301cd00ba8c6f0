// Step-up's limits, attacked the same way as in TestStepUpSecurity — each operator on their own
// connection with plain SQL: five attempts per code, the lock-out after ten failures (and its
// critical notification), malformed codes that cost nothing, expired and superseded codes, the
// resend cooldown and hourly cap, and the second admin a promotion to admin needs (the same limits
// against BEGIN … ROLLBACK are in TestStepUpRollback). TestDatabase's superuser calls only set the
// scene; no attack ever runs as superuser.
#include "StepUpTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace stepup_test;

class TestStepUpLimits final : public stepup_test::StepUpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sixthAttemptRefusedEvenWithRightCode();
    void lockoutAfterTenFailuresRaisesCritical();
    void malformedCodesDoNotUseAttempts();
    void expiredCodeIsRefused();
    void supersededCodeIsRefused();
    void resendCooldownAndHourlyCap();
    void roleChangeAdminNeedsSecondAdmin();
};

void TestStepUpLimits::init()
{
    StepUpFixture::init();
}

void TestStepUpLimits::cleanup()
{
    StepUpFixture::cleanup();
}

void TestStepUpLimits::sixthAttemptRefusedEvenWithRightCode()
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

void TestStepUpLimits::lockoutAfterTenFailuresRaisesCritical()
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

void TestStepUpLimits::malformedCodesDoNotUseAttempts()
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
    QCOMPARE(suInt(u"SELECT count(*) FROM pm_private.stepup_attempts WHERE operator = '%1'"_s.arg(exec.op.login)), 0);
    // Spaces are how people copy a code out of an email; they are dropped.
    const Result spaced = confirmExport(exec.db(), c.id, QString(c.code.left(4) + u" "_s + c.code.mid(4)));
    QCOMPARE(spaced.outcome(), u"done"_s);
    QCOMPARE(spaced.value(u"attempts_left"_s).toInt(), 4);
}

void TestStepUpLimits::expiredCodeIsRefused()
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

void TestStepUpLimits::supersededCodeIsRefused()
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

void TestStepUpLimits::resendCooldownAndHourlyCap()
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

void TestStepUpLimits::roleChangeAdminNeedsSecondAdmin()
{
    const Session a = session(u"admina"_s, u"admin"_s);
    const Session b = session(u"adminb"_s, u"admin"_s);
    const Session exec = session(u"climber"_s, u"executive"_s);
    const QString v = pm::test::createOperator(*m_db, u"promoted"_s, u"viewer"_s).login;
    QVERIFY2(a && b && exec && !v.isEmpty(), "cannot create or connect the operators");
    const auto roleParams = [](const QString& login, const QString& capability) {
        return uR"({"login": "%1", "capability": "%2"})"_s.arg(login, capability);
    };
    const QString roleCall = u"pm_role_change_confirm(?::uuid, ?::bigint, ?, ?, ?)"_s;
    const QString approveCall = u"pm_role_change_approve_confirm(?::uuid, ?::bigint, ?, ?)"_s;
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
    QCOMPARE(confirmWith(exec.db(), roleCall, {randomUuid(), 1, u"12345678"_s, exec.op.login, u"admin"_s}).state,
             u"42501"_s);
    QCOMPARE(capabilityOf(exec.op.login), u"executive"_s);
}

QTEST_GUILESS_MAIN(TestStepUpLimits)
#include "TestStepUpLimits.moc"
