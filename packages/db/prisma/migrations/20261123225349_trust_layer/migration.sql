-- Audit records are re-chained from this migration on: a pre-release database that already has
-- some must be recreated (there is no honest way to vouch for records written before the chain).
DO $$ BEGIN
  IF EXISTS (SELECT FROM core.audit_record) THEN
    RAISE EXCEPTION 'core.audit_record has unchained records: recreate this pre-release database';
  END IF;
END $$;
-- Sessions now carry their district; existing ones simply end.
DELETE FROM core.session;

-- CreateEnum
CREATE TYPE "core"."CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "core"."OutboxStatus" AS ENUM ('PENDING', 'DELIVERED', 'DEAD');

-- AlterTable
ALTER TABLE "core"."audit_record" ADD COLUMN     "actor" TEXT NOT NULL,
ADD COLUMN     "algorithm" TEXT NOT NULL,
ADD COLUMN     "hash" TEXT NOT NULL,
ADD COLUMN     "prev_hash" TEXT NOT NULL,
ADD COLUMN     "request_id" TEXT,
ADD COLUMN     "seq" BIGINT NOT NULL,
ALTER COLUMN "district_id" SET NOT NULL,
ALTER COLUMN "at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "core"."session" ADD COLUMN     "district_id" UUID NOT NULL,
ADD COLUMN     "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "core"."user" ADD COLUMN     "failed_logins" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "locked_until" TIMESTAMP(3),
ADD COLUMN     "unit_id" UUID;

