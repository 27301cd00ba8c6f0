-- 0009 the four gated action kinds, and operator management.
--
-- Each gated action is one SECURITY DEFINER function that checks the code (stepup_consume),
-- performs the action and writes the audit row in one transaction: there is no "step-up done"
-- flag to reuse, and if the audit insert fails the action is rolled back with it. A refused code is
-- an answer (outcome), not an error, so the attempt it used and its audit row are kept.

-- Granting admin needs a second admin: the first admin's confirmed request waits here.
CREATE TABLE role_change_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login        name NOT NULL REFERENCES operators ON DELETE CASCADE,
    capability   pm_capability NOT NULL,
    requested_by name NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'expired')),
    decided_by   name,
    decided_at   timestamptz
);
ALTER TABLE role_change_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_change_requests FORCE ROW LEVEL SECURITY;
REVOKE ALL ON role_change_requests FROM PUBLIC;
GRANT ALL ON role_change_requests TO pm_security;
GRANT SELECT ON role_change_requests TO pm_admin;
CREATE POLICY pm_definer ON role_change_requests TO pm_security USING (true) WITH CHECK (true);
CREATE POLICY pm_read ON role_change_requests FOR SELECT TO pm_admin USING (true);

-- The alert-policy fields a policy change may set (everything but the key and the timestamp).
CREATE FUNCTION pm_private.policy_fields() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['warning_group_wait_s', 'warning_group_interval_s', 'warning_repeat_interval_s',
                 'critical_group_wait_s', 'critical_group_interval_s', 'critical_repeat_interval_s',
                 'critical_max_hold_s', 'digest_interval_s', 'detect_min_sent', 'bounce_warning_pct',
                 'bounce_critical_pct', 'complaint_warning_pct', 'complaint_critical_pct', 'blocked_critical_pct']
$$;

-- Shape checks the request can make before a code is sent (the generic ones are in 0008).
CREATE FUNCTION pm_private.params_problem(p_action pm_stepup_action, p_params jsonb) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k text;
    v jsonb;
BEGIN
    IF p_action = 'data_export' THEN
        FOR k, v IN SELECT * FROM jsonb_each(p_params -> 'filters') LOOP
            IF k NOT IN ('from', 'to') OR jsonb_typeof(v) <> 'string' OR v #>> '{}' !~ '^\d{4}-\d{2}-\d{2}$' THEN
                RETURN 'export filters are "from" and "to" dates (YYYY-MM-DD)';
            END IF;
        END LOOP;
    ELSIF p_action = 'policy_change' THEN
        FOR k, v IN SELECT * FROM jsonb_each(p_params -> 'changes') LOOP
            IF k = 'alert_policy' THEN
                IF jsonb_typeof(v) <> 'object' OR EXISTS (
                       SELECT 1 FROM jsonb_each(v) f
                       WHERE f.key <> ALL (pm_private.policy_fields()) OR jsonb_typeof(f.value) <> 'number') THEN
                    RETURN 'alert policy changes name known fields with numbers';
                END IF;
            ELSIF k = 'provider_budgets' THEN
                IF jsonb_typeof(v) <> 'object' OR EXISTS (
                       SELECT 1 FROM jsonb_each(v) b
                       WHERE b.key !~ '^\d{1,9}$' OR jsonb_typeof(b.value) <> 'object'
                          OR NOT EXISTS (SELECT 1 FROM public.provider_accounts a WHERE a.account_id = b.key::integer)
                          OR EXISTS (SELECT 1 FROM jsonb_each(b.value) f
                                     WHERE f.key NOT IN ('max_calls_per_month', 'max_cost_per_month', 'cost_per_call')
                                        OR jsonb_typeof(f.value) NOT IN ('number', 'null')
                                        OR (f.key = 'cost_per_call' AND jsonb_typeof(f.value) <> 'number'))) THEN
                    RETURN 'budget changes name existing accounts with max_calls_per_month, max_cost_per_month '
                           'or cost_per_call';
                END IF;
            ELSE
                RETURN 'a policy change touches alert_policy or provider_budgets';
            END IF;
        END LOOP;
    END IF;
    RETURN NULL;
END $$;

-- Sets a login's one capability role (or none), refusing to leave the store without an admin.
CREATE FUNCTION pm_private.apply_capability(p_login name, p_capability text) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    before text := public.pm_capability_of(p_login)::text;
    r text;
