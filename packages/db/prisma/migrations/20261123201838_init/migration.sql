-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "core";

-- CreateEnum
CREATE TYPE "core"."Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "core"."PoliticalStatus" AS ENUM ('CPC_MEMBER', 'CPC_PROBATIONARY', 'DEMOCRATIC_PARTY', 'NON_PARTISAN', 'MASSES');

-- CreateEnum
CREATE TYPE "core"."Education" AS ENUM ('DOCTORATE', 'MASTER', 'UNIVERSITY', 'COLLEGE', 'SECONDARY', 'BELOW_SECONDARY');

-- CreateEnum
CREATE TYPE "core"."Degree" AS ENUM ('DOCTOR', 'MASTER', 'BACHELOR', 'NONE');

-- CreateEnum
CREATE TYPE "core"."CadreIdentity" AS ENUM ('CIVIL_SERVANT', 'CIVIL_SERVANT_MANAGED', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE');

-- CreateEnum
CREATE TYPE "core"."Rank" AS ENUM ('LEADER_COUNTY_PRINCIPAL', 'LEADER_COUNTY_DEPUTY', 'LEADER_SECTION_PRINCIPAL', 'LEADER_SECTION_DEPUTY', 'RESEARCHER_1', 'RESEARCHER_2', 'RESEARCHER_3', 'RESEARCHER_4', 'PRINCIPAL_STAFF_1', 'PRINCIPAL_STAFF_2', 'PRINCIPAL_STAFF_3', 'PRINCIPAL_STAFF_4', 'STAFF_1', 'STAFF_2');

-- CreateEnum
CREATE TYPE "core"."ManagementAuthority" AS ENUM ('CITY', 'DISTRICT', 'UNIT');

-- CreateEnum
CREATE TYPE "core"."CadreStatus" AS ENUM ('ACTIVE', 'SECOND_LINE', 'RETIRED', 'TRANSFERRED_OUT');

-- CreateEnum
CREATE TYPE "core"."ArchiveFact" AS ENUM ('BIRTH_DATE', 'PARTY_JOIN_DATE', 'WORK_START_DATE', 'EDUCATION', 'EXPERIENCE', 'IDENTITY');

-- CreateEnum
CREATE TYPE "core"."UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "core"."UnitCategory" AS ENUM ('PARTY_GOVERNMENT_ORGAN', 'SUBDISTRICT', 'TOWNSHIP', 'DEVELOPMENT_ZONE', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE');

-- CreateEnum
CREATE TYPE "core"."PostLevel" AS ENUM ('COUNTY_PRINCIPAL', 'COUNTY_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY', 'STAFF');

-- CreateEnum
CREATE TYPE "core"."ReservePoolKind" AS ENUM ('RESERVE', 'YOUNG_TALENT');

-- CreateEnum
CREATE TYPE "core"."DistrictLevel" AS ENUM ('CITY', 'DISTRICT');

-- CreateTable
CREATE TABLE "core"."cadre" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "core"."Gender" NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "native_place" TEXT NOT NULL,
    "birth_place" TEXT,
    "id_number" TEXT,
    "birth_date" DATE NOT NULL,
    "political_status" "core"."PoliticalStatus" NOT NULL,
    "party_join_date" DATE,
    "work_start_date" DATE NOT NULL,
    "full_time_education" "core"."Education",
    "full_time_degree" "core"."Degree",
    "full_time_school" TEXT,
    "in_service_education" "core"."Education",
    "in_service_degree" "core"."Degree",
    "in_service_school" TEXT,
    "identity" "core"."CadreIdentity" NOT NULL,
    "rank" "core"."Rank" NOT NULL,
    "rank_since" DATE NOT NULL,
    "management_authority" "core"."ManagementAuthority" NOT NULL,
    "status" "core"."CadreStatus" NOT NULL DEFAULT 'ACTIVE',
    "unit_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cadre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."cadre_post" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "unit_id" UUID,
    "organization" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "started_on" DATE NOT NULL,
    "ended_on" DATE,
    "grass_roots" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "cadre_post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."archive_fact_verification" (
    "cadre_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "fact" "core"."ArchiveFact" NOT NULL,
    "verified_by" UUID NOT NULL,
    "verified_at" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "archive_fact_verification_pkey" PRIMARY KEY ("cadre_id","fact")
);

