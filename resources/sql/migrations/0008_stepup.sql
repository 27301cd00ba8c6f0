-- 0008 step-up: one-time codes sent by email, checked by the database.
--
-- A challenge binds an operator, an action kind and a digest of the action's parameters. Its code
-- is 8 digits drawn in the database from pg_strong_random (via gen_random_uuid), handed once to the
-- worker that emails it (pm_stepup_issue_code), and stored only as HMAC-SHA-256 under a pepper no
-- login can read. The code is never a job argument and never part of a statement's text, so
-- statement logging cannot record it. Verification (pm_private.stepup_consume) runs inside the
-- gated action's own function, in the transaction that performs the action and audits it.
--
-- Numbers (security-reliability.md §1.7): 5 minutes, 5 attempts per challenge, a new challenge
-- supersedes the previous one, at most one request per 60 s and 5 per hour, 10 failures in 24 h
-- lock step-up for 15 minutes and raise a critical notification.

CREATE TYPE pm_stepup_action AS ENUM ('password_reset', 'role_change', 'data_export', 'policy_change');

CREATE TABLE stepup_challenges (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    operator       name NOT NULL REFERENCES operators ON DELETE CASCADE,
    action         pm_stepup_action NOT NULL,
    scope          jsonb NOT NULL,                 -- what the action touches, for people (no secrets)
    params_digest  bytea NOT NULL,                 -- sha256 of the parameters the code is bound to
    status         text NOT NULL DEFAULT 'pending' CHECK (status IN (
                       'pending',          -- waiting for the worker
                       'sending',          -- code drawn, email on its way
                       'delivered',        -- the code can be used
                       'delivery_failed',  -- Loops refused or was unreachable
                       'delivery_unknown', -- the worker stopped mid-send: ask for a new code
                       'consumed', 'exhausted', 'superseded', 'expired', 'locked')),
    sent_to        text NOT NULL,                  -- masked address, for the dialog
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at     timestamptz NOT NULL,
    code_hmac      bytea,                          -- NULL until drawn, and again once used or dead
    issued_at      timestamptz,
    delivered_at   timestamptz,
    consumed_at    timestamptz,
    attempts       integer NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 5),
    delivery_error text
);
CREATE INDEX stepup_challenges_operator ON stepup_challenges (operator, created_at DESC);
ALTER TABLE stepup_challenges ENABLE ROW LEVEL SECURITY;
ALTER TABLE stepup_challenges FORCE ROW LEVEL SECURITY;
REVOKE ALL ON stepup_challenges FROM PUBLIC;
GRANT ALL ON stepup_challenges TO pm_security;
CREATE POLICY pm_definer ON stepup_challenges TO pm_security USING (true) WITH CHECK (true);
-- Operators see their own challenges' state — never the digest or the HMAC.
GRANT SELECT (id, operator, action, scope, status, sent_to, created_at, expires_at, issued_at, delivered_at,
              consumed_at, attempts, delivery_error) ON stepup_challenges TO pm_viewer;
CREATE POLICY pm_own ON stepup_challenges FOR SELECT TO pm_viewer USING (operator = session_user);

-- Failed verifications per operator, across challenges (the 24-hour lock-out counts these).
CREATE TABLE pm_private.stepup_failures (
    operator     name NOT NULL,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    challenge_id uuid,
    reason       text NOT NULL
);
CREATE INDEX stepup_failures_recent ON pm_private.stepup_failures (operator, at);

-- The pepper, kept as the two padded keys of HMAC-SHA-256 (key XOR ipad, key XOR opad).
CREATE TABLE pm_private.otp_pepper (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    ikey      bytea NOT NULL CHECK (length(ikey) = 64),
    okey      bytea NOT NULL CHECK (length(okey) = 64)
);
DO $$
DECLARE
    k bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
               || '\x00000000000000000000000000000000000000000000000000000000000000000000'::bytea;
    i bytea;
    o bytea;
