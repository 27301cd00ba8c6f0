-- 0001 foundation: the identity of this PenguinMails store.
-- One row that says what kind of installation this database is (the console shows it, and the
-- demo marks itself here so that a demo cluster is never mistaken for production).
CREATE TABLE pm_instance (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    instance_id uuid NOT NULL DEFAULT gen_random_uuid(),
    kind        text NOT NULL DEFAULT 'production'
                CHECK (kind IN ('production', 'staging', 'demo', 'test')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    seeded_at   timestamptz,
    seeded_by   text
);

INSERT INTO pm_instance DEFAULT VALUES;

COMMENT ON TABLE pm_instance IS 'One row: what this PenguinMails store is (production, staging, demo, test).';
