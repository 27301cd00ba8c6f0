-- 0010 hardening found in review.
--
-- 1. Every function pins a search_path that ends in pg_temp. Without pg_temp named, the session's
--    temporary schema is searched *first* for tables and types, even inside a function running as
--    the definer role — a temporary domain with a CHECK calling the caller's own function would
--    then run as pm_security. Helpers the definer functions call (pm_job_enqueue,
--    pm_notify_event, …) named only "pg_catalog, public".
-- 2. Operators cannot create temporary objects at all.
-- 3. The Loops account delivers the one-time codes: an operator who could point it elsewhere
--    would receive every code. Only the database owner changes it.

DO $$
DECLARE
    f record;
    path text;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS sig, p.proconfig
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname IN ('public', 'pm_private') AND p.prokind IN ('f', 'p') LOOP
        SELECT substr(c, length('search_path=') + 1) INTO path
        FROM unnest(coalesce(f.proconfig, '{}'::text[])) c WHERE c LIKE 'search_path=%';
        IF path IS NULL THEN
            path := 'pg_catalog, public';
        END IF;
        IF path !~ 'pg_temp$' THEN
            path := regexp_replace(path, ',?\s*pg_temp\s*,', ',', 'g') || ', pg_temp';
            EXECUTE format('ALTER FUNCTION %s SET search_path = %s', f.sig, path);
        END IF;
    END LOOP;
END $$;

DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;

CREATE FUNCTION pm_private.loops_account_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND OLD.provider = 'loops') OR (TG_OP <> 'DELETE' AND NEW.provider = 'loops') THEN
        IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION 'the Loops account delivers the one-time codes: only the database owner changes it'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
REVOKE EXECUTE ON FUNCTION pm_private.loops_account_guard() FROM PUBLIC;
CREATE TRIGGER provider_accounts_loops_guard BEFORE INSERT OR UPDATE OR DELETE ON provider_accounts
    FOR EACH ROW EXECUTE FUNCTION pm_private.loops_account_guard();
