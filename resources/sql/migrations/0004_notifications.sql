-- 0004 notifications, periodic jobs, worker presence and the first audited operations.
-- Detectors and system events record notification events; the notify.dispatch job groups and
-- throttles them (Alertmanager's group wait / group interval / repeat interval, a digest for info
-- items) into notifications; channels read those (the in-app feed) or get a job each (email).
-- security-reliability.md §4; docs/NOTIFICATIONS.md.

CREATE TYPE pm_severity AS ENUM ('info', 'warning', 'critical');

-- The alert policy: notification timers and detection thresholds, one row. Changing it is a
-- security/alert policy change (OTP-gated once operators and step-up exist).
CREATE TABLE alert_policy (
    id                        boolean PRIMARY KEY DEFAULT true CHECK (id),
    warning_group_wait_s      integer NOT NULL DEFAULT 120    CHECK (warning_group_wait_s >= 0),
    warning_group_interval_s  integer NOT NULL DEFAULT 900    CHECK (warning_group_interval_s > 0),
    warning_repeat_interval_s integer NOT NULL DEFAULT 14400  CHECK (warning_repeat_interval_s > 0),
    critical_group_wait_s     integer NOT NULL DEFAULT 30     CHECK (critical_group_wait_s >= 0),
    critical_group_interval_s integer NOT NULL DEFAULT 300    CHECK (critical_group_interval_s > 0),
    critical_repeat_interval_s integer NOT NULL DEFAULT 3600  CHECK (critical_repeat_interval_s > 0),
    critical_max_hold_s       integer NOT NULL DEFAULT 30     CHECK (critical_max_hold_s >= 0),
    digest_interval_s         integer NOT NULL DEFAULT 86400  CHECK (digest_interval_s > 0),
    -- Detection thresholds (deliverability.md §5): per IP and UTC day, once it has sent enough.
    detect_min_sent           integer NOT NULL DEFAULT 500    CHECK (detect_min_sent > 0),
    bounce_warning_pct        numeric(6, 3) NOT NULL DEFAULT 2.0,
    bounce_critical_pct       numeric(6, 3) NOT NULL DEFAULT 5.0,
    complaint_warning_pct     numeric(6, 3) NOT NULL DEFAULT 0.1,
    complaint_critical_pct    numeric(6, 3) NOT NULL DEFAULT 0.3,
    blocked_critical_pct      numeric(6, 3) NOT NULL DEFAULT 10.0,
    updated_at                timestamptz NOT NULL DEFAULT now(),
    CHECK (bounce_warning_pct <= bounce_critical_pct AND complaint_warning_pct <= complaint_critical_pct)
);
INSERT INTO alert_policy DEFAULT VALUES;

CREATE TABLE notification_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    severity     pm_severity NOT NULL,
    source       text NOT NULL,             -- detector or subsystem
    group_key    text NOT NULL,             -- related events share it
    dedupe_key   text NOT NULL,             -- the same item seen again shares it
    title        text NOT NULL,
    body         text NOT NULL DEFAULT '',
    subject_kind text CHECK (subject_kind IN ('incident', 'ip', 'pool', 'tenant', 'job', 'system')),
    subject_id   text,
    processed_at timestamptz                -- taken in by the dispatcher
);
CREATE INDEX notification_events_pending ON notification_events (id) WHERE processed_at IS NULL;
CREATE INDEX notification_events_processed ON notification_events (processed_at) WHERE processed_at IS NOT NULL;

-- What the channels deliver: one row per group notification, repeat or digest.
CREATE TABLE notifications (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    kind            text NOT NULL CHECK (kind IN ('first', 'update', 'repeat', 'digest')),
    severity        pm_severity NOT NULL,
    group_key       text NOT NULL,
    titles          text[] NOT NULL,       -- the first few distinct titles
    event_count     integer NOT NULL CHECK (event_count > 0),
    distinct_count  integer NOT NULL CHECK (distinct_count > 0),
    new_events      integer NOT NULL CHECK (new_events >= 0),
    subject_kind    text,
    subject_id      text
);
CREATE INDEX notifications_recent ON notifications (created_at DESC);

