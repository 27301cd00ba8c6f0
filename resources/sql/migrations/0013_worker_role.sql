-- 0013 the worker role: what a pmworkerd login needs, and nothing more.
--
-- Workers have connected as the database owner so far. In production a worker is a login that is
-- a member of pm_worker only (no superuser, no BYPASSRLS; docs/SECURITY.md), so this grants
-- pm_worker exactly what the standard handlers (jobs/StandardHandlers.cpp) and the queue execute:
-- claiming, renewing, completing, failing and releasing jobs, presence, periodic jobs,
-- notify.dispatch, notify.email, provider.sync with its pollers and the budget ledger,
-- stepup.deliver, provider.sync_due, signals.detect, system.prune and stepup.sweep.
--
-- - The invoker functions the worker calls run with the worker's rights, so their tables are
--   granted as if the worker issued their statements itself: pm_job_enqueue,
--   pm_job_rescue_expired, pm_periodic_enqueue_due, pm_notify_event, pm_fan_out_notification,
--   pm_quiet_until, pm_detect_threshold_breaches, pm_prune, pm_provider_sync_due,
--   pm_budget_reserve, and the SQL helpers pm_next_period and pm_provider_sync_minutes.
-- - The definer functions (pm_stepup_issue_code and pm_stepup_delivery_result, 0008, and
--   pm_stepup_sweep, 0011) run as pm_security and are already granted. Nothing they touch is
--   granted here: no pm_private table or function, and nothing on stepup_challenges, operators
--   or admin_audit_log.
-- - Trigger functions fired by the worker's writes (pm_job_dead_event, pm_check_account_settings,
--   pm_private.loops_account_guard) need no EXECUTE, because PostgreSQL checks it when a trigger
--   is created, not when it fires. What they call is still checked: pm_notify_event, and through
--   it pm_job_enqueue.
-- - No sequence grants: the worker inserts only into tables keyed by an identity column (drawn
--   without a privilege check) or with no generated key at all.
-- - One pm_worker policy per table: FOR SELECT where the worker only reads, FOR ALL where it
--   writes, as pm_definer and pm_admin_write do. UPDATE and DELETE with a WHERE clause,
--   ON CONFLICT and SELECT … FOR UPDATE all need the SELECT policy as well, so the grants below
--   decide which commands and columns the worker may write.
-- - SELECT is table-wide. The statements read nearly every column of these tables (SET x = x + 1,
--   WHERE, RETURNING, ON CONFLICT arbiters, SELECT * in the functions), and most of them are
--   readable by every viewer anyway. INSERT and UPDATE are granted by column: a worker moves jobs
--   through their states but never changes what a job is, and records a sync's outcome on a
--   provider account but never its address or settings.

DO $$
DECLARE
    t text;
