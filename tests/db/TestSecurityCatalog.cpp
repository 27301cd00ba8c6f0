// The catalog check CI runs on a freshly migrated store, as superuser: every SECURITY DEFINER
// function pins its search_path (pg_temp last) and is not PUBLIC's to call, every table is under
// forced row security, every view runs as its caller, no application role holds a dangerous
// attribute, and no capability can rewrite the security tables or read a code's HMAC. The second
// slot plants one offender of each kind, proving that each query can fail at all.
#include "TestDatabase.h"
#include "TestOperators.h"
#include "store/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// The first column of every row. A failed query is reported as an offender itself, so a broken
// check can never pass silently.
QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return {u"check query failed: "_s + pm::store::DatabaseConnection::oneLine(q.lastError())};
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// A definer runs with its owner's rights, so: a fixed search_path with pg_temp last (otherwise a
// caller's temporary objects are searched first), no EXECUTE for PUBLIC (a NULL proacl is the
// default, which includes PUBLIC; aclexplode names PUBLIC as grantee 0 — has_function_privilege
// takes a role name and cannot ask about PUBLIC), and not owned by a superuser.
QStringList definerOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        SELECT f.name || ': ' || f.problems FROM (
            SELECT p.oid::regprocedure::text AS name, concat_ws(', ',
                CASE WHEN NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS cfg(c) WHERE c LIKE 'search_path=%')
                     THEN 'no fixed search_path' END,
                CASE WHEN EXISTS (SELECT 1 FROM unnest(p.proconfig) AS cfg(c)
                                  WHERE c LIKE 'search_path=%' AND c !~ 'pg_temp\s*$')
                     THEN 'pg_temp not last in its search_path' END,
                CASE WHEN p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a
                                                      WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
                     THEN 'executable by PUBLIC' END,
                CASE WHEN o.rolsuper THEN 'owned by a superuser' END) AS problems
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_roles o ON o.oid = p.proowner
            WHERE n.nspname IN ('public', 'pm_private') AND p.prosecdef) f
        WHERE f.problems <> ''
        ORDER BY 1)sql"_s);
}

// Every function, not only the definers: a definer's call to a helper runs the helper with the
// definer's rights in the caller's session, so a helper whose search_path leaves pg_temp implicit
// would let the caller's temporary types and tables in first. Operators may not create temporary
// objects at all.
QStringList pathOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        SELECT p.oid::regprocedure::text || ': ' ||
               CASE WHEN NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS cfg(c) WHERE c LIKE 'search_path=%')
                    THEN 'no fixed search_path' ELSE 'pg_temp not last in its search_path' END
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', 'pm_private')
          AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS cfg(c)
                          WHERE c LIKE 'search_path=%' AND c ~ 'pg_temp\s*$')
        UNION ALL
        SELECT r || ': may create temporary objects in this database'
        FROM unnest(ARRAY['pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin', 'pm_worker']) r
        WHERE has_database_privilege(r, current_database(), 'TEMPORARY')
        ORDER BY 1)sql"_s);
}

// Row security enabled and forced (forced: an owner that is not a superuser is held to it too).
// Partitions are reached through their parent, whose policies apply.
QStringList tableOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        SELECT n.nspname || '.' || c.relname || ': ' || concat_ws(', ',
                   CASE WHEN NOT c.relrowsecurity THEN 'row security off' END,
                   CASE WHEN NOT c.relforcerowsecurity THEN 'row security not forced' END)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'pm_private') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
        ORDER BY 1)sql"_s);
}

// A view without security_invoker reads its tables as the view's owner, skipping the caller's
// row security.
QStringList viewOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        SELECT c.relname || ': runs as its owner'
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'v'
          AND NOT EXISTS (SELECT 1 FROM unnest(c.reloptions) AS opt(o) WHERE o ~* '^security_invoker=(true|on|yes|1)$')
        ORDER BY 1)sql"_s);
}

