-- CreateTable
CREATE TABLE "core"."audit_chain_head" (
    "district_id" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("district_id")
);

-- ---------------------------------------------------------------------------------------------
-- Roles as production runs them (ADR 0007): the owner (the role that migrates) owns every table
-- and is trusted; the runtime login acts as `cadre_app` and owns nothing. Row-level security is
-- therefore enabled but no longer forced: it binds every role but the owner, so the credential
-- lookups below (SECURITY DEFINER, owned by the owner) see across districts without a superuser.
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT c.relnamespace::regnamespace::text AS schema_name, c.relname AS table_name
             FROM pg_class c
            WHERE c.relkind = 'r' AND c.relforcerowsecurity
  LOOP
    EXECUTE format('ALTER TABLE %I.%I NO FORCE ROW LEVEL SECURITY', t.schema_name, t.table_name);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION core.enforce_tenancy() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
  s record;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
            WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\_%'
  LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO cadre_app', s.nspname);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO cadre_app', s.nspname);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO cadre_app', s.nspname);
  END LOOP;
  FOR t IN SELECT c.relnamespace::regnamespace::text AS schema_name, c.relname AS table_name
             FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
            WHERE c.relkind = 'r' AND a.attname = 'district_id' AND NOT a.attisdropped
              AND c.relnamespace::regnamespace::text NOT IN ('public', 'information_schema')
  LOOP
    EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', t.schema_name, t.table_name);
    IF NOT EXISTS (SELECT FROM pg_policies WHERE schemaname = t.schema_name
                      AND tablename = t.table_name AND policyname = 'district_isolation') THEN
      EXECUTE format('CREATE POLICY district_isolation ON %I.%I USING (district_id = core.current_district()) '
                     'WITH CHECK (district_id = core.current_district())', t.schema_name, t.table_name);
    END IF;
  END LOOP;
  -- Append-only and reference tables: the application reads them, the operator (or a trigger
  -- of the owner's) writes them.
  REVOKE UPDATE, DELETE, TRUNCATE ON core.audit_record FROM cadre_app;
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON core.audit_chain_head FROM cadre_app;
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON core.calendar_day, core.trusted_document FROM cadre_app;
  REVOKE DELETE, TRUNCATE ON core.district FROM cadre_app;
END $$;

-- ---------------------------------------------------------------------------------------------
-- The head of each district's audit chain, moved by the owner's trigger as records are appended
-- (the application may only read it). Writers link new records to the head, so records deleted
-- from the end leave a gap before the next record, and until then the head names what is gone.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION core.advance_audit_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $$
BEGIN
  INSERT INTO core.audit_chain_head AS h (district_id, seq, hash, at)
       VALUES (NEW.district_id, NEW.seq, NEW.hash, NEW.at)
  ON CONFLICT (district_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, at = EXCLUDED.at
        WHERE h.seq < EXCLUDED.seq;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION core.advance_audit_head() FROM PUBLIC;
CREATE TRIGGER audit_record_advance_head AFTER INSERT ON core.audit_record
  FOR EACH ROW EXECUTE FUNCTION core.advance_audit_head();

INSERT INTO core.audit_chain_head (district_id, seq, hash, at)
SELECT DISTINCT ON (district_id) district_id, seq, hash, at
  FROM core.audit_record ORDER BY district_id, seq DESC;

-- ---------------------------------------------------------------------------------------------
-- The outbox dispatcher serves every district: it claims due events through this function
-- instead of as the owner, so the runtime role needs no cross-district rights.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION core.claim_outbox_events(p_limit int, p_now timestamp, p_lease_until timestamp)
  RETURNS TABLE (id uuid, district_id uuid, type text, payload jsonb, attempts int,
                 created_at timestamp)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $$
BEGIN
  RETURN QUERY
  WITH due AS (
    SELECT e.id FROM core.outbox_event e
     WHERE e.status = 'PENDING' AND e.available_at <= p_now
     ORDER BY e.available_at, e.created_at
     LIMIT p_limit
       FOR UPDATE SKIP LOCKED
  )
  UPDATE core.outbox_event e
     SET available_at = p_lease_until, attempts = e.attempts + 1
    FROM due WHERE e.id = due.id
  RETURNING e.id, e.district_id, e.type, e.payload, e.attempts, e.created_at::timestamp;
END $$;
REVOKE ALL ON FUNCTION core.claim_outbox_events(int, timestamp, timestamp) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.claim_outbox_events(int, timestamp, timestamp) TO cadre_app;

SELECT core.enforce_tenancy();

-- A gateway that runs with the runtime login alone checks that nothing is pending before serving.
GRANT SELECT ON public._prisma_migrations TO cadre_app;