BEGIN
    IF before = 'admin' AND p_capability <> 'admin' AND NOT EXISTS (
           SELECT 1 FROM public.operators o
           WHERE o.login <> p_login AND o.status = 'active' AND public.pm_capability_of(o.login) = 'admin') THEN
        RAISE EXCEPTION 'the last active admin keeps the admin role' USING ERRCODE = '42501';
    END IF;
    FOREACH r IN ARRAY ARRAY['pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin'] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                   JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles u ON u.oid = m.member
                   WHERE g.rolname = r AND u.rolname = p_login) THEN  -- direct grants only
            EXECUTE format('REVOKE %I FROM %I', r, p_login);
        END IF;
    END LOOP;
    IF p_capability <> 'none' THEN
        EXECUTE format('GRANT %I TO %I', 'pm_' || p_capability, p_login);
    END IF;
    RETURN jsonb_build_object('login', p_login, 'from', coalesce(before, 'none'), 'to', p_capability);
END $$;

-- 1. Password reset: the new password (as a SCRAM verifier the console computed, so the password
-- itself never reaches the server) takes effect only with the code.
CREATE FUNCTION pm_password_reset_confirm(p_challenge uuid, p_code text, p_verifier text)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v record;
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_code, 'password_reset',
                                                   jsonb_build_object('verifier', p_verifier));
    IF NOT v.ok THEN
        RETURN QUERY SELECT v.outcome, v.attempts_left, v.locked_until;
        RETURN;
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
    PERFORM pm_private.audit('password.changed', 'done', jsonb_build_object('operator', session_user),
                             'password_reset', NULL, p_challenge);
    RETURN QUERY SELECT 'done'::text, v.attempts_left, NULL::timestamptz;
END $$;

-- 2a. Role change: any capability but admin takes effect at once; admin waits for a second admin.
CREATE FUNCTION pm_role_change_confirm(p_challenge uuid, p_code text, p_login name, p_capability text)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz, request_id bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v record;
    change jsonb;
    rid bigint;
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_code, 'role_change',
                                                   jsonb_build_object('login', p_login, 'capability', p_capability));
    IF NOT v.ok THEN
        RETURN QUERY SELECT v.outcome, v.attempts_left, v.locked_until, NULL::bigint;
        RETURN;
    END IF;
    IF p_capability = 'admin' AND public.pm_capability_of(p_login) IS DISTINCT FROM 'admin' THEN
        INSERT INTO public.role_change_requests (login, capability, requested_by)
        VALUES (p_login, 'admin', session_user) RETURNING id INTO rid;
        PERFORM pm_private.audit('role.change_requested', 'awaiting_approval',
                                 jsonb_build_object('login', p_login, 'to', 'admin', 'request_id', rid),
                                 'role_change', 'granting admin needs a second admin', p_challenge);
        RETURN QUERY SELECT 'awaiting_approval'::text, v.attempts_left, NULL::timestamptz, rid;
        RETURN;
    END IF;
    change := pm_private.apply_capability(p_login, p_capability);
    PERFORM pm_private.audit('role.changed', 'done', change, 'role_change', NULL, p_challenge);
    RETURN QUERY SELECT 'done'::text, v.attempts_left, NULL::timestamptz, NULL::bigint;
END $$;

-- 2b. The second admin's approval, itself confirmed with the approver's own code.
CREATE FUNCTION pm_role_change_approve_confirm(p_challenge uuid, p_code text, p_request bigint)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    req public.role_change_requests;
    v record;
    change jsonb;
    problem text;
BEGIN
    SELECT * INTO req FROM public.role_change_requests r WHERE r.id = p_request FOR UPDATE;
    problem := CASE WHEN req.id IS NULL THEN 'no such request'
                    WHEN req.status <> 'pending' THEN 'the request is ' || req.status
                    WHEN req.requested_at < clock_timestamp() - interval '24 hours' THEN 'the request has expired'
                    WHEN req.requested_by = session_user THEN 'a second admin must approve'
                    WHEN req.login = session_user THEN 'nobody approves their own elevation' END;
    IF problem IS NOT NULL THEN
        PERFORM pm_private.audit('role.change_approval', 'denied', jsonb_build_object('request_id', p_request),
                                 'role_change', problem, p_challenge);
        RETURN QUERY SELECT 'refused: ' || problem, NULL::integer, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_code, 'role_change',
                                                   jsonb_build_object('approve', p_request));
    IF NOT v.ok THEN
        RETURN QUERY SELECT v.outcome, v.attempts_left, v.locked_until;
        RETURN;
    END IF;
    change := pm_private.apply_capability(req.login, req.capability::text)
              || jsonb_build_object('request_id', req.id, 'requested_by', req.requested_by);
    UPDATE public.role_change_requests r SET status = 'approved', decided_by = session_user,
                                             decided_at = clock_timestamp() WHERE r.id = req.id;
    PERFORM pm_private.audit('role.changed', 'done', change, 'role_change', 'approved by a second admin', p_challenge);
    RETURN QUERY SELECT 'done'::text, v.attempts_left, NULL::timestamptz;