// The capability roles, the worker role and every operator login: no superuser, BYPASSRLS,
// CREATEROLE or REPLICATION, and only operators log in. pm_security owns the definers and holds
// CREATEROLE on purpose, so nothing may log in as it or inherit from it. pg_has_role() says yes
// for every superuser, hence NOT rolsuper; logins are cluster-wide, so this part looks at all of
// them, other stores' too.
QStringList roleOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        WITH app AS (SELECT unnest(ARRAY['pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin', 'pm_worker']::name[]) AS r),
             ops AS (SELECT login AS r FROM public.operators),
             everyone AS (SELECT r FROM app UNION SELECT r FROM ops),
             problems AS (
                 SELECT e.r, CASE WHEN g.oid IS NULL THEN 'missing' ELSE concat_ws(', ',
                            CASE WHEN g.rolsuper THEN 'superuser' END,
                            CASE WHEN g.rolbypassrls THEN 'bypasses row security' END,
                            CASE WHEN g.rolcreaterole THEN 'may create roles' END,
                            CASE WHEN g.rolreplication THEN 'replication' END,
                            CASE WHEN g.rolcanlogin AND e.r NOT IN (SELECT r FROM ops) THEN 'can log in' END) END AS p
                 FROM everyone e LEFT JOIN pg_roles g ON g.rolname = e.r
                 UNION ALL
                 SELECT 'pm_security', CASE WHEN g.oid IS NULL THEN 'missing' ELSE concat_ws(', ',
                            CASE WHEN g.rolcanlogin THEN 'can log in' END,
                            CASE WHEN g.rolsuper THEN 'superuser' END,
                            CASE WHEN g.rolbypassrls THEN 'bypasses row security' END) END
                 FROM (SELECT 1) one LEFT JOIN pg_roles g ON g.rolname = 'pm_security'
                 UNION ALL
                 SELECT l.rolname, 'a login that is a member of pm_security'
                 FROM pg_roles l
                 WHERE l.rolcanlogin AND NOT l.rolsuper AND pg_has_role(l.oid, 'pm_security', 'MEMBER'))
        SELECT r || ': ' || p FROM problems WHERE p <> '' ORDER BY 1)sql"_s);
}

// Nobody but the definer role writes the security tables (INSERT and UPDATE also count column
// grants, hence has_any_column_privilege), nor rewrites or empties the gated policy tables, and
// nobody reads a challenge's HMAC or parameter digest.
QStringList privilegeOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        WITH roles AS (SELECT unnest(ARRAY['pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin', 'pm_worker']::name[]) AS r
                       UNION SELECT login FROM public.operators),
             checks (t, priv) AS (
                 SELECT t, priv
                 FROM unnest(ARRAY['admin_audit_log', 'stepup_challenges', 'operators',
                                   'role_change_requests']) AS tb(t),
                      unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS pr(priv)
                 UNION ALL
                 SELECT t, priv
                 FROM unnest(ARRAY['alert_policy', 'provider_budgets']) AS tb(t),
                      unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) AS pr(priv))
        SELECT roles.r || ' has ' || checks.priv || ' on ' || checks.t
        FROM roles, checks
        WHERE CASE WHEN checks.priv IN ('INSERT', 'UPDATE')
                   THEN has_any_column_privilege(roles.r, 'public.' || checks.t, checks.priv)
                   ELSE has_table_privilege(roles.r, 'public.' || checks.t, checks.priv) END
        UNION ALL
        SELECT roles.r || ' may read stepup_challenges.' || col
        FROM roles, unnest(ARRAY['code_hmac', 'params_digest']) AS cl(col)
        WHERE has_column_privilege(roles.r, 'public.stepup_challenges', col, 'SELECT')
        ORDER BY 1)sql"_s);
}

