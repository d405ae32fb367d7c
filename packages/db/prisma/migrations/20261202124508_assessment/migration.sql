-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "assessment";

-- CreateEnum
CREATE TYPE "assessment"."DailyRecordKind" AS ENUM ('WEEKLY_RECORD', 'MONTHLY_SELF_CHECK');

-- CreateEnum
CREATE TYPE "assessment"."QuarterGrade" AS ENUM ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR');

-- CreateEnum
CREATE TYPE "assessment"."IndicatorCategory" AS ENUM ('ECONOMIC', 'SOCIAL', 'ECOLOGICAL', 'PARTY_BUILDING', 'INTEGRITY', 'STABILITY', 'CONSTRAINT');

-- CreateEnum
CREATE TYPE "assessment"."IndicatorScoring" AS ENUM ('TARGET_RATIO', 'RANKING', 'LEVELS', 'YES_NO');

-- CreateEnum
CREATE TYPE "assessment"."AssessmentKind" AS ENUM ('ANNUAL', 'SPECIAL', 'TERM');

-- CreateEnum
CREATE TYPE "assessment"."AssessmentGroup" AS ENUM ('LEADERS', 'CIVIL_SERVANTS', 'PUBLIC_INSTITUTIONS');

-- CreateEnum
CREATE TYPE "assessment"."EvaluationSubjectKind" AS ENUM ('SELF', 'SUPERIOR', 'PEER', 'SUBORDINATE', 'FUNCTIONAL_DEPARTMENT', 'EXPERT', 'MASSES', 'SATISFACTION_SURVEY');

-- CreateEnum
CREATE TYPE "assessment"."ConsequenceKind" AS ENUM ('COMMENDATION', 'MERIT_THIRD_CLASS', 'ADMONISH_OR_ADJUST', 'ADJUSTMENT', 'EXCELLENCE_INELIGIBLE', 'LEADER_TALK');

-- CreateEnum
CREATE TYPE "assessment"."ConsequenceStatus" AS ENUM ('PENDING', 'DONE', 'DISMISSED');

-- CreateTable
CREATE TABLE "assessment"."daily_record" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "assessment"."DailyRecordKind" NOT NULL,
    "period_start" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "submitted_on" DATE NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "daily_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."quarterly_evaluation" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "grade" "assessment"."QuarterGrade" NOT NULL,
    "comment" TEXT NOT NULL,
    "evaluated_by" UUID NOT NULL,
    "evaluated_on" DATE NOT NULL,
    "published_on" DATE,
    "publicity_ends_on" DATE,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "quarterly_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."daily_deduction" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "recorded_by" UUID NOT NULL,
    "settled_round_id" UUID,
    "withdrawn_on" DATE,
    "withdraw_reason" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "daily_deduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."indicator_set" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "unit_category" "core"."UnitCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "copied_from_id" UUID,
    "closed_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "indicator_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."indicator" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "set_id" UUID NOT NULL,
    "category" "assessment"."IndicatorCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "scoring" "assessment"."IndicatorScoring" NOT NULL,
    "target" DOUBLE PRECISION,
    "level_shares" DOUBLE PRECISION[],
    "scoring_note" TEXT,
    "direct_deduction" BOOLEAN NOT NULL DEFAULT false,
    "max_deduction" DOUBLE PRECISION,
    "position" INTEGER NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."unit_indicator_result" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "out_of" INTEGER,
    "points" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "recorded_on" DATE NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "unit_indicator_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."assessment_round" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "kind" "assessment"."AssessmentKind" NOT NULL,
    "group" "assessment"."AssessmentGroup" NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "period_start" DATE,
    "period_end" DATE,
    "topic" TEXT,
    "scope_unit_id" UUID,
    "excellent_cap_percent" DOUBLE PRECISION NOT NULL,
    "cap_approval" TEXT,
    "daily_weight" DOUBLE PRECISION NOT NULL,
    "unit_result_weight" DOUBLE PRECISION NOT NULL,
    "concluded_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."evaluation_subject" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "kind" "assessment"."EvaluationSubjectKind" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "questionnaires" INTEGER,
    "phone_calls" INTEGER,
    "note" TEXT,

    CONSTRAINT "evaluation_subject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."evaluation_item" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "evaluation_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."round_participant" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "evaluation_score" DOUBLE PRECISION,
    "daily_score" DOUBLE PRECISION,
    "unit_score" DOUBLE PRECISION,
    "deductions" DOUBLE PRECISION,
    "total" DOUBLE PRECISION,
    "rank" INTEGER,
    "proposed_grade" "core"."AnnualGrade",
    "grade" "core"."AnnualGrade",
    "grade_reason" TEXT,
    "explanation" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "round_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."evaluation_score" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "participant_id" UUID NOT NULL,
    "subject_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "evaluation_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment"."assessment_consequence" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "kind" "assessment"."ConsequenceKind" NOT NULL,
    "cadre_id" UUID,
    "unit_id" UUID,
    "basis" TEXT NOT NULL,
    "status" "assessment"."ConsequenceStatus" NOT NULL DEFAULT 'PENDING',
    "acted_on" DATE,
    "action_note" TEXT,
    "reward_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_consequence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "daily_record_district_id_unit_id_period_start_idx" ON "assessment"."daily_record"("district_id", "unit_id", "period_start");