END $$;

-- The rows of an export, as {columns, rows}; the console renders CSV or PDF from it.
CREATE FUNCTION pm_private.export_rows(p_dataset text, p_filters jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    from_day date := (p_filters ->> 'from')::date;
    to_day date := (p_filters ->> 'to')::date;
    result jsonb;
BEGIN
    IF p_dataset = 'tenant_revenue' THEN
        SELECT jsonb_build_object(
                   'columns', jsonb_build_array('tenant_id', 'tenant', 'plan', 'status', 'mrr', 'currency',
                                                'sent_30d', 'phase'),
                   'rows', coalesce(jsonb_agg(jsonb_build_array(t.tenant_id, t.name, t.plan, t.status,
                                                                round(t.mrr_cents / 100.0, 2), t.currency,
                                                                p.sent_30d, p.phase)
                                              ORDER BY t.mrr_cents DESC, t.tenant_id), '[]'))
        INTO result
        FROM public.tenants t LEFT JOIN public.tenant_phases p USING (tenant_id);
    ELSIF p_dataset = 'audit_log' THEN
        SELECT jsonb_build_object(
                   'columns', jsonb_build_array('seq', 'at', 'actor', 'role', 'action', 'action_kind', 'outcome',
                                                'reason', 'scope', 'client_host', 'challenge_id', 'row_hash'),
                   'rows', coalesce(jsonb_agg(jsonb_build_array(a.seq, a.at, a.actor, a.operator_role, a.action,
                                                                a.action_kind, a.outcome, a.reason, a.scope::text,
                                                                a.client_host, a.challenge_id,
                                                                encode(a.row_hash, 'hex')) ORDER BY a.seq), '[]'))
        INTO result
        FROM public.admin_audit_log a
        WHERE (from_day IS NULL OR a.at >= from_day) AND (to_day IS NULL OR a.at < to_day + 1);
    ELSE -- incident_history: every warning and critical signal the detectors and subsystems raised
        SELECT jsonb_build_object(
                   'columns', jsonb_build_array('id', 'at', 'severity', 'source', 'title', 'detail', 'subject_kind',
                                                'subject_id'),
                   'rows', coalesce(jsonb_agg(jsonb_build_array(e.id, e.created_at, e.severity, e.source, e.title,
                                                                e.body, e.subject_kind, e.subject_id)
                                              ORDER BY e.created_at, e.id), '[]'))
        INTO result
        FROM public.notification_events e
        WHERE e.severity <> 'info'
          AND (from_day IS NULL OR e.created_at >= from_day) AND (to_day IS NULL OR e.created_at < to_day + 1);
    END IF;
    RETURN result;
END $$;

-- 3. High-sensitivity export: the rows come back from the same call that checked the code.
CREATE FUNCTION pm_export_confirm(p_challenge uuid, p_code text, p_dataset text, p_format text, p_filters jsonb)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz, payload jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    params jsonb := jsonb_build_object('dataset', p_dataset, 'format', p_format, 'filters', coalesce(p_filters, '{}'));
    v record;
    data jsonb;
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_code, 'data_export', params);
    IF NOT v.ok THEN
        RETURN QUERY SELECT v.outcome, v.attempts_left, v.locked_until, NULL::jsonb;
        RETURN;
    END IF;
    data := pm_private.export_rows(p_dataset, coalesce(p_filters, '{}'));
    PERFORM pm_private.audit('data.exported', 'done',
                             params || jsonb_build_object('rows', jsonb_array_length(data -> 'rows')),
                             'data_export', NULL, p_challenge);
    RETURN QUERY SELECT 'done'::text, v.attempts_left, NULL::timestamptz, data;
END $$;