// The worker role (0013): nothing in pm_private, writes only to the tables the queue, the
// notifications and the provider syncs need, and a policy on every table it may touch — without
// one, row security would hand the worker zero rows instead of an error.
QStringList workerOffenders(const QSqlDatabase& db)
{
    return column(db, uR"sql(
        WITH tables AS (SELECT c.oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname IN ('public', 'pm_private') AND c.relkind IN ('r', 'p')),
             privs (priv) AS (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')),
             held AS (SELECT t.*, p.priv FROM tables t, privs p
                      WHERE CASE WHEN p.priv IN ('SELECT', 'INSERT', 'UPDATE')
                                 THEN has_any_column_privilege('pm_worker', t.oid, p.priv)
                                 ELSE has_table_privilege('pm_worker', t.oid, p.priv) END)
        SELECT 'pm_worker has ' || priv || ' on pm_private.' || relname FROM held WHERE nspname = 'pm_private'
        UNION
        SELECT 'pm_worker may write ' || relname FROM held
        WHERE nspname = 'public' AND priv <> 'SELECT'
          AND relname <> ALL (ARRAY['jobs', 'queue_workers', 'periodic_jobs', 'notification_events', 'notifications',
                                    'notification_dispatch_state', 'notification_deliveries', 'provider_accounts',
                                    'provider_call_ledger', 'provider_daily_stats', 'provider_bounces',
                                    'reputation_snapshots'])
        UNION
        SELECT 'no policy lets pm_worker use ' || h.relname FROM held h
        WHERE h.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_policy p
                          WHERE p.polrelid = h.oid
                            AND (0::oid = ANY (p.polroles)
                                 OR EXISTS (SELECT 1 FROM unnest(p.polroles) r(oid)
                                            WHERE pg_has_role('pm_worker', r.oid, 'MEMBER'))))
        ORDER BY 1)sql"_s);
}

QString listed(const QStringList& offenders)
{
    return offenders.isEmpty() ? u"(none)"_s : offenders.join(u"; "_s);
}

bool mentions(const QStringList& offenders, const QString& needle)
{
    for (const QString& line : offenders) {
        if (line.contains(needle)) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestSecurityCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void freshStorePassesTheCatalogCheck();
    void checkReportsPlantedOffenders();

private:
    std::unique_ptr<pm::test::TestDatabase> m_db;
    std::unique_ptr<pm::store::DatabaseConnection> m_conn;
};

void TestSecurityCatalog::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"catalog"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    // Operators, so that the role and privilege checks also cover real logins.
    QString error;
    QVERIFY2(!pm::test::createOperator(*m_db, u"catviewer"_s, u"viewer"_s, &error).login.isEmpty(), qPrintable(error));
    QVERIFY2(!pm::test::createOperator(*m_db, u"catadmin"_s, u"admin"_s, &error).login.isEmpty(), qPrintable(error));
    m_conn = std::make_unique<pm::store::DatabaseConnection>(m_db->settings(), u"catalog"_s);
    QVERIFY2(m_conn->open(&error), qPrintable(error));
}

void TestSecurityCatalog::cleanup()
{
    m_conn.reset();
    m_db.reset();
}

