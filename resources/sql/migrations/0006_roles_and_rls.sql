-- 0006 roles and row-level security: the database is the backend.
--
-- Each operator is a PostgreSQL login, a member of one capability role. The capability roles nest
-- (ops and executive include viewer, admin includes both), so a grant or policy written for viewer
-- holds for everyone. pm_security is the NOLOGIN role that owns every SECURITY DEFINER function:
-- the only code that writes security tables runs as it, and it holds CREATEROLE so the role-change
-- functions can create logins and grant capabilities without any login being able to.
--
-- Roles are cluster-wide, so they are created only when missing (several stores may share a
-- cluster); grants and policies are per database.

-- Roles and parameter grants are cluster-wide: stores migrating at the same moment (the tests run
-- in parallel) would update the same catalog rows and fail with "tuple concurrently updated".
-- This lock on the shared role catalog (held to commit) serialises that part; a migrating role
-- that may not take it goes on without.
DO $$
BEGIN
    LOCK TABLE pg_catalog.pg_authid IN SHARE ROW EXCLUSIVE MODE;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END $$;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin', 'pm_worker', 'pm_security'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        EXECUTE format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOREPLICATION', r);
    END LOOP;
    -- Only the definer role may manage roles, and nothing logs in as it.
    ALTER ROLE pm_viewer NOCREATEROLE;
    ALTER ROLE pm_ops NOCREATEROLE;
    ALTER ROLE pm_executive NOCREATEROLE;
    ALTER ROLE pm_admin NOCREATEROLE;
    ALTER ROLE pm_worker NOCREATEROLE;
    ALTER ROLE pm_security CREATEROLE;
END $$;

GRANT pm_viewer TO pm_ops, pm_executive;
GRANT pm_ops, pm_executive TO pm_admin;
-- PostgreSQL 16 asks for ADMIN OPTION to grant a role even with CREATEROLE; 15 accepts either.
GRANT pm_viewer, pm_ops, pm_executive, pm_admin TO pm_security WITH ADMIN OPTION;

-- Private schema: the pepper, failure counters and the audit chain head. Only the definer role
-- may even look inside.
CREATE SCHEMA pm_private;
REVOKE ALL ON SCHEMA pm_private FROM PUBLIC;
GRANT USAGE ON SCHEMA pm_private TO pm_security;

GRANT USAGE ON SCHEMA public TO pm_viewer, pm_worker, pm_security;
-- Future functions of the migrating role are not executable by everyone.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

-- Every application table: row-level security, forced (so an owner that is not a superuser is
-- held to it too), the definer role may do anything its functions do, and every operator may read
-- — except the tables whose reads are per operator, handled below.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC', t.relname);
        EXECUTE format('GRANT ALL ON public.%I TO pm_security', t.relname);
        EXECUTE format('CREATE POLICY pm_definer ON public.%I TO pm_security USING (true) WITH CHECK (true)', t.relname);
        IF t.relname NOT IN ('notification_reads', 'notification_preferences', 'admin_audit_log',
                             'notification_dispatch_state') THEN
            EXECUTE format('GRANT SELECT ON public.%I TO pm_viewer', t.relname);
            EXECUTE format('CREATE POLICY pm_read ON public.%I FOR SELECT TO pm_viewer USING (true)', t.relname);
        END IF;
    END LOOP;
END $$;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO pm_security;

-- Views run as their owner unless told otherwise, which would skip the caller's row security.
DO $$
DECLARE
    v record;
BEGIN
    FOR v IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'v' LOOP
        EXECUTE format('ALTER VIEW public.%I SET (security_invoker = true)', v.relname);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC', v.relname);
        EXECUTE format('GRANT SELECT ON public.%I TO pm_viewer, pm_security', v.relname);
    END LOOP;
END $$;

-- Per-operator rows: each operator reads and writes their own.
GRANT SELECT, INSERT ON notification_reads TO pm_viewer;
CREATE POLICY pm_own ON notification_reads TO pm_viewer
    USING (operator = session_user) WITH CHECK (operator = session_user);
GRANT SELECT, INSERT, UPDATE ON notification_preferences TO pm_viewer;
CREATE POLICY pm_own ON notification_preferences TO pm_viewer
    USING (operator = session_user) WITH CHECK (operator = session_user);

-- Provider accounts are configured by admins (credentials stay in their keychains). Budgets are a
-- gated policy change only (0009).
GRANT INSERT, UPDATE, DELETE ON provider_accounts TO pm_admin;
CREATE POLICY pm_admin_write ON provider_accounts TO pm_admin USING (true) WITH CHECK (true);
GRANT USAGE ON SEQUENCE provider_accounts_account_id_seq TO pm_admin;

-- Functions the operators' reads need.
GRANT EXECUTE ON FUNCTION pm_quiet_until(name, timestamptz) TO pm_viewer, pm_security;
-- What the definer functions call.
GRANT EXECUTE ON FUNCTION pm_job_enqueue(text, text, jsonb, smallint, timestamptz, integer, text) TO pm_security;
GRANT EXECUTE ON FUNCTION pm_notify_event(pm_severity, text, text, text, text, text, text, text, timestamptz)
    TO pm_security;

-- Dead-letter handling by ops: the functions run as the definer role, so an operator needs no
-- write grant on the queue at all.
ALTER FUNCTION pm_job_requeue_dead(bigint) SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION pm_job_discard_dead(bigint) SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION pm_job_requeue_dead(bigint) OWNER TO pm_security;
ALTER FUNCTION pm_job_discard_dead(bigint) OWNER TO pm_security;
REVOKE EXECUTE ON FUNCTION pm_job_requeue_dead(bigint), pm_job_discard_dead(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pm_job_requeue_dead(bigint), pm_job_discard_dead(bigint) TO pm_ops;