-- Who read what in the in-app feed (operators are PostgreSQL logins).
CREATE TABLE notification_reads (
    operator        name NOT NULL DEFAULT session_user,
    notification_id bigint NOT NULL REFERENCES notifications ON DELETE CASCADE,
    read_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (operator, notification_id)
);

-- What happened to each channel delivery that needs a job (email), for the console and for proof.
CREATE TABLE notification_deliveries (
    notification_id bigint NOT NULL REFERENCES notifications ON DELETE CASCADE,
    operator        name NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('email')),
    status          text NOT NULL CHECK (status IN ('sent', 'skipped', 'failed')),
    detail          text NOT NULL DEFAULT '',
    at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, operator, channel)
);

-- Per-operator channel preferences and quiet hours in the operator's own time zone.
CREATE TABLE notification_preferences (
    operator              name PRIMARY KEY DEFAULT session_user,
    email                 text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    email_min_severity    pm_severity NOT NULL DEFAULT 'warning',
    email_enabled         boolean NOT NULL DEFAULT true,
    tray_enabled          boolean NOT NULL DEFAULT true,
    time_zone             text NOT NULL DEFAULT 'UTC',
    quiet_start           time,           -- both or neither; may wrap midnight (22:00–07:00)
    quiet_end             time,
    critical_ignores_quiet boolean NOT NULL DEFAULT true,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL)),
    CHECK (quiet_start IS NULL OR quiet_start <> quiet_end)
);

CREATE FUNCTION pm_check_time_zone() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = NEW.time_zone) THEN
        RAISE EXCEPTION 'unknown time zone "%"', NEW.time_zone USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Use an IANA name such as Europe/Berlin or America/New_York.';
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER notification_preferences_tz BEFORE INSERT OR UPDATE ON notification_preferences
    FOR EACH ROW EXECUTE FUNCTION pm_check_time_zone();

-- When the operator's quiet hours around @at end, or NULL when @at is not in quiet hours.
CREATE FUNCTION pm_quiet_until(p_operator name, p_at timestamptz) RETURNS timestamptz
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    pref public.notification_preferences;
    local_at timestamp;
    t time;
BEGIN
    SELECT * INTO pref FROM public.notification_preferences WHERE operator = p_operator;
    IF NOT FOUND OR pref.quiet_start IS NULL THEN
        RETURN NULL;
    END IF;
    local_at := p_at AT TIME ZONE pref.time_zone;
    t := local_at::time;
    IF pref.quiet_start < pref.quiet_end THEN
        IF t >= pref.quiet_start AND t < pref.quiet_end THEN
            RETURN (local_at::date + pref.quiet_end) AT TIME ZONE pref.time_zone;
        END IF;
    ELSIF t >= pref.quiet_start THEN
        RETURN (local_at::date + 1 + pref.quiet_end) AT TIME ZONE pref.time_zone;
    ELSIF t < pref.quiet_end THEN
        RETURN (local_at::date + pref.quiet_end) AT TIME ZONE pref.time_zone;
    END IF;
    RETURN NULL;
END $$;