-- CreateTable
CREATE TABLE "core"."due_item" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "link" TEXT,
    "assignee_id" UUID,
    "permission" TEXT,
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "due_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."calendar_day" (
    "date" DATE NOT NULL,
    "kind" "core"."CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "core"."outbox_event" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "core"."OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."event_delivery" (
    "district_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "delivered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_delivery_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateTable
CREATE TABLE "core"."role" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "built_in" BOOLEAN NOT NULL DEFAULT false,
    "grants" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."user_role" (
    "district_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role_id" UUID NOT NULL,

    CONSTRAINT "user_role_pkey" PRIMARY KEY ("user_id","role_id")
);

-- CreateTable
CREATE TABLE "core"."api_key" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "permissions" TEXT[],
    "trusted_only" BOOLEAN NOT NULL DEFAULT false,
    "rate_limit_per_minute" INTEGER NOT NULL DEFAULT 120,
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."rate_limit_window" (
    "credential" TEXT NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "district_id" UUID NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_window_pkey" PRIMARY KEY ("credential","window_start")
);

-- CreateTable
CREATE TABLE "core"."idempotency_record" (
    "district_id" UUID NOT NULL,
    "credential" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "response_body" TEXT,
    "status" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("credential","key")
);

-- CreateTable
CREATE TABLE "core"."trusted_document" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trusted_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."workflow_case" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workflow_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."case_transition" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "transition" TEXT NOT NULL,
    "from_state" TEXT,
    "to_state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."integrity_check_record" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "cadre_ids" TEXT[],
    "sources" TEXT[],
    "findings" JSONB NOT NULL,
    "checked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integrity_check_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "due_item_district_id_closed_at_due_date_idx" ON "core"."due_item"("district_id", "closed_at", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "due_item_district_id_source_kind_subject_id_key" ON "core"."due_item"("district_id", "source", "kind", "subject_id");

-- CreateIndex
CREATE INDEX "outbox_event_status_available_at_idx" ON "core"."outbox_event"("status", "available_at");

-- CreateIndex
CREATE INDEX "outbox_event_district_id_created_at_idx" ON "core"."outbox_event"("district_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "role_district_id_key_key" ON "core"."role"("district_id", "key");

-- CreateIndex
CREATE INDEX "user_role_role_id_idx" ON "core"."user_role"("role_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "core"."api_key"("key_hash");

-- CreateIndex
CREATE INDEX "api_key_district_id_idx" ON "core"."api_key"("district_id");

-- CreateIndex
CREATE INDEX "workflow_case_district_id_case_type_state_idx" ON "core"."workflow_case"("district_id", "case_type", "state");

-- CreateIndex
CREATE INDEX "case_transition_case_id_version_idx" ON "core"."case_transition"("case_id", "version");

-- CreateIndex
CREATE INDEX "integrity_check_record_case_id_idx" ON "core"."integrity_check_record"("case_id");

-- CreateIndex
CREATE INDEX "audit_record_target_type_target_id_idx" ON "core"."audit_record"("target_type", "target_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_record_district_id_seq_key" ON "core"."audit_record"("district_id", "seq");

-- AddForeignKey
ALTER TABLE "core"."event_delivery" ADD CONSTRAINT "event_delivery_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "core"."outbox_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."user" ADD CONSTRAINT "user_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "core"."unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."role" ADD CONSTRAINT "role_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."user_role" ADD CONSTRAINT "user_role_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "core"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."user_role" ADD CONSTRAINT "user_role_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "core"."role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."api_key" ADD CONSTRAINT "api_key_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."case_transition" ADD CONSTRAINT "case_transition_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "core"."workflow_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."integrity_check_record" ADD CONSTRAINT "integrity_check_record_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "core"."workflow_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Tenancy, enforced by the database as well (ADR 0007). The application runs as `cadre_app`:
-- not a superuser, no BYPASSRLS; each transaction names its district in `cadre.district_id`.
-- ---------------------------------------------------------------------------------------------
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadre_app') THEN
    CREATE ROLE cadre_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  -- The connecting (owning) role must be able to SET ROLE to it; superusers always can.
  IF NOT pg_has_role(current_user, 'cadre_app', 'MEMBER') THEN
    EXECUTE format('GRANT cadre_app TO %I', current_user);
  END IF;
END $$;

CREATE FUNCTION core.current_district() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('cadre.district_id', true), '')::uuid $$;

-- Every table with a `district_id` column, in every schema of ours, gets RLS (enabled and forced)
-- and the isolation policy; the migration runner calls this after each run, so a plugin's new
-- tables are covered without writing it again.
CREATE FUNCTION core.enforce_tenancy() RETURNS void LANGUAGE plpgsql AS $$
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
    EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', t.schema_name, t.table_name);
    IF NOT EXISTS (SELECT FROM pg_policies WHERE schemaname = t.schema_name
                      AND tablename = t.table_name AND policyname = 'district_isolation') THEN
      EXECUTE format('CREATE POLICY district_isolation ON %I.%I USING (district_id = core.current_district()) '
                     'WITH CHECK (district_id = core.current_district())', t.schema_name, t.table_name);
    END IF;
  END LOOP;
  -- Append-only and reference tables: the application reads them, the operator writes them.
  REVOKE UPDATE, DELETE, TRUNCATE ON core.audit_record FROM cadre_app;
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON core.calendar_day, core.trusted_document FROM cadre_app;
  REVOKE DELETE, TRUNCATE ON core.district FROM cadre_app;
END $$;

-- Districts: everyone may read the list (names and codes are not secret); a district's row is
-- written only within that district's own transactions.
ALTER TABLE core.district ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.district FORCE ROW LEVEL SECURITY;
CREATE POLICY district_read ON core.district FOR SELECT USING (true);
CREATE POLICY district_insert ON core.district FOR INSERT WITH CHECK (id = core.current_district());
CREATE POLICY district_update ON core.district FOR UPDATE
  USING (id = core.current_district()) WITH CHECK (id = core.current_district());

-- The audit table refuses change even where a grant slips: only a superuser gets past, and the
-- hash chain shows what a superuser changed.
CREATE FUNCTION core.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'core.audit_record is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER audit_record_no_change BEFORE UPDATE OR DELETE ON core.audit_record
  FOR EACH ROW EXECUTE FUNCTION core.refuse_audit_change();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON core.audit_record
  FOR EACH STATEMENT EXECUTE FUNCTION core.refuse_audit_change();

-- ---------------------------------------------------------------------------------------------
-- Credential lookups happen before the district is known, so they run as the owner
-- (SECURITY DEFINER) and return only what authentication needs.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION core.login_account(p_username text)
  RETURNS TABLE (id uuid, district_id uuid, password_hash text, status text, failed_logins int,
                 locked_until timestamp)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
  SELECT u.id, u.district_id, u.password_hash, u.status::text, u.failed_logins, u.locked_until
    FROM core."user" u WHERE u.username = p_username
$$;

-- Request counts are worth nothing after a crash: no WAL for them, so counting costs no flush.
ALTER TABLE core.rate_limit_window SET UNLOGGED;

-- Counts one request in the credential's current minute and returns the count so far.
CREATE FUNCTION core.count_request(p_credential text, p_district uuid) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $$
DECLARE
  n int;
  w timestamp := date_trunc('minute', now()::timestamp);
BEGIN
  INSERT INTO core.rate_limit_window AS r (credential, window_start, district_id, count)
       VALUES (p_credential, w, p_district, 1)
  ON CONFLICT (credential, window_start) DO UPDATE SET count = r.count + 1
  RETURNING r.count INTO n;
  IF n = 1 THEN
    DELETE FROM core.rate_limit_window WHERE credential = p_credential AND window_start < w;
  END IF;
  RETURN n;
END $$;

-- A live session (not past its lifetime, not idle longer than p_idle) is touched and returned
-- with its district, the district's enabled plugins and the grants of the user's roles.
CREATE FUNCTION core.resolve_session(p_token_hash text, p_idle interval)
  RETURNS TABLE (session_id uuid, user_id uuid, username text, display_name text, district_id uuid,
                 district_code text, district_level text, plugins text[], grants text[],
                 requests int)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $$
DECLARE
  s core.session;
BEGIN
  SELECT * INTO s FROM core.session x
   WHERE x.token_hash = p_token_hash AND x.expires_at > now() AND x.last_seen_at > now() - p_idle;
  IF NOT FOUND THEN RETURN; END IF;
  -- Touched at most once a minute: a write (and its WAL flush) per request would cost more than
  -- the request. The idle timeout is therefore exact to the minute.
  IF s.last_seen_at < now() - interval '1 minute' THEN
    UPDATE core.session x SET last_seen_at = now() WHERE x.id = s.id;
  END IF;
  RETURN QUERY
  SELECT s.id, u.id, u.username, u.display_name, d.id, d.code, d.level::text,
         COALESCE((SELECT array_agg(p.plugin_id ORDER BY p.plugin_id) FROM core.district_plugin p
                    WHERE p.district_id = d.id AND p.enabled), '{}'),
         COALESCE((SELECT array_agg(DISTINCT g) FROM core.user_role ur
                     JOIN core.role r ON r.id = ur.role_id, unnest(r.grants) g
                    WHERE ur.user_id = u.id), '{}'),
         core.count_request('session:' || s.id, d.id)
    FROM core."user" u JOIN core.district d ON d.id = u.district_id
   WHERE u.id = s.user_id AND u.status = 'ACTIVE';
END $$;

-- A usable API key (not revoked, not expired) is marked used and returned like a session.
CREATE FUNCTION core.resolve_api_key(p_key_hash text)
  RETURNS TABLE (key_id uuid, name text, district_id uuid, district_code text,
                 district_level text, plugins text[], permissions text[], trusted_only boolean,
                 rate_limit int, requests int)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $$
DECLARE
  k core.api_key;
BEGIN
  SELECT * INTO k FROM core.api_key x
   WHERE x.key_hash = p_key_hash AND x.revoked_at IS NULL
     AND (x.expires_at IS NULL OR x.expires_at > now());
  IF NOT FOUND THEN RETURN; END IF;
  IF k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute' THEN
    UPDATE core.api_key x SET last_used_at = now() WHERE x.id = k.id;
  END IF;
  RETURN QUERY
  SELECT k.id, k.name, d.id, d.code, d.level::text,
         COALESCE((SELECT array_agg(p.plugin_id ORDER BY p.plugin_id) FROM core.district_plugin p
                    WHERE p.district_id = d.id AND p.enabled), '{}'),
         k.permissions, k.trusted_only, k.rate_limit_per_minute,
         core.count_request('api-key:' || k.id, d.id)
    FROM core.district d WHERE d.id = k.district_id;
END $$;

-- A city-level department sees counts of its districts, never their rows.
CREATE FUNCTION core.city_district_figures(p_city uuid)
  RETURNS TABLE (district_id uuid, code text, name text, units bigint, cadres bigint,
                 cadres_in_service bigint, users bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
  SELECT d.id, d.code, d.name,
         (SELECT count(*) FROM core.unit x WHERE x.district_id = d.id),
         (SELECT count(*) FROM core.cadre x WHERE x.district_id = d.id),
         (SELECT count(*) FROM core.cadre x WHERE x.district_id = d.id AND x.status = 'ACTIVE'),
         (SELECT count(*) FROM core."user" x WHERE x.district_id = d.id)
    FROM core.district d WHERE d.parent_id = p_city ORDER BY d.code
$$;

REVOKE ALL ON FUNCTION core.login_account(text), core.count_request(text, uuid),
  core.resolve_session(text, interval), core.resolve_api_key(text),
  core.city_district_figures(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.login_account(text), core.resolve_session(text, interval),
  core.resolve_api_key(text), core.city_district_figures(uuid) TO cadre_app;

SELECT core.enforce_tenancy();
