// What the console writes when it runs as an operator rather than as the database owner: each
// role can do its own work through the paths the console uses, and nothing beyond it.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "providers/ProviderAccountStore.h"
#include "security/StepUpGateway.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// The SQLSTATE of @p sql run on @p db ("" when it succeeded).
QString stateOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
}
} // namespace

class TestOperatorWrites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminSavesAccountBudgetNeedsTheCode();
    void syncNowIsForOpsAndAdmins();
    void deadJobsAreForOps();
    void preferencesAndReadsAreOwn();

private:
    std::unique_ptr<pm::test::TestDatabase> m_db;
};

void TestOperatorWrites::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"operator_writes"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
}

void TestOperatorWrites::cleanup()
{
    m_db.reset();
}

void TestOperatorWrites::adminSavesAccountBudgetNeedsTheCode()
{
    const auto admin = pm::test::createOperator(*m_db, u"wadmin"_s, u"admin"_s);
    auto connection = pm::test::connectAs(*m_db, admin);
    QVERIFY(connection);
    pm::providers::ProviderAccount account;
    account.provider = u"postmark"_s;
    account.name = u"Postmark (EU)"_s;
    account.baseUrl = u"https://api.postmarkapp.com"_s;
    account.maxCallsPerMonth = 1000;
    account.costPerCall = 0.001;
    QString error;
    QJsonObject budget;
    const int id = pm::providers::ProviderAccountStore(connection->database()).save(account, &error, &budget);
    QVERIFY2(id > 0, qPrintable(error));
    // The account is saved; the budget is not, until confirmed.
    QCOMPARE(m_db->value(u"SELECT count(*) FROM provider_budgets WHERE account_id = %1"_s.arg(id)).toInt(), 0);
    QCOMPARE(budget.value(u"max_calls_per_month"_s).toInt(), 1000);
    QVERIFY(budget.value(u"max_cost_per_month"_s).isNull());

    const auto action = pm::security::GatedAction::policyChange(
        {{u"provider_budgets"_s, QJsonObject {{QString::number(id), budget}}}});
    const auto request = pm::security::StepUpGateway::request(connection->database(), action);
    QVERIFY2(request.requested(), qPrintable(request.outcome + request.message + request.error));
    const QString code = pm::test::deliverCode(*m_db, request.challengeId);
    const auto done = pm::security::StepUpGateway::confirm(connection->database(), request.challengeId, code, action);
    QVERIFY2(done.performed(), qPrintable(done.outcome + done.error));
    QCOMPARE(m_db->value(u"SELECT max_calls_per_month || '/' || cost_per_call FROM provider_budgets "
                         "WHERE account_id = %1"_s.arg(id))
                 .toString(),
             u"1000/0.001000"_s);

    // Saved again unchanged: nothing to confirm.
    account.id = id;
    QVERIFY(pm::providers::ProviderAccountStore(connection->database()).save(account, &error, &budget) == id);
    QVERIFY(budget.isEmpty());
}

void TestOperatorWrites::syncNowIsForOpsAndAdmins()
{
    QVERIFY(m_db->exec(u"INSERT INTO provider_accounts (account_id, provider, name, base_url) "
                       "VALUES (5, 'postmark', 'Postmark', 'https://api.postmarkapp.com')"_s));
    const auto ops = pm::test::createOperator(*m_db, u"wops"_s, u"ops"_s);
    const auto viewer = pm::test::createOperator(*m_db, u"wviewer"_s, u"viewer"_s);
    auto asOps = pm::test::connectAs(*m_db, ops);
    auto asViewer = pm::test::connectAs(*m_db, viewer);
    QVERIFY(asOps && asViewer);
    QCOMPARE(stateOf(asViewer->database(), u"SELECT pm_provider_sync_now(5)"_s), u"42501"_s);
    QCOMPARE(stateOf(asOps->database(), u"SELECT pm_provider_sync_now(5)"_s), QString());
    QCOMPARE(stateOf(asOps->database(), u"SELECT pm_provider_sync_now(5)"_s), QString()); // one live job
    QCOMPARE(m_db->value(u"SELECT count(*) FROM jobs WHERE kind = 'provider.sync'"_s).toInt(), 1);
    QCOMPARE(stateOf(asOps->database(), u"SELECT pm_provider_sync_now(99)"_s), u"P0002"_s);
    // The queue itself stays closed to operators.
    QCOMPARE(stateOf(asOps->database(), u"SELECT pm_job_enqueue('default', 'system.noop')"_s), u"42501"_s);
}

void TestOperatorWrites::deadJobsAreForOps()
{
    QVERIFY(m_db->exec(u"INSERT INTO jobs (kind, state, attempt, finished_at) VALUES ('system.noop', 'discarded', 8, "
                       "now())"_s));
    const qint64 job = m_db->value(u"SELECT id FROM jobs"_s).toLongLong();
    const auto exec = pm::test::createOperator(*m_db, u"wexec"_s, u"executive"_s);
    const auto ops = pm::test::createOperator(*m_db, u"wops2"_s, u"ops"_s);
    auto asExec = pm::test::connectAs(*m_db, exec);
    auto asOps = pm::test::connectAs(*m_db, ops);
    QVERIFY(asExec && asOps);
    QCOMPARE(stateOf(asExec->database(), u"SELECT pm_job_requeue_dead(%1)"_s.arg(job)), u"42501"_s);
    QCOMPARE(stateOf(asOps->database(), u"SELECT pm_job_requeue_dead(%1)"_s.arg(job)), QString());
    QCOMPARE(m_db->value(u"SELECT state::text FROM jobs WHERE id = %1"_s.arg(job)).toString(), u"available"_s);
    QCOMPARE(m_db->value(u"SELECT actor::text FROM admin_audit_log WHERE action = 'job.requeue'"_s).toString(),
             ops.login);
}

void TestOperatorWrites::preferencesAndReadsAreOwn()
{
    const auto viewer = pm::test::createOperator(*m_db, u"wview2"_s, u"viewer"_s);
    auto asViewer = pm::test::connectAs(*m_db, viewer);
    QVERIFY(asViewer);
    QCOMPARE(stateOf(asViewer->database(), u"INSERT INTO notification_preferences (email) VALUES ('me@example.com')"_s),
             QString());
    QCOMPARE(
        stateOf(asViewer->database(),
                u"INSERT INTO notification_preferences (operator, email) VALUES ('someone_else', 'x@example.com')"_s),
        u"42501"_s); // the row policy: own rows only
    QCOMPARE(stateOf(asViewer->database(), u"UPDATE notification_preferences SET tray_enabled = false"_s), QString());
    QCOMPARE(m_db->value(u"SELECT count(*) FROM notification_preferences"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestOperatorWrites)
#include "TestOperatorWrites.moc"