void TestSecurityCatalog::freshStorePassesTheCatalogCheck()
{
    const QSqlDatabase db = m_conn->database();
    // The checks must have something to look at: a query that matched nothing would pass vacuously.
    QVERIFY(scalar(db, u"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                       "WHERE n.nspname IN ('public', 'pm_private') AND p.prosecdef"_s)
            >= 15);
    QVERIFY(scalar(db, u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname IN ('public', 'pm_private') AND c.relkind IN ('r', 'p')"_s)
            >= 25);
    QVERIFY(scalar(db, u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'public' AND c.relkind = 'v'"_s)
            >= 5);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM operators"_s), 2);

    const QStringList definers = definerOffenders(db);
    QVERIFY2(definers.isEmpty(), qPrintable(u"SECURITY DEFINER functions: "_s + listed(definers)));
    const QStringList tables = tableOffenders(db);
    QVERIFY2(tables.isEmpty(), qPrintable(u"tables without forced row security: "_s + listed(tables)));
    const QStringList views = viewOffenders(db);
    QVERIFY2(views.isEmpty(), qPrintable(u"views without security_invoker: "_s + listed(views)));
    const QStringList roles = roleOffenders(db);
    QVERIFY2(roles.isEmpty(), qPrintable(u"roles: "_s + listed(roles)));
    const QStringList privileges = privilegeOffenders(db);
    QVERIFY2(privileges.isEmpty(), qPrintable(u"privileges: "_s + listed(privileges)));
    const QStringList paths = pathOffenders(db);
    QVERIFY2(paths.isEmpty(), qPrintable(u"search paths: "_s + listed(paths)));
    const QStringList worker = workerOffenders(db);
    QVERIFY2(worker.isEmpty(), qPrintable(u"worker role: "_s + listed(worker)));
    QVERIFY(scalar(db, u"SELECT count(*) FROM pg_policy WHERE 'pm_worker'::regrole = ANY (polroles)"_s) >= 18);
}

void TestSecurityCatalog::checkReportsPlantedOffenders()
{
    const QSqlDatabase db = m_conn->database();
    const QString admin
        = m_db->value(u"SELECT login FROM operators WHERE pm_capability_of(login) = 'admin'"_s).toString();
    QVERIFY(!admin.isEmpty());
    // One offender of each kind, as superuser (this database is dropped after the slot).
    const QStringList plant = {
        // A definer without search_path, owned by the superuser that creates it.
        u"CREATE FUNCTION public.pm_test_bad_definer() RETURNS integer LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'"_s,
        // A well-formed definer that PUBLIC may call.
        u"CREATE FUNCTION pm_private.pm_test_public_definer() RETURNS integer LANGUAGE sql SECURITY DEFINER "
        "SET search_path = pg_catalog, pg_temp AS 'SELECT 1'"_s,
        u"GRANT EXECUTE ON FUNCTION pm_private.pm_test_public_definer() TO PUBLIC"_s,
        u"ALTER FUNCTION pm_private.pm_test_public_definer() OWNER TO pm_security"_s,
        // A definer whose search_path leaves pg_temp implicit, i.e. searched first.
        u"CREATE FUNCTION public.pm_test_temp_first() RETURNS integer LANGUAGE sql SECURITY DEFINER "
        "SET search_path = pg_catalog, public AS 'SELECT 1'"_s,
        u"ALTER FUNCTION public.pm_test_temp_first() OWNER TO pm_security"_s,
        u"REVOKE EXECUTE ON FUNCTION public.pm_test_temp_first() FROM PUBLIC"_s,
        // A helper (not a definer) whose search_path leaves pg_temp implicit.
        u"CREATE FUNCTION public.pm_test_helper() RETURNS integer LANGUAGE sql "
        "SET search_path = pg_catalog, public AS 'SELECT 1'"_s,
        // Temporary objects for everyone again.
        u"GRANT TEMPORARY ON DATABASE \"%1\" TO PUBLIC"_s.arg(m_db->name()),
        // Tables without row security, and with it enabled but not forced.
        u"CREATE TABLE public.pm_test_no_rls (id integer)"_s,
        u"CREATE TABLE pm_private.pm_test_unforced (id integer)"_s,
        u"ALTER TABLE pm_private.pm_test_unforced ENABLE ROW LEVEL SECURITY"_s,
        // A view that reads as its owner.
        u"CREATE VIEW public.pm_test_owner_view AS SELECT 1 AS one"_s,
        // A write grant on the audit log and a read grant on the HMAC.
        u"GRANT UPDATE ON admin_audit_log TO pm_ops"_s,
        u"GRANT SELECT (code_hmac) ON stepup_challenges TO pm_viewer"_s,
        // The worker reading a private table, writing the alert policy, and reading a table no
        // policy lets it see.
        u"GRANT SELECT ON pm_private.stepup_attempts TO pm_worker"_s,
        u"GRANT UPDATE ON alert_policy TO pm_worker"_s,
        u"CREATE TABLE public.pm_test_worker_blind (id integer)"_s,
        u"ALTER TABLE public.pm_test_worker_blind ENABLE ROW LEVEL SECURITY"_s,
        u"ALTER TABLE public.pm_test_worker_blind FORCE ROW LEVEL SECURITY"_s,
        u"GRANT SELECT ON public.pm_test_worker_blind TO pm_worker"_s,
        // An operator login that may create roles (this store's operators only; reverted below).
        u"ALTER ROLE %1 CREATEROLE"_s.arg(admin),
    };
    for (const QString& sql : plant) {
        QString error;
        QVERIFY2(m_db->exec(sql, &error), qPrintable(sql + u": "_s + error));
    }

    const QStringList definers = definerOffenders(db);
    const QStringList tables = tableOffenders(db);
    const QStringList views = viewOffenders(db);
    const QStringList roles = roleOffenders(db);
    const QStringList privileges = privilegeOffenders(db);
    const QStringList paths = pathOffenders(db);
    const QStringList worker = workerOffenders(db);
    // Undo the cluster-wide part before asserting, so a failure leaves no CREATEROLE login behind.
    QVERIFY(m_db->exec(u"ALTER ROLE %1 NOCREATEROLE"_s.arg(admin)));

    QVERIFY2(mentions(definers, u"pm_test_bad_definer(): no fixed search_path"_s), qPrintable(listed(definers)));
    QVERIFY2(mentions(definers, u"owned by a superuser"_s), qPrintable(listed(definers)));
    QVERIFY2(mentions(definers, u"pm_test_public_definer(): executable by PUBLIC"_s), qPrintable(listed(definers)));
    QVERIFY2(mentions(definers, u"pm_test_temp_first(): pg_temp not last"_s), qPrintable(listed(definers)));
    QCOMPARE(definers.size(), qsizetype(3)); // the planted ones, nothing of the migrations
    QVERIFY2(mentions(tables, u"public.pm_test_no_rls: row security off, row security not forced"_s),
             qPrintable(listed(tables)));
    QVERIFY2(mentions(tables, u"pm_private.pm_test_unforced: row security not forced"_s), qPrintable(listed(tables)));
    QVERIFY2(mentions(views, u"pm_test_owner_view"_s), qPrintable(listed(views)));
    QVERIFY2(mentions(roles, admin + u": may create roles"_s), qPrintable(listed(roles)));
    QVERIFY2(mentions(privileges, u"pm_ops has UPDATE on admin_audit_log"_s), qPrintable(listed(privileges)));
    // Inherited: admins are ops, so they are reported too.
    QVERIFY2(mentions(privileges, u"pm_admin has UPDATE on admin_audit_log"_s), qPrintable(listed(privileges)));
    QVERIFY2(mentions(privileges, u"pm_viewer may read stepup_challenges.code_hmac"_s), qPrintable(listed(privileges)));
    QVERIFY2(mentions(paths, u"pm_test_helper(): pg_temp not last"_s), qPrintable(listed(paths)));
    QVERIFY2(mentions(paths, u"pm_viewer: may create temporary objects"_s), qPrintable(listed(paths)));
    QVERIFY2(mentions(worker, u"pm_worker has SELECT on pm_private.stepup_attempts"_s), qPrintable(listed(worker)));
    QVERIFY2(mentions(worker, u"pm_worker may write alert_policy"_s), qPrintable(listed(worker)));
    QVERIFY2(mentions(worker, u"no policy lets pm_worker use pm_test_worker_blind"_s), qPrintable(listed(worker)));
    QCOMPARE(worker.size(), qsizetype(3));
}

QTEST_GUILESS_MAIN(TestSecurityCatalog)
#include "TestSecurityCatalog.moc"
