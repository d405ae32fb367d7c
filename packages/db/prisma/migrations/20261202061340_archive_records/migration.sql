-- CreateEnum
CREATE TYPE "core"."RewardKind" AS ENUM ('COMMENDATION', 'MERIT_THIRD_CLASS', 'MERIT_SECOND_CLASS', 'MERIT_FIRST_CLASS', 'HONORARY_TITLE', 'OTHER');

-- CreateEnum
CREATE TYPE "core"."SanctionKind" AS ENUM ('ADMIN_WARNING', 'ADMIN_DEMERIT', 'ADMIN_MAJOR_DEMERIT', 'ADMIN_DEMOTION', 'ADMIN_DISMISSAL', 'ADMIN_EXPULSION', 'PARTY_WARNING', 'PARTY_SERIOUS_WARNING', 'PARTY_POST_REMOVAL', 'PARTY_PROBATION', 'PARTY_EXPULSION', 'HANDLING_SUSPENSION', 'HANDLING_TRANSFER', 'HANDLING_ORDERED_RESIGNATION', 'HANDLING_REMOVAL', 'HANDLING_DEMOTION', 'SUPERVISION_REMINDER', 'SUPERVISION_LETTER_INQUIRY', 'SUPERVISION_ADMONISHMENT');

-- CreateEnum
CREATE TYPE "core"."AnnualGrade" AS ENUM ('EXCELLENT', 'COMPETENT', 'BASIC_COMPETENT', 'INCOMPETENT', 'QUALIFIED', 'BASIC_QUALIFIED', 'UNQUALIFIED', 'UNRATED');

-- CreateEnum
CREATE TYPE "core"."ArchiveRecordAction" AS ENUM ('CORRECT', 'LIFT', 'REVOKE');

-- CreateEnum
CREATE TYPE "core"."TeamRole" AS ENUM ('PRINCIPAL', 'DEPUTY', 'MEMBER');

-- AlterTable
ALTER TABLE "core"."cadre" ADD COLUMN     "health_status" TEXT,
ADD COLUMN     "photo_id" UUID,
ADD COLUMN     "professional_title" TEXT,
ADD COLUMN     "specialty" TEXT;

-- AlterTable
ALTER TABLE "core"."cadre_post" ADD COLUMN     "rank" "core"."Rank";

-- CreateTable
CREATE TABLE "core"."cadre_reward" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "kind" "core"."RewardKind" NOT NULL,
    "title" TEXT NOT NULL,
    "decision_date" DATE NOT NULL,
    "issuing_body" TEXT NOT NULL,
    "document_number" TEXT,
    "reason" TEXT,
    "revoked_at" TIMESTAMP(3),
    "revoke_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cadre_reward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."cadre_sanction" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "kind" "core"."SanctionKind" NOT NULL,
    "decision_date" DATE NOT NULL,
    "effective_date" DATE NOT NULL,
    "issuing_body" TEXT NOT NULL,
    "document_number" TEXT,
    "reason" TEXT NOT NULL,
    "probation_months" INTEGER,
    "lifted_on" DATE,
    "lift_procedure" TEXT,
    "restricted_until" DATE,
    "restriction_open_ended" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'core',
    "revoked_at" TIMESTAMP(3),
    "revoke_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cadre_sanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."cadre_annual_grade" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "grade" "core"."AnnualGrade" NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL DEFAULT 'core',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cadre_annual_grade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."family_member" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "relation" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "birth_date" DATE,
    "political_status" "core"."PoliticalStatus",
    "work_unit_and_post" TEXT,
    "social_relation" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "family_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."archive_record_revision" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_id" UUID NOT NULL,
    "action" "core"."ArchiveRecordAction" NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "revised_by" UUID,
    "revised_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "archive_record_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."attachment" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "owner_type" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by" UUID,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMP(3),

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."leadership_team_member" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "role" "core"."TeamRole" NOT NULL,
    "post_title" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "leadership_team_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."over_quota_plan" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "level" "core"."PostLevel" NOT NULL,
    "leadership" BOOLEAN NOT NULL,
    "excess" INTEGER NOT NULL,
    "plan" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "completed_at" TIMESTAMP(3),
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "over_quota_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."over_quota_progress" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "recorded_on" DATE NOT NULL,
    "digested" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "recorded_by" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "over_quota_progress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cadre_reward_cadre_id_decision_date_idx" ON "core"."cadre_reward"("cadre_id", "decision_date");