-- The dispatcher's grouping state (NotificationGrouper, serialised). One row; dispatchers lock it,
-- so two workers never group at once and a crashed dispatch changes nothing.
CREATE TABLE notification_dispatch_state (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    state      jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO notification_dispatch_state DEFAULT VALUES;

-- Records a notification event and schedules the dispatch for when its group could first be due.
-- @p_at backdates an event found by a backfill over past data (default: now).
CREATE FUNCTION pm_notify_event(p_severity pm_severity, p_source text, p_group_key text, p_dedupe_key text,
                                p_title text, p_body text DEFAULT '', p_subject_kind text DEFAULT NULL,
                                p_subject_id text DEFAULT NULL, p_at timestamptz DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    new_id bigint;
    wait_s integer;
    due timestamptz;
BEGIN
    INSERT INTO public.notification_events (created_at, severity, source, group_key, dedupe_key, title, body,
                                            subject_kind, subject_id)
    VALUES (least(coalesce(p_at, clock_timestamp()), clock_timestamp()), p_severity, p_source, p_group_key,
            coalesce(nullif(p_dedupe_key, ''), p_title), p_title, coalesce(p_body, ''), p_subject_kind, p_subject_id)
    RETURNING id INTO new_id;
    IF p_severity <> 'info' THEN
        SELECT CASE WHEN p_severity = 'critical' THEN least(critical_group_wait_s, critical_max_hold_s)
                    ELSE warning_group_wait_s END
        INTO wait_s FROM public.alert_policy;
        due := date_trunc('second', clock_timestamp()) + make_interval(secs => wait_s + 1);
        -- One dispatch per second at most, however many events arrive.
        PERFORM public.pm_job_enqueue('notify', 'notify.dispatch', '{}'::jsonb, 1::smallint, due, 5,
                                      'notify.dispatch@' || extract(epoch FROM due)::bigint);
    END IF;
    RETURN new_id;
END $$;

-- Fans one notification out to the channels that need a job (email), per operator preference;
-- quiet hours defer the email to their end (critical ones go at once unless the operator chose
-- otherwise). The in-app feed and the tray read the notifications table itself.
CREATE FUNCTION pm_fan_out_notification(p_notification_id bigint) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    n public.notifications;
    pref public.notification_preferences;
    send_at timestamptz;
    jobs integer := 0;
BEGIN
    SELECT * INTO n FROM public.notifications WHERE id = p_notification_id;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    FOR pref IN SELECT * FROM public.notification_preferences
                WHERE email_enabled AND email IS NOT NULL AND n.severity >= email_min_severity LOOP
        send_at := now();
        IF NOT (n.severity = 'critical' AND pref.critical_ignores_quiet) THEN
            send_at := coalesce(public.pm_quiet_until(pref.operator, now()), now());
        END IF;
        PERFORM public.pm_job_enqueue('notify', 'notify.email',
                                      jsonb_build_object('notification_id', n.id, 'operator', pref.operator),
                                      CASE WHEN n.severity = 'critical' THEN 0 ELSE 2 END::smallint, send_at, 8,
                                      format('notify.email:%s:%s', n.id, pref.operator));
        jobs := jobs + 1;
    END LOOP;
    RETURN jobs;
END $$;

-- Workers announce themselves and renew their presence; the console counts the live ones.
CREATE TABLE queue_workers (
    worker_id    text PRIMARY KEY,
    host         text NOT NULL,
    pid          integer NOT NULL,
    queues       text[] NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);

-- Jobs that recur: enqueued when due by whichever worker gets there first (rows locked with SKIP
-- LOCKED, and one unique key per period, so several processes never double them).
CREATE TABLE periodic_jobs (
    name        text PRIMARY KEY,
    kind        text NOT NULL,
    queue       text NOT NULL DEFAULT 'default',
    args        jsonb NOT NULL DEFAULT '{}'::jsonb,
    every       interval NOT NULL CHECK (every >= interval '1 second'),
    anchor      timestamptz NOT NULL DEFAULT '2026-01-05 02:00:00+00', -- a Monday, 02:00 UTC
    next_run_at timestamptz NOT NULL,
    enabled     boolean NOT NULL DEFAULT true,
    last_enqueued_at timestamptz
);

-- The first period boundary after @p_at on the grid anchor + k·every.
CREATE FUNCTION pm_next_period(p_anchor timestamptz, p_every interval, p_at timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT p_anchor + p_every * (floor(extract(epoch FROM p_at - p_anchor) / extract(epoch FROM p_every)) + 1)
$$;

-- Enqueues the due periodic jobs among @p_kinds (the kinds the calling worker can run: a worker
-- never schedules work that only another build could do).
CREATE FUNCTION pm_periodic_enqueue_due(p_kinds text[]) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    p public.periodic_jobs;
    enqueued integer := 0;
BEGIN
    FOR p IN SELECT * FROM public.periodic_jobs WHERE enabled AND next_run_at <= now() AND kind = ANY(p_kinds)
             ORDER BY next_run_at FOR UPDATE SKIP LOCKED LOOP
        PERFORM public.pm_job_enqueue(p.queue, p.kind, p.args, 2::smallint, p.next_run_at, 3,
                                      format('periodic:%s:%s', p.name, extract(epoch FROM p.next_run_at)::bigint));
        -- Missed periods (everything stopped for a while) run once, not once per period.
        UPDATE public.periodic_jobs SET next_run_at = public.pm_next_period(p.anchor, p.every, now()),
                                        last_enqueued_at = now()
        WHERE name = p.name;
        enqueued := enqueued + 1;
    END LOOP;
    RETURN enqueued;
END $$;

INSERT INTO periodic_jobs (name, kind, queue, every, next_run_at) VALUES
    ('notification-dispatch', 'notify.dispatch', 'notify', interval '1 minute', now()),
    ('threshold-detection', 'signals.detect', 'default', interval '5 minutes', now()),
    ('queue-maintenance', 'system.prune', 'default', interval '1 hour', now());
-- Mondays 02:00 UTC. Disabled until the reputation heuristic's handler exists: a periodic job
-- without a handler would only dead-letter.
INSERT INTO periodic_jobs (name, kind, queue, every, next_run_at, enabled) VALUES
    ('weekly-reputation', 'reputation.weekly', 'default', interval '7 days',
     pm_next_period('2026-01-05 02:00:00+00', interval '7 days', now()), false);

-- Who did what to what, for operations that change state on someone's say-so. Operators, roles
-- and the hash chain come with the security work; this is the table they extend.
CREATE TABLE admin_audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       name NOT NULL DEFAULT session_user,
    action      text NOT NULL,
    scope       jsonb NOT NULL DEFAULT '{}'::jsonb,
    outcome     text NOT NULL,
    client_host text DEFAULT inet_client_addr()::text
);

-- Re-queue or discard a dead-lettered job, with its audit row in the same transaction.
CREATE FUNCTION pm_job_requeue_dead(p_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    job_kind text;
BEGIN
    UPDATE public.jobs SET state = 'available', attempt = 0, scheduled_at = now(), finished_at = NULL
    WHERE id = p_id AND state = 'discarded' RETURNING kind INTO job_kind;
    INSERT INTO public.admin_audit_log (action, scope, outcome)
    VALUES ('job.requeue', jsonb_build_object('job_id', p_id, 'kind', job_kind),
            CASE WHEN job_kind IS NULL THEN 'refused: not dead-lettered' ELSE 'done' END);
    IF job_kind IS NOT NULL THEN
        PERFORM pg_notify('pm_jobs', (SELECT queue FROM public.jobs WHERE id = p_id));
    END IF;
    RETURN job_kind IS NOT NULL;
END $$;

CREATE FUNCTION pm_job_discard_dead(p_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    job_kind text;
BEGIN
    UPDATE public.jobs SET state = 'cancelled', finished_at = now()
    WHERE id = p_id AND state = 'discarded' RETURNING kind INTO job_kind;
    INSERT INTO public.admin_audit_log (action, scope, outcome)
    VALUES ('job.discard', jsonb_build_object('job_id', p_id, 'kind', job_kind),
            CASE WHEN job_kind IS NULL THEN 'refused: not dead-lettered' ELSE 'done' END);
    RETURN job_kind IS NOT NULL;
END $$;

-- A dead-lettered job is a system event. Not for the notification jobs themselves: their failure
-- must not feed their own queue; it is logged by the worker.
CREATE FUNCTION pm_job_dead_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.kind NOT LIKE 'notify.%' THEN
        PERFORM public.pm_notify_event('warning', 'queue', 'queue.dead:' || NEW.kind, 'job:' || NEW.id,
                                       format('Job %s #%s dead-lettered after %s attempts', NEW.kind, NEW.id, NEW.attempt),
                                       coalesce(NEW.errors -> -1 ->> 'error', ''), 'job', NEW.id::text);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER jobs_dead_event AFTER UPDATE OF state ON jobs
    FOR EACH ROW WHEN (NEW.state = 'discarded' AND OLD.state IS DISTINCT FROM 'discarded')
    EXECUTE FUNCTION pm_job_dead_event();

-- The threshold detector (job signals.detect): per IP and UTC day (today and yesterday, or the last
-- @p_days days), rates against the alert policy. It reports what holds at each run; the
-- dispatcher's grouping turns the repetition into one notification and reminders. A backfill
-- (first start on existing data) dates each finding at the end of its day.
CREATE FUNCTION pm_detect_threshold_breaches(p_days integer DEFAULT 2, p_backfill boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    pol public.alert_policy;
    r record;
    found_count integer := 0;
BEGIN
    SELECT * INTO pol FROM public.alert_policy;
    FOR r IN
        WITH per_ip AS (
            SELECT d.day, d.ip_id, i.address, sum(d.sent) AS sent,
                   100.0 * sum(d.bounced_hard + d.bounced_soft) / sum(d.sent) AS bounce_pct,
                   100.0 * sum(d.complaints) / sum(d.sent) AS complaint_pct,
                   100.0 * sum(d.blocked) / sum(d.sent) AS blocked_pct
            FROM public.daily_rollups d JOIN public.ips i USING (ip_id)
            WHERE d.day >= (now() AT TIME ZONE 'UTC')::date - greatest(p_days, 1) + 1
            GROUP BY d.day, d.ip_id, i.address
            HAVING sum(d.sent) >= pol.detect_min_sent)
        SELECT day, ip_id, host(address) AS ip, 'bounce_rate' AS signal, bounce_pct AS pct,
               CASE WHEN bounce_pct >= pol.bounce_critical_pct THEN 'critical' ELSE 'warning' END AS severity,
               'Bounce rate' AS label
        FROM per_ip WHERE bounce_pct >= pol.bounce_warning_pct
        UNION ALL
        SELECT day, ip_id, host(address), 'complaint_rate', complaint_pct,
               CASE WHEN complaint_pct >= pol.complaint_critical_pct THEN 'critical' ELSE 'warning' END,
               'Complaint rate'
        FROM per_ip WHERE complaint_pct >= pol.complaint_warning_pct
        UNION ALL
        SELECT day, ip_id, host(address), 'blocked_rate', blocked_pct, 'critical', 'Blocked share'
        FROM per_ip WHERE blocked_pct >= pol.blocked_critical_pct
    LOOP
        PERFORM public.pm_notify_event(r.severity::public.pm_severity, 'threshold-detector',
                                       format('%s:ip:%s', r.signal, r.ip_id),
                                       format('%s:ip:%s:%s:%s', r.signal, r.ip_id, r.day, r.severity),
                                       format('%s %s%% on %s (%s)', r.label, round(r.pct, 2), r.ip, r.day),
                                       '', 'ip', r.ip_id::text,
                                       CASE WHEN p_backfill THEN (r.day + 1)::timestamp AT TIME ZONE 'UTC' END);
        found_count := found_count + 1;
    END LOOP;
    RETURN found_count;
END $$;

-- The hourly "system.prune" job: finished jobs after 7 days, taken-in notification events after
-- 30 days, workers silent for a day. Notifications themselves (the feed's history) stay.
CREATE FUNCTION pm_prune() RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    total integer := 0;
    n integer;
BEGIN
    DELETE FROM public.jobs WHERE state IN ('completed', 'cancelled') AND finished_at < now() - interval '7 days';
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
    DELETE FROM public.notification_events WHERE processed_at < now() - interval '30 days';
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
    DELETE FROM public.queue_workers WHERE last_seen_at < now() - interval '1 day';
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN total + n;
END $$;
