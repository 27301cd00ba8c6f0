-- 0007 operators and the tamper-evident audit log.
--
-- An operator is a PostgreSQL login plus this row (name, email for codes and notifications,
-- status, step-up lock). The capability is the login's membership in one capability role — the
-- grant is what the database enforces, so it is the truth; pm_capability_of() reads it back.

CREATE TYPE pm_capability AS ENUM ('viewer', 'ops', 'executive', 'admin');

CREATE TABLE operators (
    login               name PRIMARY KEY,
    display_name        text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    email               text NOT NULL CHECK (length(email) <= 320 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          name NOT NULL DEFAULT session_user,
    stepup_locked_until timestamptz  -- too many wrong codes: no step-up until then
);
ALTER TABLE operators ENABLE ROW LEVEL SECURITY;
ALTER TABLE operators FORCE ROW LEVEL SECURITY;
REVOKE ALL ON operators FROM PUBLIC;
GRANT SELECT ON operators TO pm_viewer;
GRANT ALL ON operators TO pm_security;
CREATE POLICY pm_read ON operators FOR SELECT TO pm_viewer USING (true);
CREATE POLICY pm_definer ON operators TO pm_security USING (true) WITH CHECK (true);

-- The capability role a login is a direct member of (NULL: none, or not an operator).
CREATE FUNCTION pm_capability_of(p_login name) RETURNS pm_capability
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT max(substr(g.rolname, 4)::public.pm_capability)
    FROM pg_catalog.pg_auth_members m
    JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
    JOIN pg_catalog.pg_roles u ON u.oid = m.member
    WHERE u.rolname = p_login AND g.rolname IN ('pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin')
$$;
REVOKE EXECUTE ON FUNCTION pm_capability_of(name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pm_capability_of(name) TO pm_viewer, pm_worker, pm_security;

CREATE VIEW operator_directory WITH (security_invoker = true) AS
SELECT o.login, o.display_name, o.email, o.status, public.pm_capability_of(o.login) AS capability,
       o.created_at, o.created_by, o.stepup_locked_until
FROM public.operators o;
REVOKE ALL ON operator_directory FROM PUBLIC;
GRANT SELECT ON operator_directory TO pm_viewer, pm_security;

-- ---------------------------------------------------------------------------------------------
-- Audit log: append-only, hash-chained. Each row's hash covers its fields and the previous row's
-- hash, so an edit breaks every later link; appends are serialised on the chain head row, which
-- also hands out a gapless sequence (a sequence would leave gaps on rollback).
ALTER TABLE admin_audit_log
    ADD COLUMN seq           bigint,
    ADD COLUMN operator_role text,
    ADD COLUMN action_kind   text,   -- the gated action kind, when there is one
    ADD COLUMN challenge_id  uuid,   -- correlates request, delivery and verification; never the code
    ADD COLUMN reason        text,
    ADD COLUMN prev_hash     bytea,
    ADD COLUMN row_hash      bytea;

CREATE TABLE pm_private.audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq       bigint NOT NULL,
    hash      bytea NOT NULL
);
INSERT INTO pm_private.audit_head VALUES (true, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');
ALTER TABLE pm_private.audit_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE pm_private.audit_head FORCE ROW LEVEL SECURITY;
GRANT SELECT, UPDATE ON pm_private.audit_head TO pm_security;
CREATE POLICY pm_definer ON pm_private.audit_head TO pm_security USING (true) WITH CHECK (true);

-- The exact text a row's hash covers. pmctl audit verify recomputes the hashes from it.
CREATE FUNCTION pm_audit_canonical(a admin_audit_log) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_array(a.seq, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             a.actor::text, a.operator_role, a.action, a.action_kind, a.scope, a.outcome,
                             a.reason, a.client_host, a.challenge_id::text, encode(a.prev_hash, 'hex'))::text
$$;
REVOKE EXECUTE ON FUNCTION pm_audit_canonical(admin_audit_log) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pm_audit_canonical(admin_audit_log) TO pm_security;

-- What the session is, for the audit row: an operator's capability, a worker, or the owner.
CREATE FUNCTION pm_private.session_role() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(public.pm_capability_of(session_user)::text,
                    CASE WHEN (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) THEN 'superuser'
                         WHEN pg_catalog.pg_has_role(session_user, 'pm_worker', 'MEMBER') THEN 'worker'
                         ELSE 'none' END)
$$;

-- Existing rows (dead-letter re-queues since 0004) join the chain in their order.
DO $$
DECLARE
    r record;
    h bytea := '\x0000000000000000000000000000000000000000000000000000000000000000';
    n bigint := 0;
BEGIN
    FOR r IN SELECT id FROM public.admin_audit_log ORDER BY id LOOP
        n := n + 1;
        UPDATE public.admin_audit_log SET seq = n, prev_hash = h, operator_role = pm_private.session_role()
        WHERE id = r.id;
        UPDATE public.admin_audit_log a SET row_hash = sha256(convert_to(public.pm_audit_canonical(a), 'UTF8'))
        WHERE id = r.id RETURNING row_hash INTO h;
    END LOOP;
    UPDATE pm_private.audit_head SET seq = n, hash = h;
END $$;
ALTER TABLE admin_audit_log
    ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN row_hash SET NOT NULL,
    ALTER COLUMN operator_role SET NOT NULL, ADD CONSTRAINT admin_audit_log_seq UNIQUE (seq),
    ADD CONSTRAINT admin_audit_log_field_sizes
        CHECK (length(action) <= 100 AND length(outcome) <= 200 AND coalesce(length(reason), 0) <= 2000
               AND pg_column_size(scope) <= 65536);

-- Who and where come from the session, not from the inserter; sequence and hashes from the head.
CREATE FUNCTION pm_private.audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head record;
BEGIN
    SELECT h.seq, h.hash INTO head FROM pm_private.audit_head h FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.at := clock_timestamp();
    NEW.actor := session_user;
    NEW.client_host := host(inet_client_addr());
    NEW.operator_role := pm_private.session_role();
    NEW.prev_hash := head.hash;
    NEW.row_hash := sha256(convert_to(public.pm_audit_canonical(NEW), 'UTF8'));
    UPDATE pm_private.audit_head SET seq = NEW.seq, hash = NEW.row_hash;
    RETURN NEW;
END $$;
ALTER FUNCTION pm_private.audit_chain() OWNER TO pm_security;
ALTER FUNCTION pm_private.session_role() OWNER TO pm_security;
REVOKE EXECUTE ON FUNCTION pm_private.audit_chain(), pm_private.session_role() FROM PUBLIC;
CREATE TRIGGER admin_audit_log_chain BEFORE INSERT ON admin_audit_log
    FOR EACH ROW EXECUTE FUNCTION pm_private.audit_chain();

-- Belt and braces: no role may change history, not even one holding a table privilege. Row
-- triggers do not fire on TRUNCATE, hence the statement trigger.
CREATE FUNCTION pm_private.audit_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'admin_audit_log is append-only: % refused', TG_OP USING ERRCODE = '42501';
END $$;
REVOKE EXECUTE ON FUNCTION pm_private.audit_append_only() FROM PUBLIC;
CREATE TRIGGER admin_audit_log_no_change BEFORE UPDATE OR DELETE ON admin_audit_log
    FOR EACH ROW EXECUTE FUNCTION pm_private.audit_append_only();
CREATE TRIGGER admin_audit_log_no_truncate BEFORE TRUNCATE ON admin_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION pm_private.audit_append_only();

REVOKE ALL ON admin_audit_log FROM pm_security;
GRANT SELECT, INSERT ON admin_audit_log TO pm_security;
GRANT SELECT ON admin_audit_log TO pm_executive, pm_admin;
CREATE POLICY pm_read ON admin_audit_log FOR SELECT TO pm_executive, pm_admin USING (true);
CREATE INDEX admin_audit_log_at ON admin_audit_log (at);

-- One audit row, from the definer functions.
CREATE FUNCTION pm_private.audit(p_action text, p_outcome text, p_scope jsonb DEFAULT '{}'::jsonb,
                                 p_kind text DEFAULT NULL, p_reason text DEFAULT NULL,
                                 p_challenge uuid DEFAULT NULL) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO public.admin_audit_log (action, outcome, scope, action_kind, reason, challenge_id)
    VALUES (p_action, p_outcome, coalesce(p_scope, '{}'::jsonb), p_kind, p_reason, p_challenge)
$$;
ALTER FUNCTION pm_private.audit(text, text, jsonb, text, text, uuid) OWNER TO pm_security;
REVOKE EXECUTE ON FUNCTION pm_private.audit(text, text, jsonb, text, text, uuid) FROM PUBLIC;

-- The chain as pmctl audit verify reads it: each row's link, hash and the text the hash covers
-- (recomputed from the row as it is now). Admins only.
CREATE FUNCTION pm_audit_chain(p_after bigint DEFAULT 0, p_limit integer DEFAULT 10000)
RETURNS TABLE (seq bigint, prev_hash bytea, row_hash bytea, canonical text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT a.seq, a.prev_hash, a.row_hash, public.pm_audit_canonical(a)
    FROM public.admin_audit_log a WHERE a.seq > p_after ORDER BY a.seq LIMIT p_limit
$$;
CREATE FUNCTION pm_audit_head() RETURNS TABLE (seq bigint, hash bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT h.seq, h.hash FROM pm_private.audit_head h
$$;
ALTER FUNCTION pm_audit_chain(bigint, integer) OWNER TO pm_security;
ALTER FUNCTION pm_audit_head() OWNER TO pm_security;
REVOKE EXECUTE ON FUNCTION pm_audit_chain(bigint, integer), pm_audit_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pm_audit_chain(bigint, integer), pm_audit_head() TO pm_admin;