-- 4. Security and alert policy change: notification timers, detection thresholds, budgets.
CREATE FUNCTION pm_policy_change_confirm(p_challenge uuid, p_code text, p_changes jsonb)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v record;
    before jsonb;
    after jsonb;
    b record;
    budgets jsonb := '{}';
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_code, 'policy_change',
                                                   jsonb_build_object('changes', p_changes));
    IF NOT v.ok THEN
        RETURN QUERY SELECT v.outcome, v.attempts_left, v.locked_until;
        RETURN;
    END IF;
    IF p_changes ? 'alert_policy' THEN
        SELECT to_jsonb(a) INTO before FROM public.alert_policy a;
        UPDATE public.alert_policy a SET
            (warning_group_wait_s, warning_group_interval_s, warning_repeat_interval_s, critical_group_wait_s,
             critical_group_interval_s, critical_repeat_interval_s, critical_max_hold_s, digest_interval_s,
             detect_min_sent, bounce_warning_pct, bounce_critical_pct, complaint_warning_pct,
             complaint_critical_pct, blocked_critical_pct, updated_at)
          = (SELECT r.warning_group_wait_s, r.warning_group_interval_s, r.warning_repeat_interval_s,
                    r.critical_group_wait_s, r.critical_group_interval_s, r.critical_repeat_interval_s,
                    r.critical_max_hold_s, r.digest_interval_s, r.detect_min_sent, r.bounce_warning_pct,
                    r.bounce_critical_pct, r.complaint_warning_pct, r.complaint_critical_pct,
                    r.blocked_critical_pct, now()
             FROM jsonb_populate_record(a, p_changes -> 'alert_policy') r);
        SELECT to_jsonb(a) INTO after FROM public.alert_policy a;
        SELECT jsonb_object_agg(k, jsonb_build_object('from', before -> k, 'to', after -> k)) INTO before
        FROM jsonb_object_keys(p_changes -> 'alert_policy') k;
    END IF;
    FOR b IN SELECT key::integer AS account_id, value FROM jsonb_each(coalesce(p_changes -> 'provider_budgets', '{}')) LOOP
        INSERT INTO public.provider_budgets (account_id, max_calls_per_month, max_cost_per_month, cost_per_call)
        VALUES (b.account_id, (b.value ->> 'max_calls_per_month')::integer, (b.value ->> 'max_cost_per_month')::numeric,
                coalesce((b.value ->> 'cost_per_call')::numeric, 0))
        ON CONFLICT (account_id) DO UPDATE SET
            cost_per_call = CASE WHEN b.value ? 'cost_per_call' THEN EXCLUDED.cost_per_call
                                 ELSE public.provider_budgets.cost_per_call END,
            max_calls_per_month = CASE WHEN b.value ? 'max_calls_per_month' THEN EXCLUDED.max_calls_per_month
                                       ELSE public.provider_budgets.max_calls_per_month END,
            max_cost_per_month = CASE WHEN b.value ? 'max_cost_per_month' THEN EXCLUDED.max_cost_per_month
                                      ELSE public.provider_budgets.max_cost_per_month END,
            updated_at = now();
        budgets := budgets || jsonb_build_object(b.account_id::text, b.value);
    END LOOP;
    PERFORM pm_private.audit('policy.changed', 'done',
                             jsonb_build_object('alert_policy', coalesce(before, '{}'), 'provider_budgets', budgets),
                             'policy_change', NULL, p_challenge);
    RETURN QUERY SELECT 'done'::text, v.attempts_left, NULL::timestamptz;
END $$;

-- Sync now, for ops and admins: the account's sync job, without any write grant on the queue.
CREATE FUNCTION pm_provider_sync_now(p_account integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pm_private.holds('ops') THEN
        RAISE EXCEPTION 'only ops and admins queue provider syncs' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.provider_accounts WHERE account_id = p_account) THEN
        RAISE EXCEPTION 'provider account % does not exist', p_account USING ERRCODE = 'P0002';
    END IF;
    RETURN public.pm_job_enqueue('default', 'provider.sync', jsonb_build_object('account_id', p_account),
                                 1::smallint, now(), 5, 'provider.sync:' || p_account);
END $$;

-- ---------------------------------------------------------------------------------------------
-- Operator management. A new operator has no capability until a confirmed role change gives one.
CREATE FUNCTION pm_private.login_problem(p_login text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,40}$' THEN
            'a login is 3 to 41 lower-case letters, digits or underscores, starting with a letter'
        WHEN p_login LIKE 'pm\_%' OR p_login LIKE 'pg\_%' THEN 'logins starting with pm_ or pg_ are reserved'
        WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN 'that login exists already'
    END
$$;

CREATE FUNCTION pm_private.create_login(p_login text, p_display_name text, p_email text, p_verifier text)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF coalesce(p_verifier, '') !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password is set as a SCRAM-SHA-256 verifier, never in plain text' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS '
                   'NOREPLICATION INHERIT CONNECTION LIMIT 32', p_login, p_verifier);
    -- Codes travel in the confirming call's text; this login's statements are never logged, even
    -- when the server or the database logs everything (role settings take precedence).
    EXECUTE format('ALTER ROLE %I SET log_statement = ''none''', p_login);
    EXECUTE format('ALTER ROLE %I SET log_min_error_statement = ''panic''', p_login);
    EXECUTE format('ALTER ROLE %I SET log_min_duration_statement = -1', p_login);
    INSERT INTO public.operators (login, display_name, email) VALUES (p_login, p_display_name, p_email);