BEGIN
    -- Read only: the alert policy, operators' email preferences (notify.email and its fan-out),
    -- budgets, the detector's data and the store's identity (pmworkerd's connection monitor).
    FOREACH t IN ARRAY ARRAY['alert_policy', 'notification_preferences', 'provider_budgets', 'daily_rollups', 'ips',
                             'pm_instance'] LOOP
        EXECUTE format('GRANT SELECT ON public.%I TO pm_worker', t);
        EXECUTE format('CREATE POLICY pm_worker ON public.%I FOR SELECT TO pm_worker USING (true)', t);
    END LOOP;
    -- Read and written; the grants after this block name the commands and columns.
    FOREACH t IN ARRAY ARRAY['jobs', 'queue_workers', 'periodic_jobs', 'notification_events', 'notifications',
                             'notification_dispatch_state', 'notification_deliveries', 'provider_accounts',
                             'provider_call_ledger', 'provider_daily_stats', 'provider_bounces',
                             'reputation_snapshots'] LOOP
        EXECUTE format('GRANT SELECT ON public.%I TO pm_worker', t);
        EXECUTE format('CREATE POLICY pm_worker ON public.%I TO pm_worker USING (true) WITH CHECK (true)', t);
    END LOOP;
    -- The migration runner owns the history table, not a migration. It exists whenever migrations
    -- run through the runner (pmctl migrate, the console). pmworkerd's connection monitor reads the
    -- schema version from it.
    IF to_regclass('public.pm_schema_migrations') IS NOT NULL THEN
        GRANT SELECT ON public.pm_schema_migrations TO pm_worker;
        CREATE POLICY pm_worker ON public.pm_schema_migrations FOR SELECT TO pm_worker USING (true);
    END IF;
END $$;

-- The queue (JobQueue.cpp; pm_job_enqueue, pm_job_rescue_expired, pm_prune). New jobs take the
-- default state and attempt; finished ones are pruned.
GRANT INSERT (queue, kind, args, priority, scheduled_at, max_attempts, unique_key),
      UPDATE (state, attempt, attempted_at, finished_at, lease_until, locked_by, scheduled_at, errors),
      DELETE
    ON jobs TO pm_worker;
-- Presence (Worker.cpp housekeeping and sign-off) and its pruning.
GRANT INSERT (worker_id, host, pid, queues), UPDATE (last_seen_at, queues), DELETE ON queue_workers TO pm_worker;
-- Due periodic jobs are locked (FOR UPDATE SKIP LOCKED) and moved on to their next period.
GRANT UPDATE (next_run_at, last_enqueued_at) ON periodic_jobs TO pm_worker;

-- Notifications: events recorded (pm_notify_event), taken in by the dispatcher and pruned; group
-- notifications stored; the dispatcher's state locked and saved; email deliveries recorded.
GRANT INSERT (created_at, severity, source, group_key, dedupe_key, title, body, subject_kind, subject_id),
      UPDATE (processed_at),
      DELETE
    ON notification_events TO pm_worker;
GRANT INSERT (kind, severity, group_key, titles, event_count, distinct_count, new_events, subject_kind, subject_id)
    ON notifications TO pm_worker;
GRANT UPDATE (state, updated_at) ON notification_dispatch_state TO pm_worker;
GRANT INSERT (notification_id, operator, channel, status, detail), UPDATE (status, detail, at)
    ON notification_deliveries TO pm_worker;

-- Provider accounts: only the outcome of a sync. provider_accounts_loops_guard still refuses any
-- write to the Loops account by anyone but the owner.
GRANT UPDATE (last_sync_at, last_error, last_error_at) ON provider_accounts TO pm_worker;
-- The call ledger (pm_budget_reserve). The budgets themselves stay read only: changing them is a
-- gated policy change.
GRANT INSERT (account_id, month), UPDATE (calls, cost, refused, last_refusal, last_refused_at)
    ON provider_call_ledger TO pm_worker;
-- What the pollers fetch (SyncStore.cpp, SndsSync.cpp): a re-fetched window replaces its days.
GRANT INSERT (account_id, day, scope, sent, delivered, bounced_hard, bounced_soft, complaints, blocked, opened),
      DELETE
    ON provider_daily_stats TO pm_worker;
GRANT INSERT (account_id, provider_id, bounced_at, type, recipient_domain, description, details),
      UPDATE (bounced_at, type, description, details)
    ON provider_bounces TO pm_worker;
GRANT INSERT (account_id, source, subject, day, status, metrics), UPDATE (status, metrics, fetched_at)
    ON reputation_snapshots TO pm_worker;

-- The functions the worker calls, directly or from the functions and triggers it runs. All are
-- invoker functions, so the grants above are what they may touch.
GRANT EXECUTE ON FUNCTION
    pm_job_enqueue(text, text, jsonb, smallint, timestamptz, integer, text),
    pm_job_rescue_expired(),
    pm_next_period(timestamptz, interval, timestamptz),
    pm_periodic_enqueue_due(text[]),
    pm_notify_event(pm_severity, text, text, text, text, text, text, text, timestamptz),
    pm_quiet_until(name, timestamptz),
    pm_fan_out_notification(bigint),
    pm_detect_threshold_breaches(integer, boolean),
    pm_prune(),
    pm_provider_sync_minutes(text, jsonb),
    pm_provider_sync_due(),
    pm_budget_reserve(integer)
    TO pm_worker;

-- The queue's own transitions are all a worker needs on jobs and events, so the policies say which
-- rows, not only which columns: a worker enqueues new jobs, runs the ones waiting or running, and
-- prunes finished ones — it cannot revive a dead-lettered job (pm_job_requeue_dead does that, with
-- its audit row) nor delete live work; events are recorded unprocessed, taken in once, and pruned
-- only once processed.
DROP POLICY pm_worker ON jobs;
CREATE POLICY pm_worker ON jobs FOR SELECT TO pm_worker USING (true);
CREATE POLICY pm_worker_enqueue ON jobs FOR INSERT TO pm_worker WITH CHECK (state = 'available' AND attempt = 0);
CREATE POLICY pm_worker_run ON jobs FOR UPDATE TO pm_worker
    USING (state IN ('available', 'retryable', 'running'))
    WITH CHECK (state IN ('available', 'retryable', 'running', 'completed', 'discarded'));
CREATE POLICY pm_worker_prune ON jobs FOR DELETE TO pm_worker USING (state IN ('completed', 'cancelled'));
DROP POLICY pm_worker ON notification_events;
CREATE POLICY pm_worker ON notification_events FOR SELECT TO pm_worker USING (true);
CREATE POLICY pm_worker_record ON notification_events FOR INSERT TO pm_worker WITH CHECK (processed_at IS NULL);
CREATE POLICY pm_worker_take ON notification_events FOR UPDATE TO pm_worker
    USING (processed_at IS NULL) WITH CHECK (processed_at IS NOT NULL);
CREATE POLICY pm_worker_prune ON notification_events FOR DELETE TO pm_worker USING (processed_at IS NOT NULL);

-- A sync job on the Loops account (ops may ask for one) records its outcome like any other: the
-- guard lets through an update that changes nothing but the three outcome columns, which is all
-- the worker's grant allows anyway. Where the codes go (address, key, template) stays the owner's.
CREATE OR REPLACE FUNCTION pm_private.loops_account_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    outcome text[] := ARRAY['last_sync_at', 'last_error', 'last_error_at'];
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.provider = 'loops' AND NEW.provider = 'loops'
       AND (to_jsonb(NEW) - outcome) = (to_jsonb(OLD) - outcome) THEN
        RETURN NEW;
    END IF;
    IF (TG_OP <> 'INSERT' AND OLD.provider = 'loops') OR (TG_OP <> 'DELETE' AND NEW.provider = 'loops') THEN
        IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION 'the Loops account delivers the one-time codes: only the database owner changes it'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