BEGIN
    k := substr(k, 1, 64);
    i := k;
    o := k;
    FOR n IN 0..63 LOOP
        i := set_byte(i, n, get_byte(k, n) # 54);  -- 0x36
        o := set_byte(o, n, get_byte(k, n) # 92);  -- 0x5c
    END LOOP;
    INSERT INTO pm_private.otp_pepper VALUES (true, i, o);
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['stepup_failures', 'otp_pepper'] LOOP
        EXECUTE format('ALTER TABLE pm_private.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pm_private.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('REVOKE ALL ON pm_private.%I FROM PUBLIC', t);
        EXECUTE format('CREATE POLICY pm_definer ON pm_private.%I TO pm_security USING (true) WITH CHECK (true)', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT, DELETE ON pm_private.stepup_failures TO pm_security;
GRANT SELECT ON pm_private.otp_pepper TO pm_security;

-- HMAC-SHA-256(pepper, challenge id ‖ code), with the built-in sha256 (no extension needed, so it
-- runs on managed PostgreSQL such as NileDB too).
CREATE FUNCTION pm_private.otp_hmac(p_challenge uuid, p_code text) RETURNS bytea
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT sha256(p.okey || sha256(p.ikey || uuid_send(p_challenge) || convert_to(p_code, 'UTF8')))
    FROM pm_private.otp_pepper p
$$;

-- 8 uniform digits from 48 random bits of a version-4 UUID (its last group is all random), with
-- rejection of the top sliver so no digit string is likelier than another.
CREATE FUNCTION pm_private.otp_random_code() RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v bigint;
BEGIN
    LOOP
        v := ('x' || right(gen_random_uuid()::text, 12))::bit(48)::bigint;
        IF v < 281474900000000 THEN
            RETURN lpad((v % 100000000)::text, 8, '0');
        END IF;
    END LOOP;
END $$;

-- "e•••@example.com": enough to recognise the mailbox, not enough to harvest it.
CREATE FUNCTION pm_private.mask_email(p_email text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT left(p_email, 1) || '•••' || substr(p_email, strpos(p_email, '@'))
$$;

-- The digest a code is bound to: canonical jsonb text, so key order does not matter.
CREATE FUNCTION pm_private.params_digest(p_action pm_stepup_action, p_params jsonb) RETURNS bytea
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT sha256(convert_to(p_action::text || ':' || coalesce(p_params, '{}'::jsonb)::text, 'UTF8'))
$$;

-- What an action touches, for the dialog and the audit log: the parameters minus secrets.
CREATE FUNCTION pm_private.params_scope(p_params jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(p_params, '{}'::jsonb) - 'verifier'
$$;

-- Locks step-up when the operator's failures in 24 hours reach 10: live challenges die, an audit
-- row and a critical notification follow. Returns the lock's end (NULL when not locked).
CREATE FUNCTION pm_private.stepup_note_failure(p_operator name, p_challenge uuid, p_reason text)
RETURNS timestamptz
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    failures integer;
    until timestamptz;
BEGIN
    INSERT INTO pm_private.stepup_failures (operator, challenge_id, reason) VALUES (p_operator, p_challenge, p_reason);
    SELECT count(*) INTO failures FROM pm_private.stepup_failures
    WHERE operator = p_operator AND at > clock_timestamp() - interval '24 hours';
    IF failures < 10 OR NOT EXISTS (SELECT 1 FROM public.operators WHERE login = p_operator) THEN
        RETURN NULL;
    END IF;
    until := clock_timestamp() + interval '15 minutes';
    UPDATE public.operators SET stepup_locked_until = until WHERE login = p_operator;
    UPDATE public.stepup_challenges SET status = 'locked', code_hmac = NULL
    WHERE operator = p_operator AND status IN ('pending', 'sending', 'delivered');
    PERFORM pm_private.audit('stepup.locked', 'locked',
                             jsonb_build_object('operator', p_operator, 'failures_24h', failures, 'until', until),
                             NULL, 'too many failed codes', p_challenge);
    PERFORM public.pm_notify_event('critical', 'security', 'stepup.locked:' || p_operator,
                                   'stepup.locked:' || p_operator || ':' || extract(epoch FROM until)::bigint,
                                   format('Step-up locked for %s after %s failed codes in 24 hours', p_operator, failures),
                                   'Possible guessing of one-time codes. The lock ends at '
                                       || to_char(until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
                                       || '; an admin can lift it earlier.',
                                   'system', p_operator);
    RETURN until;
END $$;

-- Whether the session's login is an active operator whose own capability role covers @p_needed
-- (admin covers ops and executive, every capability covers viewer). Only the login's direct
-- membership counts: on PostgreSQL 15 a login may grant membership in itself to another login,
-- which must not turn that other login into a second admin. The owner (a superuser, who may do
-- anything anyway) passes, so that owner-run tools share these functions.
CREATE FUNCTION pm_private.holds(p_needed text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false)
        OR coalesce((SELECT o.status = 'active' FROM public.operators o WHERE o.login = session_user), false)
       AND CASE public.pm_capability_of(session_user)
               WHEN 'admin' THEN true
               WHEN 'executive' THEN p_needed IN ('executive', 'viewer')
               WHEN 'ops' THEN p_needed IN ('ops', 'viewer')
               WHEN 'viewer' THEN p_needed = 'viewer'
               ELSE false
           END
$$;

-- Why @p_params for @p_action may not be requested by the session's operator (NULL: it may).
-- Shapes are checked here so a code is never sent for an action that could not run.
CREATE FUNCTION pm_private.stepup_denial(p_action pm_stepup_action, p_params jsonb) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    keys text[];
BEGIN
    IF p_params IS NULL OR jsonb_typeof(p_params) <> 'object' THEN
        RETURN 'parameters must be a JSON object';
    END IF;
    SELECT coalesce(array_agg(k ORDER BY k), '{}') INTO keys FROM jsonb_object_keys(p_params) k;
    CASE p_action
    WHEN 'password_reset' THEN
        IF keys <> ARRAY['verifier'] OR coalesce(p_params ->> 'verifier', '')
               !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RETURN 'a password reset takes one SCRAM-SHA-256 verifier, never a plain password';
        END IF;
    WHEN 'role_change' THEN
        IF NOT pm_private.holds('admin') THEN
            RETURN 'only admins change roles';
        END IF;
        IF keys = ARRAY['approve'] THEN
            IF jsonb_typeof(p_params -> 'approve') <> 'number' THEN
                RETURN 'approve takes a role-change request number';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM public.role_change_requests r
                           WHERE r.id = (p_params ->> 'approve')::numeric AND r.status = 'pending'
                             AND r.requested_by <> session_user AND r.login <> session_user) THEN
                RETURN 'no pending request another admin made for someone else';
            END IF;
        ELSIF keys <> ARRAY['capability', 'login']
              OR coalesce(p_params ->> 'capability', '') NOT IN ('viewer', 'ops', 'executive', 'admin', 'none') THEN
            RETURN 'a role change takes a login and a capability (viewer, ops, executive, admin or none)';
        ELSIF NOT EXISTS (SELECT 1 FROM public.operators WHERE login = p_params ->> 'login') THEN
            RETURN 'no such operator';
        END IF;
    WHEN 'data_export' THEN
        IF NOT pm_private.holds('executive') THEN
            RETURN 'only executives and admins export';
        END IF;
        IF keys <> ARRAY['dataset', 'filters', 'format']
           OR coalesce(p_params ->> 'dataset', '') NOT IN ('tenant_revenue', 'audit_log', 'incident_history')
           OR coalesce(p_params ->> 'format', '') NOT IN ('csv', 'pdf')
           OR jsonb_typeof(p_params -> 'filters') <> 'object' THEN
            RETURN 'an export takes a dataset (tenant_revenue, audit_log, incident_history), a format (csv, pdf) and filters';
        END IF;
    WHEN 'policy_change' THEN
        IF NOT pm_private.holds('executive') THEN
            RETURN 'only executives and admins change policies';
        END IF;
        IF keys <> ARRAY['changes'] OR jsonb_typeof(p_params -> 'changes') <> 'object' THEN
            RETURN 'a policy change takes one object of changes';
        END IF;
    END CASE;
    RETURN pm_private.params_problem(p_action, p_params);  -- the action-specific checks (0009)
END $$;

-- Opens a challenge for the session's operator and queues the email. Refusals are answers, not
-- errors, so that their audit rows are kept. outcome: requested, denied, locked, cooldown,
-- rate_limited; retry_at says when asking again can succeed.
CREATE FUNCTION pm_stepup_request(p_action pm_stepup_action, p_params jsonb)
RETURNS TABLE (outcome text, challenge_id uuid, sent_to text, expires_at timestamptz, retry_at timestamptz,
               message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    op public.operators;
    denial text;
    scope jsonb := pm_private.params_scope(p_params);
    last_at timestamptz;
    hour_count integer;
    hour_oldest timestamptz;
    cid uuid;
    exp timestamptz;
BEGIN
    IF pg_column_size(p_params) > 16384 THEN
        scope := jsonb_build_object('oversized_parameters', pg_column_size(p_params));
        denial := 'parameters are too large';
    END IF;
    -- One request at a time per operator, so the cooldown cannot be raced.
    SELECT * INTO op FROM public.operators o WHERE o.login = session_user FOR UPDATE;
    IF denial IS NULL AND (op.login IS NULL OR op.status <> 'active') THEN
        denial := 'not an active operator';
    END IF;
    denial := coalesce(denial, pm_private.stepup_denial(p_action, p_params));
    IF denial IS NOT NULL THEN
        PERFORM pm_private.audit('stepup.requested', 'denied', scope, p_action::text, denial);
        RETURN QUERY SELECT 'denied'::text, NULL::uuid, NULL::text, NULL::timestamptz, NULL::timestamptz, denial;
        RETURN;
    END IF;
    IF op.stepup_locked_until > clock_timestamp() THEN
        PERFORM pm_private.audit('stepup.requested', 'locked', scope, p_action::text, 'step-up locked');
        RETURN QUERY SELECT 'locked'::text, NULL::uuid, NULL::text, NULL::timestamptz, op.stepup_locked_until,
                            'step-up is locked after too many wrong codes'::text;
        RETURN;
    END IF;
    SELECT max(c.created_at), count(*), min(c.created_at) INTO last_at, hour_count, hour_oldest
    FROM (SELECT s.created_at FROM public.stepup_challenges s
          WHERE s.operator = session_user AND s.created_at > clock_timestamp() - interval '1 hour'
          ORDER BY s.created_at DESC LIMIT 5) c;
    IF last_at > clock_timestamp() - interval '60 seconds' THEN
        PERFORM pm_private.audit('stepup.requested', 'cooldown', scope, p_action::text, 'resend within 60 s');
        RETURN QUERY SELECT 'cooldown'::text, NULL::uuid, NULL::text, NULL::timestamptz,
                            last_at + interval '60 seconds', 'a new code can be sent 60 seconds after the last'::text;
        RETURN;
    END IF;
    IF hour_count >= 5 THEN
        PERFORM pm_private.audit('stepup.requested', 'rate_limited', scope, p_action::text, '5 codes in an hour');
        RETURN QUERY SELECT 'rate_limited'::text, NULL::uuid, NULL::text, NULL::timestamptz,
                            hour_oldest + interval '1 hour', 'at most 5 codes are sent in an hour'::text;
        RETURN;
    END IF;
    -- A new code kills the previous one.
    UPDATE public.stepup_challenges s SET status = 'superseded', code_hmac = NULL
    WHERE s.operator = session_user AND s.status IN ('pending', 'sending', 'delivered');
    exp := clock_timestamp() + interval '5 minutes';
    INSERT INTO public.stepup_challenges (operator, action, scope, params_digest, sent_to, expires_at)
    VALUES (session_user, p_action, scope, pm_private.params_digest(p_action, p_params),
            pm_private.mask_email(op.email), exp)
    RETURNING id INTO cid;
    PERFORM public.pm_job_enqueue('notify', 'stepup.deliver', jsonb_build_object('challenge_id', cid), 0::smallint,
                                  now(), 3, 'stepup.deliver:' || cid);
    PERFORM pm_private.audit('stepup.requested', 'requested', scope, p_action::text, NULL, cid);
    RETURN QUERY SELECT 'requested'::text, cid, pm_private.mask_email(op.email), exp, NULL::timestamptz, NULL::text;
END $$;

-- For the worker: draws the code of a pending challenge, keeps only its HMAC and returns the code
-- with where to send it — once. A challenge found mid-send (the worker died after drawing) is
-- marked delivery_unknown: its code is gone, and a different code must not go out under the same
-- idempotency key, so the operator asks again.
CREATE FUNCTION pm_stepup_issue_code(p_challenge uuid)
RETURNS TABLE (code text, email text, display_name text, action pm_stepup_action, scope jsonb,
               expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    c public.stepup_challenges;
    fresh text;
BEGIN
    SELECT * INTO c FROM public.stepup_challenges s WHERE s.id = p_challenge FOR UPDATE;
    IF c.id IS NULL THEN
        RETURN;
    END IF;
    IF c.status = 'sending' THEN
        UPDATE public.stepup_challenges s SET status = 'delivery_unknown', code_hmac = NULL WHERE s.id = c.id;
        PERFORM pm_private.audit('stepup.delivery_unknown', 'failed', jsonb_build_object('operator', c.operator),
                                 c.action::text, 'the sending worker stopped before Loops confirmed', c.id);
        RETURN;
    END IF;
    IF c.status <> 'pending' THEN
        RETURN;
    END IF;
    IF c.expires_at <= clock_timestamp() THEN
        UPDATE public.stepup_challenges s SET status = 'expired' WHERE s.id = c.id;
        RETURN;
    END IF;
    fresh := pm_private.otp_random_code();
    UPDATE public.stepup_challenges s SET status = 'sending', issued_at = clock_timestamp(),
                                          code_hmac = pm_private.otp_hmac(c.id, fresh)
    WHERE s.id = c.id;
    RETURN QUERY SELECT fresh, o.email, o.display_name, c.action, c.scope, c.expires_at
                 FROM public.operators o WHERE o.login = c.operator;
END $$;

-- For the worker: what Loops said. Only a delivered code can be used.
CREATE FUNCTION pm_stepup_delivery_result(p_challenge uuid, p_delivered boolean, p_detail text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    c public.stepup_challenges;
BEGIN
    UPDATE public.stepup_challenges s
    SET status = CASE WHEN p_delivered THEN 'delivered' ELSE 'delivery_failed' END,
        delivered_at = CASE WHEN p_delivered THEN clock_timestamp() END,
        delivery_error = CASE WHEN p_delivered THEN NULL ELSE left(coalesce(p_detail, 'unknown error'), 500) END,
        code_hmac = CASE WHEN p_delivered THEN s.code_hmac END
    WHERE s.id = p_challenge AND s.status = 'sending'
    RETURNING * INTO c;
    IF c.id IS NULL THEN
        RETURN false;  -- superseded or locked meanwhile: the email went out for a dead code
    END IF;
    IF p_delivered THEN
        PERFORM pm_private.audit('stepup.code_sent', 'delivered',
                                 jsonb_build_object('operator', c.operator, 'sent_to', c.sent_to), c.action::text,
                                 NULL, c.id);
    ELSE
        PERFORM pm_private.audit('stepup.delivery_failed', 'failed',
                                 jsonb_build_object('operator', c.operator, 'sent_to', c.sent_to), c.action::text,
                                 left(coalesce(p_detail, ''), 500), c.id);
        PERFORM public.pm_notify_event('warning', 'security', 'stepup.delivery', 'stepup.delivery:' || c.id,
                                       'A one-time code could not be emailed',
                                       format('Code for %s (%s) not delivered: %s', c.operator, c.action,
                                              left(coalesce(p_detail, ''), 300)),
                                       'system', c.operator);
    END IF;
    RETURN true;
END $$;

-- The check at the heart of every gated action, called inside the action's function. The HMAC
-- and the row lock happen on every path, so wrong, expired, used and unknown codes cost the same
-- and answer the same ('invalid'); only malformed input (not 8 digits) is told apart, and it does
-- not use an attempt. Concurrent checks of one challenge queue on its row: exactly one can win.
CREATE FUNCTION pm_private.stepup_consume(p_challenge uuid, p_code text, p_action pm_stepup_action, p_params jsonb)
RETURNS TABLE (ok boolean, outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    digits text := regexp_replace(left(coalesce(p_code, ''), 64), '[[:space:]-]', '', 'g');
    c public.stepup_challenges;
    lock_end timestamptz;
    candidate bytea;
    reason text;
    used integer;
    scope jsonb := CASE WHEN pg_column_size(p_params) > 16384
                        THEN jsonb_build_object('oversized_parameters', pg_column_size(p_params))
                        ELSE pm_private.params_scope(p_params) END;
    denial text;
BEGIN
    -- The role and the operator's status are checked again now: a demoted or disabled operator's
    -- outstanding code does nothing.
    denial := pm_private.stepup_denial(p_action, p_params);
    IF denial IS NOT NULL THEN
        PERFORM pm_private.audit('stepup.verify', 'denied', scope, p_action::text, denial, p_challenge);
        RETURN QUERY SELECT false, 'invalid'::text, NULL::integer, NULL::timestamptz;
        RETURN;
    END IF;
    IF length(coalesce(p_code, '')) > 64 OR digits !~ '^[0-9]{8}$' THEN
        PERFORM pm_private.audit('stepup.verify', 'malformed', scope, p_action::text, 'not 8 digits', p_challenge);
        RETURN QUERY SELECT false, 'malformed'::text, NULL::integer, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT o.stepup_locked_until INTO lock_end FROM public.operators o WHERE o.login = session_user;
    IF lock_end > clock_timestamp() THEN
        PERFORM pm_private.audit('stepup.verify', 'locked', scope, p_action::text, 'step-up locked', p_challenge);
        RETURN QUERY SELECT false, 'locked'::text, 0, lock_end;
        RETURN;
    END IF;
    SELECT * INTO c FROM public.stepup_challenges s WHERE s.id = p_challenge FOR UPDATE;
    candidate := pm_private.otp_hmac(coalesce(p_challenge, '00000000-0000-0000-0000-000000000000'), digits);
    reason := CASE
        WHEN c.id IS NULL THEN 'unknown'
        WHEN c.operator <> session_user THEN 'other_operator'
        WHEN c.status = 'consumed' THEN 'reused'
        WHEN c.status IN ('superseded', 'exhausted', 'locked', 'delivery_failed', 'delivery_unknown') THEN c.status
        WHEN c.status = 'expired' OR c.expires_at <= clock_timestamp() THEN 'expired'
        WHEN c.status <> 'delivered' THEN 'not_delivered'
        WHEN c.action <> p_action THEN 'other_action'
        WHEN c.params_digest <> pm_private.params_digest(p_action, p_params) THEN 'other_parameters'
        WHEN c.code_hmac IS DISTINCT FROM candidate THEN 'wrong_code'
    END;
    IF reason IS NULL THEN
        UPDATE public.stepup_challenges s SET status = 'consumed', consumed_at = clock_timestamp(), code_hmac = NULL,
                                              attempts = s.attempts + 1
        WHERE s.id = c.id RETURNING s.attempts INTO used;
        PERFORM pm_private.audit('stepup.verified', 'success', scope, p_action::text, NULL, c.id);
        RETURN QUERY SELECT true, 'verified'::text, 5 - used, NULL::timestamptz;
        RETURN;
    END IF;

    used := c.attempts;
    IF c.id IS NOT NULL AND c.operator = session_user AND c.status = 'delivered' THEN
        IF c.expires_at <= clock_timestamp() THEN
            UPDATE public.stepup_challenges s SET status = 'expired', code_hmac = NULL WHERE s.id = c.id;
        ELSE
            UPDATE public.stepup_challenges s
            SET attempts = s.attempts + 1,
                status = CASE WHEN s.attempts + 1 >= 5 THEN 'exhausted' ELSE s.status END,
                code_hmac = CASE WHEN s.attempts + 1 >= 5 THEN NULL ELSE s.code_hmac END
            WHERE s.id = c.id RETURNING s.attempts INTO used;
        END IF;
    END IF;
    PERFORM pm_private.audit(CASE WHEN reason = 'reused' THEN 'stepup.token_reuse' ELSE 'stepup.verify' END,
                             'failed', scope, p_action::text, reason, p_challenge);
    IF reason IN ('reused', 'other_operator') THEN
        PERFORM public.pm_notify_event('warning', 'security', 'stepup.reuse:' || session_user,
                                       'stepup.reuse:' || coalesce(p_challenge::text, ''),
                                       format('A one-time code was presented again or by someone else (%s)', session_user),
                                       'Reason: ' || reason, 'system', session_user::text);
    END IF;
    lock_end := pm_private.stepup_note_failure(session_user, p_challenge, reason);
    RETURN QUERY SELECT false,
                        CASE WHEN lock_end IS NOT NULL THEN 'locked'
                             WHEN c.operator = session_user AND used >= 5 THEN 'exhausted'
                             ELSE 'invalid' END,
                        CASE WHEN c.operator = session_user THEN greatest(0, 5 - used) END,
                        lock_end;
END $$;

-- Ownership and execution rights: definer functions belong to pm_security; nothing is PUBLIC.
ALTER FUNCTION pm_private.otp_hmac(uuid, text) OWNER TO pm_security;
ALTER FUNCTION pm_private.otp_random_code() OWNER TO pm_security;
ALTER FUNCTION pm_private.mask_email(text) OWNER TO pm_security;
ALTER FUNCTION pm_private.params_digest(pm_stepup_action, jsonb) OWNER TO pm_security;
ALTER FUNCTION pm_private.params_scope(jsonb) OWNER TO pm_security;
ALTER FUNCTION pm_private.stepup_note_failure(name, uuid, text) OWNER TO pm_security;
ALTER FUNCTION pm_private.stepup_denial(pm_stepup_action, jsonb) OWNER TO pm_security;
ALTER FUNCTION pm_private.holds(text) OWNER TO pm_security;
ALTER FUNCTION pm_private.stepup_consume(uuid, text, pm_stepup_action, jsonb) OWNER TO pm_security;
ALTER FUNCTION pm_stepup_request(pm_stepup_action, jsonb) OWNER TO pm_security;
ALTER FUNCTION pm_stepup_issue_code(uuid) OWNER TO pm_security;
ALTER FUNCTION pm_stepup_delivery_result(uuid, boolean, text) OWNER TO pm_security;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pm_private FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pm_stepup_request(pm_stepup_action, jsonb), pm_stepup_issue_code(uuid),
    pm_stepup_delivery_result(uuid, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pm_stepup_request(pm_stepup_action, jsonb) TO pm_viewer;
GRANT EXECUTE ON FUNCTION pm_stepup_issue_code(uuid), pm_stepup_delivery_result(uuid, boolean, text) TO pm_worker;
