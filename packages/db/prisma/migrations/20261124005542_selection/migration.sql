-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "selection";

-- CreateEnum
CREATE TYPE "selection"."PublicityObjectionStatus" AS ENUM ('OPEN', 'VERIFIED_FOUNDED', 'VERIFIED_UNFOUNDED');

-- CreateEnum
CREATE TYPE "selection"."ProbationResult" AS ENUM ('PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "selection"."SelectionAdjustmentType" AS ENUM ('PROMOTION', 'LATERAL_TRANSFER', 'NON_LEADING', 'REMOVAL');

-- CreateEnum
CREATE TYPE "selection"."SelectionCandidateStatus" AS ENUM ('NOMINATED', 'LISTED', 'DROPPED', 'APPROVED', 'REJECTED', 'DISQUALIFIED', 'APPOINTED');

-- CreateEnum
CREATE TYPE "selection"."DecisionBody" AS ENUM ('STANDING_COMMITTEE', 'FULL_COMMITTEE');

-- CreateEnum
CREATE TYPE "selection"."FourMust" AS ENUM ('ARCHIVE_REVIEW', 'PERSONAL_MATTERS', 'DISCIPLINE_OPINION', 'TIP_VERIFICATION');

-- CreateEnum
CREATE TYPE "selection"."RecommendationMethod" AS ENUM ('MEETING', 'TALK');

-- CreateEnum
CREATE TYPE "selection"."RecommenderCategory" AS ENUM ('LEADERS', 'MIDDLE_CADRES', 'STAFF', 'COMMUNITY_HEADS', 'DELEGATES', 'OTHERS');

-- CreateEnum
CREATE TYPE "selection"."SignedRecommendationKind" AS ENUM ('LEADER', 'PARTY_ORG');

-- CreateTable
CREATE TABLE "selection"."publicity" (
    "case_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "working_days" INTEGER NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publicity_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "selection"."publicity_objection" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "received_on" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "selection"."PublicityObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "conclusion" TEXT,
    "concluded_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publicity_objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."appointment" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "talk_on" DATE NOT NULL,
    "talk_by" TEXT NOT NULL,
    "integrity_reminder" BOOLEAN NOT NULL,
    "document_number" TEXT,
    "effective_on" DATE,
    "post_id" UUID,
    "former_unit_id" UUID,
    "former_rank" "core"."Rank",
    "former_rank_since" DATE,
    "from_reserve_pool" BOOLEAN NOT NULL DEFAULT false,
    "reserve_pools" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."probation" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "result" "selection"."ProbationResult",
    "assessment" TEXT,
    "concluded_on" DATE,

    CONSTRAINT "probation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."selection_case" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "post_title" TEXT NOT NULL,
    "target_rank" "core"."Rank" NOT NULL,
    "adjustment_type" "selection"."SelectionAdjustmentType" NOT NULL,
    "posts" INTEGER NOT NULL DEFAULT 1,
    "important_post" BOOLEAN NOT NULL DEFAULT false,
    "higher_reported_on" DATE,
    "higher_approved_on" DATE,
    "higher_approval_reference" TEXT,
    "principal_post" BOOLEAN NOT NULL DEFAULT false,
    "quota_approved" INTEGER NOT NULL,
    "quota_filled" INTEGER NOT NULL,
    "over_quota" BOOLEAN NOT NULL DEFAULT false,
    "quota_justification" TEXT,
    "analysis_note" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "selection_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."selection_candidate" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "status" "selection"."SelectionCandidateStatus" NOT NULL DEFAULT 'NOMINATED',
    "in_reserve_pool" BOOLEAN NOT NULL,
    "listed_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "selection_candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."deliberation_opinion" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "candidate_id" UUID,
    "source" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "agrees" BOOLEAN NOT NULL,
    "resolved" BOOLEAN NOT NULL DEFAULT false,
    "resolution" TEXT,
    "recorded_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deliberation_opinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."deliberation_report" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "candidate_id" UUID,
    "received_on" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "verification" TEXT,
    "verified_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deliberation_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."decision_meeting" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "body" "selection"."DecisionBody" NOT NULL,
    "held_on" DATE NOT NULL,
    "should_attend" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "chair" TEXT NOT NULL,
    "recorder" TEXT NOT NULL,
    "signed_by_chair" BOOLEAN NOT NULL,
    "signed_by_recorder" BOOLEAN NOT NULL,
    "reconsidered_on" DATE,
    "reconsideration_agreeing" INTEGER,
    "reconsideration_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."decision_vote" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "in_favour" INTEGER NOT NULL,
    "against" INTEGER NOT NULL,
    "abstain" INTEGER NOT NULL,

    CONSTRAINT "decision_vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."inspection" (
    "case_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "plan" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "announced_on" DATE,
    "time_and_goal" TEXT,
    "supervision_phone" TEXT,
    "report_channels" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "inspection_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "selection"."inspection_team_member" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT,
    "supervisor" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "inspection_team_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."inspection_evaluation" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "morality" TEXT NOT NULL,
    "ability" TEXT NOT NULL,
    "diligence" TEXT NOT NULL,
    "performance" TEXT NOT NULL,
    "integrity" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "inspection_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."four_must_record" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "must" "selection"."FourMust" NOT NULL,
    "done_on" DATE NOT NULL,
    "result" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "four_must_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."recommendation_round" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "method" "selection"."RecommendationMethod" NOT NULL,
    "held_on" DATE NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."recommendation_ballot" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "category" "selection"."RecommenderCategory" NOT NULL,
    "participants" INTEGER NOT NULL,

    CONSTRAINT "recommendation_ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."recommendation_vote" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "category" "selection"."RecommenderCategory" NOT NULL,
    "votes" INTEGER NOT NULL,

    CONSTRAINT "recommendation_vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "selection"."signed_recommendation" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "kind" "selection"."SignedRecommendationKind" NOT NULL,
    "recommender" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "recommended_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signed_recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "publicity_objection_case_id_idx" ON "selection"."publicity_objection"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_candidate_id_key" ON "selection"."appointment"("candidate_id");

-- CreateIndex
CREATE INDEX "appointment_case_id_idx" ON "selection"."appointment"("case_id");

-- CreateIndex
CREATE INDEX "appointment_district_id_effective_on_idx" ON "selection"."appointment"("district_id", "effective_on");

-- CreateIndex
CREATE UNIQUE INDEX "probation_candidate_id_key" ON "selection"."probation"("candidate_id");

-- CreateIndex
CREATE INDEX "probation_case_id_idx" ON "selection"."probation"("case_id");

-- CreateIndex
CREATE INDEX "selection_case_district_id_unit_id_idx" ON "selection"."selection_case"("district_id", "unit_id");

-- CreateIndex
CREATE INDEX "selection_candidate_district_id_cadre_id_idx" ON "selection"."selection_candidate"("district_id", "cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "selection_candidate_case_id_cadre_id_key" ON "selection"."selection_candidate"("case_id", "cadre_id");

-- CreateIndex
CREATE INDEX "deliberation_opinion_case_id_idx" ON "selection"."deliberation_opinion"("case_id");

-- CreateIndex
CREATE INDEX "deliberation_report_case_id_idx" ON "selection"."deliberation_report"("case_id");

-- CreateIndex
CREATE INDEX "decision_meeting_case_id_idx" ON "selection"."decision_meeting"("case_id");

-- CreateIndex
CREATE INDEX "decision_vote_candidate_id_idx" ON "selection"."decision_vote"("candidate_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_vote_meeting_id_candidate_id_key" ON "selection"."decision_vote"("meeting_id", "candidate_id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_team_member_case_id_name_key" ON "selection"."inspection_team_member"("case_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_evaluation_candidate_id_key" ON "selection"."inspection_evaluation"("candidate_id");

-- CreateIndex
CREATE UNIQUE INDEX "four_must_record_candidate_id_must_key" ON "selection"."four_must_record"("candidate_id", "must");

-- CreateIndex
CREATE INDEX "recommendation_round_case_id_idx" ON "selection"."recommendation_round"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "recommendation_ballot_round_id_category_key" ON "selection"."recommendation_ballot"("round_id", "category");

-- CreateIndex
CREATE INDEX "recommendation_vote_candidate_id_idx" ON "selection"."recommendation_vote"("candidate_id");

-- CreateIndex
CREATE UNIQUE INDEX "recommendation_vote_round_id_candidate_id_category_key" ON "selection"."recommendation_vote"("round_id", "candidate_id", "category");

-- CreateIndex
CREATE INDEX "signed_recommendation_case_id_idx" ON "selection"."signed_recommendation"("case_id");

-- CreateIndex
CREATE INDEX "signed_recommendation_candidate_id_idx" ON "selection"."signed_recommendation"("candidate_id");

-- AddForeignKey
ALTER TABLE "selection"."publicity" ADD CONSTRAINT "publicity_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."publicity_objection" ADD CONSTRAINT "publicity_objection_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."publicity_objection" ADD CONSTRAINT "publicity_objection_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."appointment" ADD CONSTRAINT "appointment_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."appointment" ADD CONSTRAINT "appointment_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."probation" ADD CONSTRAINT "probation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."probation" ADD CONSTRAINT "probation_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."selection_candidate" ADD CONSTRAINT "selection_candidate_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."deliberation_opinion" ADD CONSTRAINT "deliberation_opinion_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."deliberation_opinion" ADD CONSTRAINT "deliberation_opinion_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."deliberation_report" ADD CONSTRAINT "deliberation_report_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."deliberation_report" ADD CONSTRAINT "deliberation_report_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."decision_meeting" ADD CONSTRAINT "decision_meeting_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."decision_vote" ADD CONSTRAINT "decision_vote_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "selection"."decision_meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."decision_vote" ADD CONSTRAINT "decision_vote_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."inspection" ADD CONSTRAINT "inspection_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."inspection_team_member" ADD CONSTRAINT "inspection_team_member_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."inspection_evaluation" ADD CONSTRAINT "inspection_evaluation_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."four_must_record" ADD CONSTRAINT "four_must_record_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."recommendation_round" ADD CONSTRAINT "recommendation_round_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."recommendation_ballot" ADD CONSTRAINT "recommendation_ballot_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "selection"."recommendation_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."recommendation_vote" ADD CONSTRAINT "recommendation_vote_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "selection"."recommendation_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."recommendation_vote" ADD CONSTRAINT "recommendation_vote_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."signed_recommendation" ADD CONSTRAINT "signed_recommendation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "selection"."selection_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "selection"."signed_recommendation" ADD CONSTRAINT "signed_recommendation_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "selection"."selection_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
