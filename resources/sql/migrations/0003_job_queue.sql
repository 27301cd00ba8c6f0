-- 0003 job queue: a durable queue in PostgreSQL (River / Oban vocabulary; security-reliability.md §3.5).
-- Claims use FOR UPDATE SKIP LOCKED under a lease; a lease that runs out (a worker killed, a
-- connection lost) is rescued, so delivery is at least once and every handler is idempotent.

CREATE TYPE pm_job_state AS ENUM ('available', 'running', 'retryable', 'completed', 'discarded', 'cancelled');

CREATE TABLE jobs (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue         text NOT NULL DEFAULT 'default',
    kind          text NOT NULL,
    args          jsonb NOT NULL DEFAULT '{}'::jsonb,  -- never secrets: ids and names only
    state         pm_job_state NOT NULL DEFAULT 'available',
    priority      smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 0 AND 4), -- 0 runs first
    attempt       integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL DEFAULT 8 CHECK (max_attempts > 0),
    scheduled_at  timestamptz NOT NULL DEFAULT now(), -- not before this moment
    attempted_at  timestamptz,
    finished_at   timestamptz,
    lease_until   timestamptz,                        -- a running job's worker must renew before this
    locked_by     text,                               -- worker id: host/pid/thread
    unique_key    text,
    errors        jsonb NOT NULL DEFAULT '[]'::jsonb, -- [{attempt, at, error}]
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (state <> 'running' OR (lease_until IS NOT NULL AND locked_by IS NOT NULL))
);

-- What a worker looks for; small because finished jobs leave this index.
CREATE INDEX jobs_ready ON jobs (queue, priority, scheduled_at, id) WHERE state IN ('available', 'retryable');
-- What the rescuer looks for.
CREATE INDEX jobs_leases ON jobs (lease_until) WHERE state = 'running';
-- A real constraint, not check-then-insert: one live job per key.
CREATE UNIQUE INDEX jobs_unique_live ON jobs (unique_key)
    WHERE unique_key IS NOT NULL AND state IN ('available', 'running', 'retryable');
CREATE INDEX jobs_finished ON jobs (finished_at) WHERE state IN ('completed', 'discarded', 'cancelled');

-- Enqueues a job (also inside the caller's transaction) and returns its id. With a unique key
-- that already has a live job, nothing is inserted and the live job's id is returned.
CREATE FUNCTION pm_job_enqueue(p_queue text, p_kind text, p_args jsonb DEFAULT '{}'::jsonb,
                               p_priority smallint DEFAULT 2, p_scheduled_at timestamptz DEFAULT now(),
                               p_max_attempts integer DEFAULT 8, p_unique_key text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    new_id bigint;
BEGIN
    INSERT INTO public.jobs (queue, kind, args, priority, scheduled_at, max_attempts, unique_key)
    VALUES (p_queue, p_kind, coalesce(p_args, '{}'::jsonb), p_priority, coalesce(p_scheduled_at, now()),
            p_max_attempts, p_unique_key)
    ON CONFLICT (unique_key) WHERE unique_key IS NOT NULL AND state IN ('available', 'running', 'retryable')
    DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NULL THEN
        SELECT id INTO new_id FROM public.jobs
        WHERE unique_key = p_unique_key AND state IN ('available', 'running', 'retryable');
        RETURN new_id;
    END IF;
    -- A hint for idle workers, delivered at commit; they poll as well.
    PERFORM pg_notify('pm_jobs', p_queue);
    RETURN new_id;
END $$;

-- Moves running jobs whose lease ran out back to retryable (or discarded when their attempts are
-- used up), noting why. Returns how many were rescued.
CREATE FUNCTION pm_job_rescue_expired() RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    rescued integer;
BEGIN
    UPDATE public.jobs
    SET state = CASE WHEN attempt >= max_attempts THEN 'discarded'::pm_job_state ELSE 'retryable' END,
        finished_at = CASE WHEN attempt >= max_attempts THEN now() END,
        scheduled_at = now(),
        errors = errors || jsonb_build_array(jsonb_build_object(
                     'attempt', attempt, 'at', now(),
                     'error', format('lease expired: worker %s stopped renewing it', locked_by))),
        lease_until = NULL,
        locked_by = NULL
    WHERE state = 'running' AND lease_until < now();
    GET DIAGNOSTICS rescued = ROW_COUNT;
    RETURN rescued;
END $$;

-- The queue's health, for the console.
CREATE VIEW job_queue_health AS
SELECT queue,
       count(*) FILTER (WHERE state IN ('available', 'retryable') AND scheduled_at <= now()) AS waiting,
       count(*) FILTER (WHERE state IN ('available', 'retryable') AND scheduled_at > now()) AS scheduled,
       count(*) FILTER (WHERE state = 'running') AS running,
       count(*) FILTER (WHERE state = 'retryable') AS failed,
       count(*) FILTER (WHERE state = 'discarded') AS dead,
       min(scheduled_at) FILTER (WHERE state IN ('available', 'retryable') AND scheduled_at <= now()) AS oldest_waiting
FROM jobs GROUP BY queue;
