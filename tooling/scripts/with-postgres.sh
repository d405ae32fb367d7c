#!/usr/bin/env bash
# Usage: tooling/scripts/with-postgres.sh <command> [args...]
#
# Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 (a free port from 54329 up), runs the command with
# TEST_DATABASE_URL=postgresql://postgres:<random password>@127.0.0.1:<port>/postgres (a superuser, so tests
# may CREATE/DROP DATABASE), then stops the cluster and deletes its folder, also when the command fails or
# the script is interrupted. Exits with the command's exit code.
#
# Works as root (initdb/pg_ctl then run as the `postgres` OS user) and as an ordinary user.
# Environment: PG_BIN (default /usr/lib/postgresql/15/bin), WITH_POSTGRES_PORT (first port to try, 54329).
set -euo pipefail

log() { printf 'with-postgres: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$#" -gt 0 ] || { echo "usage: $0 <command> [args...]" >&2; exit 2; }

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1

# --- binaries ------------------------------------------------------------------------------------------------
if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  if [ "$IS_ROOT" -eq 1 ] && command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL 15 not found in $PG_BIN: installing postgresql-15 with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    had_main=0
    [ -d /etc/postgresql/15/main ] && had_main=1
    apt-get update -q </dev/null >&2 || die "apt-get update failed"
    apt-get install -y -q --no-upgrade postgresql-15 </dev/null >&2 || die "apt-get install postgresql-15 failed"
    # The Debian package may create and start a default cluster "main" on 5432; we use our own cluster only.
    if [ "$had_main" -eq 0 ] && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql/15/main ]; then
      log "stopping the default cluster 15/main that the package started (not used here)"
      pg_ctlcluster 15 main stop >/dev/null 2>&1 || true
    fi
    [ -x "$PG_BIN/initdb" ] || die "postgresql-15 installed but $PG_BIN/initdb is missing"
  else
    die "PostgreSQL 15 not found in $PG_BIN. Install it (sudo apt-get install postgresql-15) or set PG_BIN."
  fi
fi

# Run a PostgreSQL binary as the cluster owner: `postgres` when we are root (initdb refuses root), else ourselves.
if [ "$IS_ROOT" -eq 1 ]; then
  id postgres >/dev/null 2>&1 || {
    log "creating system user postgres"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  }
  if command -v runuser >/dev/null 2>&1; then
    as_owner() { (cd / && runuser -u postgres -- "$@"); }
  else
    as_owner() { (cd / && su -s /bin/sh postgres -c "$(printf '%q ' "$@")"); }
  fi
else
  as_owner() { "$@"; }
fi

# --- cluster folder ------------------------------------------------------------------------------------------
# As root the folder must be reachable by `postgres`, so it goes under /tmp (not a private TMPDIR).
if [ "$IS_ROOT" -eq 1 ]; then parent=/tmp; else parent="${TMPDIR:-/tmp}"; fi
PGROOT="$(mktemp -d "$parent/cadre-pg.XXXXXX")"
DATA="$PGROOT/data"
STARTED=0
CHILD=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$CHILD" ] && kill -0 "$CHILD" 2>/dev/null; then
    log "stopping the command (pid $CHILD)"
    kill -TERM "$CHILD" 2>/dev/null || true
    wait "$CHILD" 2>/dev/null || true
  fi
  if [ "$STARTED" -eq 1 ] || [ -f "$DATA/postmaster.pid" ]; then
    log "stopping PostgreSQL"
    if ! as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1; then
      as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w -t 10 stop >/dev/null 2>&1 || {
        pid="$(head -n1 "$DATA/postmaster.pid" 2>/dev/null || true)"
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
      }
    fi
  fi
  rm -rf "$PGROOT"
  log "removed $PGROOT"
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM

chmod 700 "$PGROOT"
PASSWORD="$(od -An -tx1 -N18 /dev/urandom | tr -d ' \n')"
( umask 077; printf '%s\n' "$PASSWORD" >"$PGROOT/pwfile" )
[ "$IS_ROOT" -eq 1 ] && chown -R postgres:postgres "$PGROOT"

LOCALE_ARGS=(--no-locale)
if command -v locale >/dev/null 2>&1 && locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
  LOCALE_ARGS=(--locale=C.UTF-8)
fi

log "initdb: new cluster in $DATA (superuser postgres, scram-sha-256 password auth)"
if ! as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --pwfile="$PGROOT/pwfile" \
  --auth=scram-sha-256 -E UTF8 "${LOCALE_ARGS[@]}" >"$PGROOT/initdb.log" 2>&1; then
  cat "$PGROOT/initdb.log" >&2
  die "initdb failed"
fi
rm -f "$PGROOT/pwfile"

# Settings for a throwaway test cluster: durability off, room for parallel test databases.
cat >>"$DATA/postgresql.conf" <<EOF

# --- with-postgres.sh (throwaway test cluster) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGROOT'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
EOF

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port="${WITH_POSTGRES_PORT:-54329}"
last=$((port + 50))
while :; do
  [ "$port" -le "$last" ] || die "no free port found up to $last"
  if port_in_use "$port"; then port=$((port + 1)); continue; fi
  log "starting PostgreSQL 15 on 127.0.0.1:$port (log: $PGROOT/postgres.log)"
  STARTED=1
  if as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$PGROOT/postgres.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
    break
  fi
  STARTED=0
  if grep -q 'could not bind\|already in use' "$PGROOT/postgres.log" 2>/dev/null; then
    log "port $port was taken meanwhile, trying the next one"
    port=$((port + 1))
    continue
  fi
  tail -n 30 "$PGROOT/postgres.log" >&2 || true
  die "PostgreSQL did not start"
done

for _ in $(seq 1 60); do
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres && break
  sleep 0.5
done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres || die "PostgreSQL is not ready on port $port"
log "PostgreSQL is ready: TEST_DATABASE_URL=postgresql://postgres:***@127.0.0.1:$port/postgres"

export TEST_DATABASE_URL="postgresql://postgres:$PASSWORD@127.0.0.1:$port/postgres"

# Run the command in the background and wait for it, so that INT/TERM reach our trap at once (bash defers
# traps while a foreground child runs). `<&0` keeps stdin for interactive use (psql, a dev server).
log "running: $*"
set +e
if { : <&0; } 2>/dev/null; then "$@" <&0 & else "$@" </dev/null & fi
CHILD=$!
wait "$CHILD"
rc=$?
set -e
CHILD=""
log "command exited with code $rc"
exit "$rc"
