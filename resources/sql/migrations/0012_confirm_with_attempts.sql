-- 0012 the gated actions confirm with a committed attempt (see 0011), and exports are fetched.
--
-- Each confirming function takes the attempt pm_stepup_attempt reserved, with the code; it still
-- checks the code, performs the action and writes the audit row in one transaction. Rolling it
-- back undoes the action and its audit row together and leaves the attempt charged.
--
-- An export is different: reading rows cannot be rolled back. pm_export_confirm therefore
-- consumes the code, writes the audit row and keeps the rows under a ticket; pm_export_fetch
-- hands them out only in a later transaction, once that audit row is committed, and only once.

DROP FUNCTION pm_password_reset_confirm(uuid, text, text);
DROP FUNCTION pm_role_change_confirm(uuid, text, name, text);
DROP FUNCTION pm_role_change_approve_confirm(uuid, text, bigint);
DROP FUNCTION pm_export_confirm(uuid, text, text, text, jsonb);
DROP FUNCTION pm_policy_change_confirm(uuid, text, jsonb);

-- 1. Password reset.
CREATE FUNCTION pm_password_reset_confirm(p_challenge uuid, p_attempt bigint, p_code text, p_verifier text)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v record;
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_attempt, p_code, 'password_reset',
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

-- 2a. Role change.
CREATE FUNCTION pm_role_change_confirm(p_challenge uuid, p_attempt bigint, p_code text, p_login name, p_capability text)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz, request_id bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v record;
    change jsonb;
    rid bigint;
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_attempt, p_code, 'role_change',
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

-- 2b. The second admin's approval.
CREATE FUNCTION pm_role_change_approve_confirm(p_challenge uuid, p_attempt bigint, p_code text, p_request bigint)
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
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_attempt, p_code, 'role_change',
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

-- 3. High-sensitivity export: the code is consumed and the export audited here; the rows wait
-- under a ticket for pm_export_fetch. Tickets live 10 minutes.
CREATE TABLE pm_private.export_tickets (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operator     name NOT NULL,
    challenge_id uuid NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    xact         xid8 NOT NULL DEFAULT pg_current_xact_id(),  -- the confirmation, which must have committed
    fetched_at   timestamptz,
    payload      jsonb                  -- NULL once fetched or expired
);
ALTER TABLE pm_private.export_tickets ENABLE ROW LEVEL SECURITY;
ALTER TABLE pm_private.export_tickets FORCE ROW LEVEL SECURITY;
REVOKE ALL ON pm_private.export_tickets FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON pm_private.export_tickets TO pm_security;
CREATE POLICY pm_definer ON pm_private.export_tickets TO pm_security USING (true) WITH CHECK (true);

CREATE FUNCTION pm_export_confirm(p_challenge uuid, p_attempt bigint, p_code text, p_dataset text, p_format text,
                                  p_filters jsonb)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz, ticket bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    params jsonb := jsonb_build_object('dataset', p_dataset, 'format', p_format, 'filters', coalesce(p_filters, '{}'));
    v record;
    data jsonb;
    tid bigint;
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_attempt, p_code, 'data_export', params);
    IF NOT v.ok THEN
        RETURN QUERY SELECT v.outcome, v.attempts_left, v.locked_until, NULL::bigint;
        RETURN;
    END IF;
    DELETE FROM pm_private.export_tickets t WHERE t.created_at < clock_timestamp() - interval '1 day';
    UPDATE pm_private.export_tickets t SET payload = NULL
    WHERE t.payload IS NOT NULL AND t.created_at < clock_timestamp() - interval '10 minutes';
    data := pm_private.export_rows(p_dataset, coalesce(p_filters, '{}'));
    INSERT INTO pm_private.export_tickets (operator, challenge_id, payload) VALUES (session_user, p_challenge, data)
    RETURNING id INTO tid;
    PERFORM pm_private.audit('data.exported', 'done',
                             params || jsonb_build_object('rows', jsonb_array_length(data -> 'rows'), 'ticket', tid),
                             'data_export', NULL, p_challenge);
    RETURN QUERY SELECT 'done'::text, v.attempts_left, NULL::timestamptz, tid;
END $$;

-- The rows of a confirmed export, once, to the operator who confirmed it, in a transaction that
-- began after the confirmation (and its audit row) was committed. NULL (and an audit row) when no
-- such export is waiting.
CREATE FUNCTION pm_export_fetch(p_ticket bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t pm_private.export_tickets;
BEGIN
    SELECT * INTO t FROM pm_private.export_tickets x WHERE x.id = p_ticket FOR UPDATE;
    IF t.id IS NULL OR t.operator <> session_user OR t.fetched_at IS NOT NULL OR t.payload IS NULL
       OR coalesce(pg_xact_status(t.xact), 'committed') <> 'committed'
       OR t.created_at < clock_timestamp() - interval '10 minutes' THEN
        PERFORM pm_private.audit('data.export_fetch', 'refused', jsonb_build_object('ticket', p_ticket), 'data_export',
                                 'no such export ready for this operator, or fetched, expired or not yet committed');
        RETURN NULL;
    END IF;
    UPDATE pm_private.export_tickets x SET fetched_at = clock_timestamp(), payload = NULL WHERE x.id = t.id;
    RETURN t.payload;
END $$;

-- 4. Policy change.
CREATE FUNCTION pm_policy_change_confirm(p_challenge uuid, p_attempt bigint, p_code text, p_changes jsonb)
RETURNS TABLE (outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v record;
    before jsonb;
    after jsonb;
    b record;
    budgets jsonb := '{}';
BEGIN
    SELECT * INTO v FROM pm_private.stepup_consume(p_challenge, p_attempt, p_code, 'policy_change',
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

-- A transaction left open holds rows every step-up and audit write needs (the operator's own row,
-- the audit chain's head): operator sessions idle inside a transaction for 5 minutes are ended.
-- A session may lower or lift this for itself; the sweep's warning and the server's
-- pg_stat_activity still show who holds what.
CREATE OR REPLACE FUNCTION pm_private.create_login(p_login text, p_display_name text, p_email text, p_verifier text)
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
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = ''5min''', p_login);
    INSERT INTO public.operators (login, display_name, email) VALUES (p_login, p_display_name, p_email);
END $$;

DO $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT login FROM operators LOOP
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = ''5min''', o.login);
    END LOOP;
END $$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'pm_password_reset_confirm(uuid, bigint, text, text)', 'pm_role_change_confirm(uuid, bigint, text, name, text)',
        'pm_role_change_approve_confirm(uuid, bigint, text, bigint)',
        'pm_export_confirm(uuid, bigint, text, text, text, jsonb)', 'pm_export_fetch(bigint)',
        'pm_policy_change_confirm(uuid, bigint, text, jsonb)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO pm_security', f);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pm_password_reset_confirm(uuid, bigint, text, text),
    pm_export_confirm(uuid, bigint, text, text, text, jsonb), pm_export_fetch(bigint),
    pm_policy_change_confirm(uuid, bigint, text, jsonb) TO pm_viewer;
GRANT EXECUTE ON FUNCTION pm_role_change_confirm(uuid, bigint, text, name, text),
    pm_role_change_approve_confirm(uuid, bigint, text, bigint) TO pm_admin;
