-- 0011 step-up attempts are charged in a transaction of their own.
--
-- Until now the attempt counter, the 24-hour failure count, the lock-out and the audit rows were
-- written inside the confirming call's transaction. A psql user could wrap each guess in
-- BEGIN … ROLLBACK (or a DO block catching the error) and guess for free, since the answer came
-- back before the rollback took the counting away. PostgreSQL has no autonomous transactions, so
-- the rule is now: nothing that depends on whether a guess is right is visible until the attempt
-- it uses has been committed.
--
-- 1. pm_stepup_attempt(challenge, code) charges one attempt and remembers the guess (as its HMAC)
--    in pm_private.stepup_attempts. It reveals nothing about the guess: every usable challenge
--    answers 'reserved', right code or wrong.
-- 2. The confirming functions (0012) take that attempt's id with the code. They accept only an
--    attempt whose own transaction has committed — never one reserved in the confirming
--    transaction itself — and only the code it reserved. Rolling the confirmation back hands the
--    same attempt back for the same guess: nothing new is learnt. "Committed" is asked of the
--    transaction status itself (pg_xact_status), not of clocks, which can step back.
-- 3. Failures are counted from committed rows (stepup_failures_counted), since the later of 24
--    hours ago and the operator's last lock or unlock, so a lock cannot be rolled away: the next
--    attempt finds the failures committed, and the "stepup.sweep" job locks (and raises the
--    critical notification for) an operator whose lock a rolled-back confirmation left unwritten.
--    Three locks in 24 hours keep step-up locked for a day, or until an admin lifts it.

CREATE TABLE pm_private.stepup_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id uuid,                    -- as presented (may name no challenge)
    operator     name NOT NULL,
    guess_hmac   bytea,                   -- the one code this attempt may test; NULL for a refusal
    reserved_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    xact         xid8 NOT NULL DEFAULT pg_current_xact_id(),  -- must have committed before it is used
    used_at      timestamptz,
    succeeded    boolean,                 -- NULL until a confirmation tells (and counted as failed)
    reason       text
);
CREATE INDEX stepup_attempts_recent ON pm_private.stepup_attempts (operator, reserved_at);