-- CreateIndex
CREATE INDEX "cadre_sanction_cadre_id_effective_date_idx" ON "core"."cadre_sanction"("cadre_id", "effective_date");

-- CreateIndex
CREATE INDEX "cadre_sanction_district_id_restricted_until_idx" ON "core"."cadre_sanction"("district_id", "restricted_until");

-- CreateIndex
CREATE INDEX "cadre_annual_grade_district_id_year_idx" ON "core"."cadre_annual_grade"("district_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "cadre_annual_grade_cadre_id_year_key" ON "core"."cadre_annual_grade"("cadre_id", "year");

-- CreateIndex
CREATE INDEX "family_member_cadre_id_sort_order_idx" ON "core"."family_member"("cadre_id", "sort_order");

-- CreateIndex
CREATE INDEX "archive_record_revision_record_id_revised_at_idx" ON "core"."archive_record_revision"("record_id", "revised_at");

-- CreateIndex
CREATE INDEX "archive_record_revision_cadre_id_idx" ON "core"."archive_record_revision"("cadre_id");

-- CreateIndex
CREATE INDEX "attachment_district_id_owner_type_owner_id_idx" ON "core"."attachment"("district_id", "owner_type", "owner_id");

-- CreateIndex
CREATE INDEX "leadership_team_member_cadre_id_idx" ON "core"."leadership_team_member"("cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "leadership_team_member_team_id_cadre_id_key" ON "core"."leadership_team_member"("team_id", "cadre_id");

-- CreateIndex
CREATE INDEX "over_quota_plan_district_id_deadline_idx" ON "core"."over_quota_plan"("district_id", "deadline");

-- CreateIndex
CREATE INDEX "over_quota_plan_unit_id_idx" ON "core"."over_quota_plan"("unit_id");

-- CreateIndex
CREATE INDEX "over_quota_progress_plan_id_recorded_on_idx" ON "core"."over_quota_progress"("plan_id", "recorded_on");

-- AddForeignKey
ALTER TABLE "core"."cadre_reward" ADD CONSTRAINT "cadre_reward_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."cadre_sanction" ADD CONSTRAINT "cadre_sanction_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."cadre_annual_grade" ADD CONSTRAINT "cadre_annual_grade_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."family_member" ADD CONSTRAINT "family_member_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."archive_record_revision" ADD CONSTRAINT "archive_record_revision_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."leadership_team_member" ADD CONSTRAINT "leadership_team_member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "core"."leadership_team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."leadership_team_member" ADD CONSTRAINT "leadership_team_member_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."over_quota_plan" ADD CONSTRAINT "over_quota_plan_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "core"."unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."over_quota_progress" ADD CONSTRAINT "over_quota_progress_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "core"."over_quota_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Built-in roles of districts created before sanctions were recorded get the grants a new
-- district's roles get (sensitive keys are granted by name, so no pattern reaches them).
UPDATE "core"."role" SET "grants" = "grants" || ARRAY['core.sanction.read', 'core.sanction.write']
 WHERE "built_in" AND "key" IN ('cadre-section', 'supervision-section')
   AND NOT ('core.sanction.read' = ANY ("grants"));
UPDATE "core"."role" SET "grants" = "grants" || ARRAY['core.sanction.read']
 WHERE "built_in" AND "key" = 'department-leader' AND NOT ('core.sanction.read' = ANY ("grants"));
