-- AlterTable
ALTER TABLE "core"."cadre" ADD COLUMN     "name_initials" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "name_pinyin" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "core"."appointment_proposal" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "proposed_post" TEXT,
    "proposed_removal" TEXT,
    "reason" TEXT,
    "reporting_unit" TEXT,
    "approval_opinion" TEXT,
    "appointing_opinion" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appointment_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "appointment_proposal_cadre_id_updated_at_idx" ON "core"."appointment_proposal"("cadre_id", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_proposal_case_id_cadre_id_key" ON "core"."appointment_proposal"("case_id", "cadre_id");

-- CreateIndex
CREATE INDEX "cadre_district_id_name_pinyin_idx" ON "core"."cadre"("district_id", "name_pinyin");

-- AddForeignKey
ALTER TABLE "core"."appointment_proposal" ADD CONSTRAINT "appointment_proposal_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."appointment_proposal" ADD CONSTRAINT "appointment_proposal_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "core"."workflow_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- =============================================================================================
-- Hand-written: the city department's view (市级汇总与市管干部).
-- A city-level tenant reads its districts through these functions only: they run as the owner
-- (SECURITY DEFINER) and take the viewer's city, so each one answers for that city's own
-- districts (district.parent_id = p_city) and nothing else. Never called with a district id
-- alone. Counts and groups come back; rows only in core.city_managed_cadres, which the gateway
-- guards with core.city.read-managed-cadres and audits.
-- =============================================================================================

-- Replaced by the version that also counts due items (it now needs the day).
DROP FUNCTION core.city_district_figures(uuid);

CREATE FUNCTION core.city_district_figures(p_city uuid, p_today date)
  RETURNS TABLE (district_id uuid, code text, name text, units bigint, cadres bigint,
                 cadres_in_service bigint, users bigint, open_due_items bigint,
                 overdue_due_items bigint, plugins text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
  SELECT d.id, d.code, d.name,
         (SELECT count(*) FROM core.unit x WHERE x.district_id = d.id),
         (SELECT count(*) FROM core.cadre x WHERE x.district_id = d.id),
         (SELECT count(*) FROM core.cadre x WHERE x.district_id = d.id AND x.status = 'ACTIVE'),
         (SELECT count(*) FROM core."user" x WHERE x.district_id = d.id),
         (SELECT count(*) FROM core.due_item x WHERE x.district_id = d.id AND x.closed_at IS NULL),
         (SELECT count(*) FROM core.due_item x
           WHERE x.district_id = d.id AND x.closed_at IS NULL AND x.due_date < p_today),
         ARRAY(SELECT x.plugin_id FROM core.district_plugin x
                WHERE x.district_id = d.id AND x.enabled ORDER BY x.plugin_id)
    FROM core.district d WHERE d.parent_id = p_city ORDER BY d.code
$$;

-- 干部结构 per district: the grouping sets of the district dashboard (services/cadre-structure.ts),
-- with the district as the bucket, so the gateway summarizes them with the same code.
CREATE OR REPLACE FUNCTION core.city_cadre_groups(p_city uuid, p_today date)
  RETURNS TABLE (bucket text, dimension text, rank text, gender text, age int, political text,
                 full_time text, in_service text, n int)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
  SELECT bucket,
         CASE WHEN GROUPING(rank) = 0 THEN 'rank' WHEN GROUPING(age) = 0 THEN 'age'
              WHEN GROUPING(political) = 0 THEN 'political' ELSE 'education' END,
         rank, gender, age, political, full_time, in_service, count(*)::int
    FROM (SELECT c.district_id::text AS bucket, c.rank::text AS rank, c.gender::text AS gender,
                 extract(year FROM age(p_today, c.birth_date))::int AS age,
                 c.political_status::text AS political,
                 c.full_time_education::text AS full_time,
                 c.in_service_education::text AS in_service
            FROM core.cadre c JOIN core.district d ON d.id = c.district_id
           WHERE d.parent_id = p_city AND c.status = 'ACTIVE') s
   GROUP BY GROUPING SETS ((bucket, rank), (bucket, gender, age), (bucket, political),
                          (bucket, full_time, in_service))
$$;

-- 职数 per district: approved posts per unit and quota key, and cadres in service per unit and
-- rank; the gateway maps ranks to quota keys as services/quotas.ts does for one district.
CREATE OR REPLACE FUNCTION core.city_quota_groups(p_city uuid)
  RETURNS TABLE (district_id uuid, unit_id uuid, level text, leadership boolean, rank text, n int)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
  SELECT q.district_id, q.unit_id, q.level::text, q.leadership, NULL::text, sum(q.approved)::int
    FROM core.post_quota q JOIN core.district d ON d.id = q.district_id
   WHERE d.parent_id = p_city
   GROUP BY q.district_id, q.unit_id, q.level, q.leadership
  UNION ALL
  SELECT c.district_id, c.unit_id, NULL, NULL, c.rank::text, count(*)::int
    FROM core.cadre c JOIN core.district d ON d.id = c.district_id
   WHERE d.parent_id = p_city AND c.status = 'ACTIVE'
   GROUP BY c.district_id, c.unit_id, c.rank
$$;

-- 市管干部 of one of the city's districts, read-only: a page in pinyin order after the cursor
-- (name_pinyin, id), optionally one cadre (p_cadre) or those matching p_search (name, pinyin or
-- initials). Nothing when the district is not the city's. Never the ID number.
CREATE OR REPLACE FUNCTION core.city_managed_cadres(p_city uuid, p_district_code text,
    p_search text, p_after_pinyin text, p_after_id uuid, p_limit int, p_cadre uuid)
  RETURNS TABLE (id uuid, name text, name_pinyin text, gender text, ethnicity text,
                 native_place text, birth_date date, political_status text,
                 party_join_date date, work_start_date date, full_time_education text,
                 in_service_education text, identity text, rank text, rank_since date,
                 status text, unit_name text, post_title text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
  SELECT c.id, c.name, c.name_pinyin, c.gender::text, c.ethnicity, c.native_place, c.birth_date,
         c.political_status::text, c.party_join_date, c.work_start_date,
         c.full_time_education::text, c.in_service_education::text, c.identity::text,
         c.rank::text, c.rank_since, c.status::text, u.name,
         (SELECT p.title FROM core.cadre_post p
           WHERE p.cadre_id = c.id AND p.ended_on IS NULL
           ORDER BY p.started_on DESC LIMIT 1)
    FROM core.cadre c
    JOIN core.district d ON d.id = c.district_id
    JOIN core.unit u ON u.id = c.unit_id
   WHERE d.parent_id = p_city AND d.code = p_district_code
     AND c.management_authority = 'CITY'
     AND (p_cadre IS NULL OR c.id = p_cadre)
     AND (p_search IS NULL OR c.name LIKE '%' || p_search || '%'
          OR c.name_pinyin LIKE lower(p_search) || '%' OR c.name_initials LIKE lower(p_search) || '%')
     AND (p_after_id IS NULL OR (c.name_pinyin, c.id) > (p_after_pinyin, p_after_id))
   ORDER BY c.name_pinyin, c.id
   LIMIT p_limit
$$;

-- Selection's headline figures per district (选拔任用): cases of p_case_type not yet in one of
-- the final stages, and appointments that took effect this year up to today.
CREATE OR REPLACE FUNCTION selection.city_headline_figures(p_city uuid, p_today date,
    p_case_type text, p_final text[])
  RETURNS TABLE (district_id uuid, open_cases bigint, appointed_this_year bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = selection, core, pg_temp AS $$
  SELECT d.id,
         (SELECT count(*) FROM core.workflow_case w
           WHERE w.district_id = d.id AND w.case_type = p_case_type
             AND NOT (w.state = ANY (p_final))),
         (SELECT count(*) FROM selection.appointment a
           WHERE a.district_id = d.id
             AND a.effective_on BETWEEN date_trunc('year', p_today)::date AND p_today)
    FROM core.district d WHERE d.parent_id = p_city
$$;

REVOKE ALL ON FUNCTION core.city_district_figures(uuid, date), core.city_cadre_groups(uuid, date),
  core.city_quota_groups(uuid),
  core.city_managed_cadres(uuid, text, text, text, uuid, int, uuid),
  selection.city_headline_figures(uuid, date, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.city_district_figures(uuid, date), core.city_cadre_groups(uuid, date),
  core.city_quota_groups(uuid),
  core.city_managed_cadres(uuid, text, text, text, uuid, int, uuid),
  selection.city_headline_figures(uuid, date, text, text[]) TO cadre_app;

-- 部务会研究 (selection's department review): the built-in department-leader role of districts
-- created before the stage existed gets the approval a new district's role gets (the permission
-- is granted by its exact key, so no pattern of the role reaches it).
UPDATE "core"."role" SET "grants" = "grants" || ARRAY['selection.case.approve']
 WHERE "built_in" AND "key" = 'department-leader'
   AND NOT ('selection.case.approve' = ANY ("grants"));

-- The same for reading the districts' 市管干部 at a city (granted by its exact key as well).
UPDATE "core"."role" SET "grants" = "grants" || ARRAY['core.city.read-managed-cadres']
 WHERE "built_in" AND "key" = 'department-leader'
   AND NOT ('core.city.read-managed-cadres' = ANY ("grants"));