-- Locks and unlocks: each starts a fresh failure count.
CREATE TABLE pm_private.stepup_locks (
    operator name NOT NULL,
    at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    kind     text NOT NULL CHECK (kind IN ('locked', 'unlocked')),
    until    timestamptz,
    failures integer
);
CREATE INDEX stepup_locks_recent ON pm_private.stepup_locks (operator, at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['stepup_attempts', 'stepup_locks'] LOOP
        EXECUTE format('ALTER TABLE pm_private.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pm_private.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('REVOKE ALL ON pm_private.%I FROM PUBLIC', t);
        EXECUTE format('CREATE POLICY pm_definer ON pm_private.%I TO pm_security USING (true) WITH CHECK (true)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON pm_private.%I TO pm_security', t);
    END LOOP;
END $$;

-- The failures that count towards the next lock: confirmations that failed, refusals, and
-- attempts never confirmed whose code was wrong — or whose challenge died unused. An attempt with
-- the right code whose action failed (a dropped connection, a refused value) is no failure while
-- its challenge lives: the code was paid for, so looking at it here tells nothing for free.
-- Attempts reserved less than @p_grace ago and not yet used are left out, so that the sweep never
-- locks an operator between the reservation of a code and its confirmation.
CREATE FUNCTION pm_private.stepup_failures_counted(p_operator name, p_grace interval DEFAULT '0')
RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT count(*)::integer FROM pm_private.stepup_attempts a
    LEFT JOIN public.stepup_challenges c ON c.id = a.challenge_id
    WHERE a.operator = p_operator
      AND a.reserved_at > greatest(clock_timestamp() - interval '24 hours',
                                   (SELECT max(l.at) FROM pm_private.stepup_locks l WHERE l.operator = p_operator))
      AND (a.succeeded = false
           OR a.succeeded IS NULL AND a.reserved_at <= clock_timestamp() - p_grace
              AND (c.code_hmac IS NULL OR a.guess_hmac IS DISTINCT FROM c.code_hmac))
$$;

-- Locks step-up when the operator's counted failures reach 10: live challenges die, an audit row
-- and a critical notification follow. Returns the lock's end (NULL when not locked).
CREATE FUNCTION pm_private.stepup_lock_if_due(p_operator name, p_challenge uuid, p_grace interval DEFAULT '0')
RETURNS timestamptz
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    failures integer := pm_private.stepup_failures_counted(p_operator, p_grace);
    earlier integer;
    until timestamptz;
BEGIN
    IF failures < 10 THEN
        RETURN NULL;
    END IF;
    -- Two failing confirmations (or one and the sweep) must not lock twice.
    SELECT o.stepup_locked_until INTO until FROM public.operators o WHERE o.login = p_operator FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    ELSIF until > clock_timestamp() THEN
        RETURN until;
    END IF;
    SELECT count(*) INTO earlier FROM pm_private.stepup_locks l
    WHERE l.operator = p_operator AND l.kind = 'locked' AND l.at > clock_timestamp() - interval '24 hours';
    until := clock_timestamp() + CASE WHEN earlier >= 2 THEN interval '24 hours' ELSE interval '15 minutes' END;
    INSERT INTO pm_private.stepup_locks (operator, kind, until, failures) VALUES (p_operator, 'locked', until, failures);
    UPDATE public.operators SET stepup_locked_until = until WHERE login = p_operator;
    UPDATE public.stepup_challenges SET status = 'locked', code_hmac = NULL
    WHERE operator = p_operator AND status IN ('pending', 'sending', 'delivered');
    PERFORM pm_private.audit('stepup.locked', 'locked',
                             jsonb_build_object('operator', p_operator, 'failures', failures, 'until', until,
                                                'lock_in_24h', earlier + 1),
                             NULL, 'too many failed codes', p_challenge);
    PERFORM public.pm_notify_event('critical', 'security', 'stepup.locked:' || p_operator,
                                   'stepup.locked:' || p_operator || ':' || extract(epoch FROM until)::bigint,
                                   format('Step-up locked for %s after %s failed codes', p_operator, failures),
                                   'Possible guessing of one-time codes. The lock ends at '
                                       || to_char(until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
                                       || CASE WHEN earlier >= 2 THEN ' (third lock in 24 hours)' ELSE '' END
                                       || '; an admin can lift it earlier.',
                                   'system', p_operator);
    RETURN until;
END $$;

-- A failed attempt that tested no code (the challenge was unknown, someone else's, used, dead or
-- expired): it counts towards the lock all the same.
CREATE FUNCTION pm_private.stepup_refuse_attempt(p_challenge uuid, p_reason text) RETURNS timestamptz
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO pm_private.stepup_attempts (challenge_id, operator, used_at, succeeded, reason)
    VALUES (p_challenge, session_user, clock_timestamp(), false, p_reason);
    PERFORM pm_private.audit(CASE WHEN p_reason = 'reused' THEN 'stepup.token_reuse' ELSE 'stepup.verify' END,
                             'failed', '{}'::jsonb, NULL, p_reason, p_challenge);
    IF p_reason IN ('reused', 'other_operator') THEN
        PERFORM public.pm_notify_event('warning', 'security', 'stepup.reuse:' || session_user,
                                       'stepup.reuse:' || coalesce(p_challenge::text, ''),
                                       format('A one-time code was presented again or by someone else (%s)', session_user),
                                       'Reason: ' || p_reason, 'system', session_user::text);
    END IF;
    RETURN pm_private.stepup_lock_if_due(session_user, p_challenge);
END $$;

-- Step one of every confirmation: charges an attempt on the session operator's challenge and
-- reserves it for the typed code. outcome: reserved (attempt_id set), malformed (not 8 digits, no
-- attempt used), invalid (the challenge cannot take a code), exhausted (5 attempts made), locked.
-- Whether the code is right is not told here, nor made visible in any table the caller can read.
CREATE FUNCTION pm_stepup_attempt(p_challenge uuid, p_code text)
RETURNS TABLE (outcome text, attempt_id bigint, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    digits text := regexp_replace(left(coalesce(p_code, ''), 64), '[[:space:]-]', '', 'g');
    lock_end timestamptz;
    c public.stepup_challenges;
    reason text;
    aid bigint;
BEGIN
    IF length(coalesce(p_code, '')) > 64 OR digits !~ '^[0-9]{8}$' THEN
        PERFORM pm_private.audit('stepup.verify', 'malformed', '{}'::jsonb, NULL, 'not 8 digits', p_challenge);
        RETURN QUERY SELECT 'malformed'::text, NULL::bigint, NULL::integer, NULL::timestamptz;
        RETURN;
    END IF;
    -- One attempt at a time per operator: the counts below cannot be raced.
    SELECT o.stepup_locked_until INTO lock_end FROM public.operators o WHERE o.login = session_user FOR UPDATE;
    IF lock_end > clock_timestamp() THEN
        PERFORM pm_private.audit('stepup.verify', 'locked', '{}'::jsonb, NULL, 'step-up locked', p_challenge);
        RETURN QUERY SELECT 'locked'::text, NULL::bigint, 0, lock_end;
        RETURN;
    END IF;
    -- Failures a rolled-back confirmation left without their lock.
    lock_end := pm_private.stepup_lock_if_due(session_user, p_challenge);
    IF lock_end IS NOT NULL THEN
        RETURN QUERY SELECT 'locked'::text, NULL::bigint, 0, lock_end;
        RETURN;
    END IF;
    SELECT * INTO c FROM public.stepup_challenges s WHERE s.id = p_challenge FOR UPDATE;
    reason := CASE
        WHEN c.id IS NULL THEN 'unknown'
        WHEN c.operator <> session_user THEN 'other_operator'
        WHEN c.status = 'consumed' THEN 'reused'
        WHEN c.status IN ('superseded', 'exhausted', 'locked', 'delivery_failed', 'delivery_unknown') THEN c.status
        WHEN c.status = 'expired' OR c.expires_at <= clock_timestamp() THEN 'expired'
        WHEN c.status <> 'delivered' THEN 'not_delivered'
    END;
    IF reason IS NULL AND c.attempts >= 5 THEN
        reason := 'exhausted';  -- the sixth attempt is refused whatever the code
    END IF;
    IF reason IS NOT NULL THEN
        IF reason = 'expired' AND c.status = 'delivered' THEN
            UPDATE public.stepup_challenges s SET status = 'expired', code_hmac = NULL WHERE s.id = c.id;
        END IF;
        lock_end := pm_private.stepup_refuse_attempt(p_challenge, reason);
        RETURN QUERY SELECT CASE WHEN lock_end IS NOT NULL THEN 'locked'
                                 WHEN c.operator = session_user AND c.attempts >= 5 THEN 'exhausted'
                                 ELSE 'invalid' END, NULL::bigint,
                            CASE WHEN c.operator = session_user THEN greatest(0, 5 - c.attempts) END, lock_end;
        RETURN;
    END IF;
    UPDATE public.stepup_challenges s SET attempts = s.attempts + 1 WHERE s.id = c.id;
    INSERT INTO pm_private.stepup_attempts (challenge_id, operator, guess_hmac)
    VALUES (c.id, session_user, pm_private.otp_hmac(c.id, digits)) RETURNING id INTO aid;
    PERFORM pm_private.audit('stepup.attempt', 'charged', jsonb_build_object('attempt', c.attempts + 1),
                             c.action::text, NULL, c.id);
    RETURN QUERY SELECT 'reserved'::text, aid, 4 - c.attempts, NULL::timestamptz;
END $$;

-- Step two, inside each gated action's function: the attempt must be the caller's, for this
-- challenge, committed before this transaction, unused, and reserved for this very code. Only
-- then is the code compared with the challenge's. Wrong, expired, used and unknown answer alike
-- ('invalid'). Concurrent confirmations of one challenge queue on its row: exactly one can win.
CREATE FUNCTION pm_private.stepup_consume(p_challenge uuid, p_attempt bigint, p_code text,
                                          p_action pm_stepup_action, p_params jsonb)
RETURNS TABLE (ok boolean, outcome text, attempts_left integer, locked_until timestamptz)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    digits text := regexp_replace(left(coalesce(p_code, ''), 64), '[[:space:]-]', '', 'g');
    a pm_private.stepup_attempts;
    c public.stepup_challenges;
    lock_end timestamptz;
    why text;
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
    -- Locks in the order every step-up function takes them: operator, attempt, challenge.
    SELECT o.stepup_locked_until INTO lock_end FROM public.operators o WHERE o.login = session_user FOR UPDATE;
    IF lock_end > clock_timestamp() THEN
        PERFORM pm_private.audit('stepup.verify', 'locked', scope, p_action::text, 'step-up locked', p_challenge);
        RETURN QUERY SELECT false, 'locked'::text, 0, lock_end;
        RETURN;
    END IF;
    SELECT * INTO a FROM pm_private.stepup_attempts t WHERE t.id = p_attempt FOR UPDATE;
    why := CASE
        WHEN a.id IS NULL OR a.operator <> session_user OR a.challenge_id IS DISTINCT FROM p_challenge
             OR a.guess_hmac IS NULL THEN 'no_such_attempt'
        WHEN a.used_at IS NOT NULL THEN 'attempt_used'
        WHEN coalesce(pg_xact_status(a.xact), 'committed') <> 'committed' THEN 'attempt_not_committed'
        WHEN a.guess_hmac <> pm_private.otp_hmac(p_challenge, digits) THEN 'not_the_reserved_code'
    END;
    IF why IS NOT NULL THEN
        -- No code was compared: this neither tells anything nor counts as a guess.
        PERFORM pm_private.audit('stepup.verify', 'refused', scope, p_action::text, why, p_challenge);
        RETURN QUERY SELECT false, 'invalid'::text, NULL::integer, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT * INTO c FROM public.stepup_challenges s WHERE s.id = p_challenge FOR UPDATE;
    why := CASE
        WHEN c.status = 'consumed' THEN 'reused'
        WHEN c.status IN ('superseded', 'exhausted', 'locked', 'delivery_failed', 'delivery_unknown') THEN c.status
        WHEN c.status = 'expired' OR c.expires_at <= clock_timestamp() THEN 'expired'
        WHEN c.status <> 'delivered' THEN 'not_delivered'
        WHEN c.action <> p_action THEN 'other_action'
        WHEN c.params_digest <> pm_private.params_digest(p_action, p_params) THEN 'other_parameters'
        WHEN c.code_hmac IS DISTINCT FROM a.guess_hmac THEN 'wrong_code'
    END;
    UPDATE pm_private.stepup_attempts t SET used_at = clock_timestamp(), succeeded = why IS NULL, reason = why
    WHERE t.id = a.id;
    IF why IS NULL THEN
        UPDATE public.stepup_challenges s SET status = 'consumed', consumed_at = clock_timestamp(), code_hmac = NULL
        WHERE s.id = c.id;
        -- Earlier attempts with this right code whose action failed were no guesses either.
        UPDATE pm_private.stepup_attempts t SET succeeded = true, reason = 'right code, retried'
        WHERE t.challenge_id = c.id AND t.used_at IS NULL AND t.guess_hmac = a.guess_hmac;
        PERFORM pm_private.audit('stepup.verified', 'success', scope, p_action::text, NULL, c.id);
        RETURN QUERY SELECT true, 'verified'::text, 5 - c.attempts, NULL::timestamptz;
        RETURN;
    END IF;
    IF c.status = 'delivered' THEN
        UPDATE public.stepup_challenges s
        SET status = CASE WHEN s.expires_at <= clock_timestamp() THEN 'expired'
                          WHEN s.attempts >= 5 THEN 'exhausted' ELSE s.status END,
            code_hmac = CASE WHEN s.expires_at <= clock_timestamp() OR s.attempts >= 5 THEN NULL ELSE s.code_hmac END
        WHERE s.id = c.id;
    END IF;
    PERFORM pm_private.audit(CASE WHEN why = 'reused' THEN 'stepup.token_reuse' ELSE 'stepup.verify' END,
                             'failed', scope, p_action::text, why, p_challenge);
    IF why = 'reused' THEN
        PERFORM public.pm_notify_event('warning', 'security', 'stepup.reuse:' || session_user,
                                       'stepup.reuse:' || p_challenge::text,
                                       format('A one-time code was presented again (%s)', session_user),
                                       'Reason: reused', 'system', session_user::text);
    END IF;
    lock_end := pm_private.stepup_lock_if_due(session_user, p_challenge);
    RETURN QUERY SELECT false,
                        CASE WHEN lock_end IS NOT NULL THEN 'locked'
                             WHEN c.attempts >= 5 THEN 'exhausted' ELSE 'invalid' END,
                        greatest(0, 5 - c.attempts), lock_end;
END $$;

-- The "stepup.sweep" job (every minute): locks operators whose failures reached 10 without the
-- lock being committed (the confirmation that found the tenth failure was rolled back). An
-- operator whose row another transaction holds (a psql session left open inside an attempt) is
-- not waited for: a warning says the check could not be made, so hiding is itself seen.
CREATE FUNCTION pm_stepup_sweep() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    op name;
    locked integer := 0;
BEGIN
    FOR op IN SELECT o.login FROM public.operators o
              WHERE (o.stepup_locked_until IS NULL OR o.stepup_locked_until <= clock_timestamp())
                AND EXISTS (SELECT 1 FROM pm_private.stepup_attempts a
                            WHERE a.operator = o.login AND a.succeeded IS NOT TRUE
                              AND a.reserved_at > clock_timestamp() - interval '24 hours') LOOP
        BEGIN
            PERFORM 1 FROM public.operators o WHERE o.login = op FOR UPDATE NOWAIT;
            IF pm_private.stepup_lock_if_due(op, NULL, interval '2 minutes') IS NOT NULL THEN
                locked := locked + 1;
            END IF;
        EXCEPTION WHEN lock_not_available THEN
            PERFORM public.pm_notify_event('warning', 'security', 'stepup.sweep_blocked:' || op,
                                           'stepup.sweep_blocked:' || op || ':'
                                               || extract(epoch FROM date_trunc('hour', now()))::bigint,
                                           format('Step-up failures of %s could not be checked', op),
                                           'A transaction of this operator holds their row; until it ends, a '
                                               || 'lock-out their failures may call for is not written.',
                                           'system', op);
        END;
    END LOOP;
    RETURN locked;
END $$;
INSERT INTO periodic_jobs (name, kind, queue, every, next_run_at)
VALUES ('stepup-sweep', 'stepup.sweep', 'notify', interval '1 minute', now());

-- An admin lifts another operator's lock early (audited); the failures before it stop counting.
CREATE OR REPLACE FUNCTION pm_operator_unlock(p_login name) RETURNS boolean
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
    IF found_operator THEN
        INSERT INTO pm_private.stepup_locks (operator, kind) VALUES (p_login, 'unlocked');
    END IF;
    PERFORM pm_private.audit('operator.unlocked', CASE WHEN found_operator THEN 'done' ELSE 'no such operator' END,
                             jsonb_build_object('login', p_login));
    RETURN found_operator;
END $$;

-- The old single-step check and its failure table go; the confirming functions that used it are
-- replaced in 0012 within the same migration run.
DROP FUNCTION pm_private.stepup_consume(uuid, text, pm_stepup_action, jsonb);
DROP FUNCTION pm_private.stepup_note_failure(name, uuid, text);
DROP TABLE pm_private.stepup_failures;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'pm_private.stepup_failures_counted(name, interval)', 'pm_private.stepup_lock_if_due(name, uuid, interval)',
        'pm_private.stepup_refuse_attempt(uuid, text)', 'pm_stepup_attempt(uuid, text)',
        'pm_private.stepup_consume(uuid, bigint, text, pm_stepup_action, jsonb)', 'pm_stepup_sweep()'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO pm_security', f);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pm_stepup_attempt(uuid, text) TO pm_viewer;
GRANT EXECUTE ON FUNCTION pm_stepup_sweep() TO pm_worker;
