-- CreateTable
CREATE TABLE "core"."user_second_factor" (
    "user_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "secret" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "pending_secret" TEXT,
    "pending_token_hash" TEXT,
    "pending_expires_at" TIMESTAMP(3),
    "last_step" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "user_second_factor_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_second_factor_pending_token_hash_key" ON "core"."user_second_factor"("pending_token_hash");

-- CreateIndex
CREATE INDEX "user_second_factor_district_id_idx" ON "core"."user_second_factor"("district_id");

-- AddForeignKey
ALTER TABLE "core"."user_second_factor" ADD CONSTRAINT "user_second_factor_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "core"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Login throttling (ADR 0013): attempts per client address and in all, per minute, counted in the
-- database before any password is hashed, so every gateway process counts alike. The windows
-- share the UNLOGGED core.rate_limit_window with request counting, under a district id that
-- names no district.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION core.count_login(p_client text)
  RETURNS TABLE (client_count int, global_count int)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $$
DECLARE
  nobody uuid := '00000000-0000-0000-0000-000000000000';
  g int;
BEGIN
  g := core.count_request('login:*', nobody);
  -- The first attempt of a minute clears every client's earlier windows (addresses that never
  -- come back would otherwise stay).
  IF g = 1 THEN
    DELETE FROM core.rate_limit_window
     WHERE district_id = nobody AND credential LIKE 'login:%'
       AND window_start < date_trunc('minute', now()::timestamp);
  END IF;
  RETURN QUERY SELECT core.count_request('login:' || p_client, nobody), g;
END $$;

REVOKE ALL ON FUNCTION core.count_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.count_login(text) TO cadre_app;