-- CreateIndex
CREATE UNIQUE INDEX "daily_record_cadre_id_kind_period_start_key" ON "assessment"."daily_record"("cadre_id", "kind", "period_start");

-- CreateIndex
CREATE INDEX "quarterly_evaluation_district_id_unit_id_year_quarter_idx" ON "assessment"."quarterly_evaluation"("district_id", "unit_id", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "quarterly_evaluation_cadre_id_year_quarter_key" ON "assessment"."quarterly_evaluation"("cadre_id", "year", "quarter");

-- CreateIndex
CREATE INDEX "daily_deduction_district_id_cadre_id_year_idx" ON "assessment"."daily_deduction"("district_id", "cadre_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_set_district_id_year_unit_category_key" ON "assessment"."indicator_set"("district_id", "year", "unit_category");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_set_id_name_key" ON "assessment"."indicator"("set_id", "name");

-- CreateIndex
CREATE INDEX "unit_indicator_result_district_id_indicator_id_idx" ON "assessment"."unit_indicator_result"("district_id", "indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_indicator_result_unit_id_indicator_id_key" ON "assessment"."unit_indicator_result"("unit_id", "indicator_id");

-- CreateIndex
CREATE INDEX "assessment_round_district_id_year_idx" ON "assessment"."assessment_round"("district_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_subject_round_id_kind_key" ON "assessment"."evaluation_subject"("round_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_item_round_id_name_key" ON "assessment"."evaluation_item"("round_id", "name");

-- CreateIndex
CREATE INDEX "round_participant_district_id_cadre_id_idx" ON "assessment"."round_participant"("district_id", "cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "round_participant_round_id_cadre_id_key" ON "assessment"."round_participant"("round_id", "cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_score_participant_id_subject_id_item_id_key" ON "assessment"."evaluation_score"("participant_id", "subject_id", "item_id");

-- CreateIndex
CREATE INDEX "assessment_consequence_district_id_status_idx" ON "assessment"."assessment_consequence"("district_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_consequence_round_id_kind_cadre_id_unit_id_key" ON "assessment"."assessment_consequence"("round_id", "kind", "cadre_id", "unit_id");

-- AddForeignKey
ALTER TABLE "assessment"."indicator" ADD CONSTRAINT "indicator_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "assessment"."indicator_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."unit_indicator_result" ADD CONSTRAINT "unit_indicator_result_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "assessment"."indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."evaluation_subject" ADD CONSTRAINT "evaluation_subject_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment"."assessment_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."evaluation_item" ADD CONSTRAINT "evaluation_item_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment"."assessment_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."round_participant" ADD CONSTRAINT "round_participant_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment"."assessment_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."evaluation_score" ADD CONSTRAINT "evaluation_score_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "assessment"."round_participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."evaluation_score" ADD CONSTRAINT "evaluation_score_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "assessment"."evaluation_subject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."evaluation_score" ADD CONSTRAINT "evaluation_score_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "assessment"."evaluation_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment"."assessment_consequence" ADD CONSTRAINT "assessment_consequence_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "assessment"."assessment_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The built-in unit assessor (单位考核员) for districts created before it existed.
INSERT INTO "core"."role" ("id", "district_id", "key", "name_zh", "name_en", "built_in", "grants")
SELECT gen_random_uuid(), d."id", 'unit-assessor', '单位考核员', 'Unit assessor', true,
       ARRAY['assessment.own-unit.read', 'assessment.own-unit.write', 'core.due-item.read']
  FROM "core"."district" d
 WHERE NOT EXISTS (SELECT 1 FROM "core"."role" r WHERE r."district_id" = d."id" AND r."key" = 'unit-assessor');