END $$;

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

GRANT SET ON PARAMETER log_statement, log_min_error_statement, log_min_duration_statement TO pm_security;

-- Admins add operators (no capability yet). Returns NULL or why not.
CREATE FUNCTION pm_operator_create(p_login text, p_display_name text, p_email text, p_verifier text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    problem text := pm_private.login_problem(p_login);
BEGIN
    IF NOT pm_private.holds('admin') THEN
        problem := 'only admins add operators';
    END IF;
    IF problem IS NOT NULL THEN
        PERFORM pm_private.audit('operator.create', 'denied', jsonb_build_object('login', left(p_login, 64)),
                                 NULL, problem);
        RETURN problem;
    END IF;
    PERFORM pm_private.create_login(p_login, p_display_name, p_email, p_verifier);
    PERFORM pm_private.audit('operator.created', 'done',
                             jsonb_build_object('login', p_login, 'display_name', p_display_name, 'email', p_email));
    RETURN NULL;
END $$;

-- The first admin, from pmctl on the database owner's connection (no login may call it), only
-- while the store has no active admin.
CREATE FUNCTION pm_operator_bootstrap(p_login text, p_display_name text, p_email text, p_verifier text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    problem text := pm_private.login_problem(p_login);
BEGIN
    IF EXISTS (SELECT 1 FROM public.operators o
               WHERE o.status = 'active' AND public.pm_capability_of(o.login) = 'admin') THEN
        problem := 'the store has an admin already; admins add operators';
    END IF;
    IF problem IS NOT NULL THEN
        PERFORM pm_private.audit('operator.bootstrap', 'denied', jsonb_build_object('login', left(p_login, 64)),
                                 NULL, problem);
        RETURN problem;
    END IF;
    PERFORM pm_private.create_login(p_login, p_display_name, p_email, p_verifier);
    EXECUTE format('GRANT pm_admin TO %I', p_login);
    PERFORM pm_private.audit('operator.bootstrapped', 'done',
                             jsonb_build_object('login', p_login, 'display_name', p_display_name, 'to', 'admin'));
    RETURN NULL;
END $$;

-- Admins lift another operator's step-up lock early (audited); the failures that caused it stop
-- counting, so the next wrong code does not lock again at once.
CREATE FUNCTION pm_operator_unlock(p_login name) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found_operator boolean;
BEGIN
    IF NOT pm_private.holds('admin') OR p_login = session_user THEN
        PERFORM pm_private.audit('operator.unlock', 'denied', jsonb_build_object('login', p_login), NULL,
                                 'only another admin lifts a step-up lock');
        RETURN false;
    END IF;
    UPDATE public.operators SET stepup_locked_until = NULL WHERE login = p_login;
    found_operator := FOUND;
    DELETE FROM pm_private.stepup_failures WHERE operator = p_login;
    PERFORM pm_private.audit('operator.unlocked', CASE WHEN found_operator THEN 'done' ELSE 'no such operator' END,
                             jsonb_build_object('login', p_login));
    RETURN found_operator;
END $$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'pm_private.policy_fields()', 'pm_private.params_problem(pm_stepup_action, jsonb)',
        'pm_private.apply_capability(name, text)', 'pm_private.export_rows(text, jsonb)',
        'pm_private.login_problem(text)', 'pm_private.create_login(text, text, text, text)',
        'pm_password_reset_confirm(uuid, text, text)', 'pm_role_change_confirm(uuid, text, name, text)',
        'pm_role_change_approve_confirm(uuid, text, bigint)',
        'pm_export_confirm(uuid, text, text, text, jsonb)', 'pm_policy_change_confirm(uuid, text, jsonb)',
        'pm_operator_create(text, text, text, text)', 'pm_operator_bootstrap(text, text, text, text)',
        'pm_operator_unlock(name)', 'pm_provider_sync_now(integer)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO pm_security', f);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pm_password_reset_confirm(uuid, text, text), pm_export_confirm(uuid, text, text, text, jsonb),
    pm_policy_change_confirm(uuid, text, jsonb) TO pm_viewer;
GRANT EXECUTE ON FUNCTION pm_role_change_confirm(uuid, text, name, text),
    pm_role_change_approve_confirm(uuid, text, bigint), pm_operator_create(text, text, text, text),
    pm_operator_unlock(name) TO pm_admin;
GRANT EXECUTE ON FUNCTION pm_provider_sync_now(integer) TO pm_ops;