-- CreateTable
CREATE TABLE "core"."user" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "status" "core"."UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."audit_record" (
    "id" BIGSERIAL NOT NULL,
    "district_id" UUID,
    "actor_id" UUID,
    "operation" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."unit" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "parent_id" UUID,
    "path" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "core"."UnitCategory" NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."leadership_team" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "leadership_team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."post_quota" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "level" "core"."PostLevel" NOT NULL,
    "leadership" BOOLEAN NOT NULL,
    "approved" INTEGER NOT NULL,

    CONSTRAINT "post_quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."reserve_pool" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "core"."ReservePoolKind" NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reserve_pool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."reserve_pool_entry" (
    "id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "pool_id" UUID NOT NULL,
    "cadre_id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "training_direction" TEXT,
    "maturity_rank" INTEGER NOT NULL,
    "entered_on" DATE NOT NULL,
    "next_review_on" DATE NOT NULL,

    CONSTRAINT "reserve_pool_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."district" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "core"."DistrictLevel" NOT NULL,
    "parent_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core"."district_plugin" (
    "district_id" UUID NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "district_plugin_pkey" PRIMARY KEY ("district_id","plugin_id")
);

-- CreateIndex
CREATE INDEX "cadre_district_id_name_idx" ON "core"."cadre"("district_id", "name");

-- CreateIndex
CREATE INDEX "cadre_unit_id_name_idx" ON "core"."cadre"("unit_id", "name");

-- CreateIndex
CREATE INDEX "cadre_district_id_birth_date_idx" ON "core"."cadre"("district_id", "birth_date");

-- CreateIndex
CREATE INDEX "cadre_post_cadre_id_started_on_idx" ON "core"."cadre_post"("cadre_id", "started_on");

-- CreateIndex
CREATE UNIQUE INDEX "user_username_key" ON "core"."user"("username");

-- CreateIndex
CREATE INDEX "user_district_id_idx" ON "core"."user"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_hash_key" ON "core"."session"("token_hash");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "core"."session"("user_id");

-- CreateIndex
CREATE INDEX "audit_record_district_id_at_idx" ON "core"."audit_record"("district_id", "at");

-- CreateIndex
CREATE INDEX "unit_district_id_path_idx" ON "core"."unit"("district_id", "path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "unit_parent_id_idx" ON "core"."unit"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_district_id_code_key" ON "core"."unit"("district_id", "code");

-- CreateIndex
CREATE INDEX "leadership_team_unit_id_idx" ON "core"."leadership_team"("unit_id");

-- CreateIndex
CREATE INDEX "post_quota_district_id_idx" ON "core"."post_quota"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "post_quota_unit_id_level_leadership_key" ON "core"."post_quota"("unit_id", "level", "leadership");

-- CreateIndex
CREATE UNIQUE INDEX "reserve_pool_district_id_name_key" ON "core"."reserve_pool"("district_id", "name");

-- CreateIndex
CREATE INDEX "reserve_pool_entry_cadre_id_idx" ON "core"."reserve_pool_entry"("cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "reserve_pool_entry_pool_id_cadre_id_key" ON "core"."reserve_pool_entry"("pool_id", "cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "district_code_key" ON "core"."district"("code");

-- CreateIndex
CREATE INDEX "district_parent_id_idx" ON "core"."district"("parent_id");

-- AddForeignKey
ALTER TABLE "core"."cadre" ADD CONSTRAINT "cadre_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."cadre" ADD CONSTRAINT "cadre_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "core"."unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."cadre_post" ADD CONSTRAINT "cadre_post_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."cadre_post" ADD CONSTRAINT "cadre_post_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "core"."unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."archive_fact_verification" ADD CONSTRAINT "archive_fact_verification_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."archive_fact_verification" ADD CONSTRAINT "archive_fact_verification_verified_by_fkey" FOREIGN KEY ("verified_by") REFERENCES "core"."user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."user" ADD CONSTRAINT "user_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "core"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."unit" ADD CONSTRAINT "unit_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "core"."unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."leadership_team" ADD CONSTRAINT "leadership_team_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "core"."unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."post_quota" ADD CONSTRAINT "post_quota_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "core"."unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."reserve_pool" ADD CONSTRAINT "reserve_pool_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."reserve_pool_entry" ADD CONSTRAINT "reserve_pool_entry_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "core"."reserve_pool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."reserve_pool_entry" ADD CONSTRAINT "reserve_pool_entry_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "core"."cadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."district" ADD CONSTRAINT "district_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "core"."district"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core"."district_plugin" ADD CONSTRAINT "district_plugin_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "core"."district"("id") ON DELETE CASCADE ON UPDATE CASCADE;
