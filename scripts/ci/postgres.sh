# shellcheck shell=bash
# Starts a throwaway PostgreSQL cluster for tests and exports DATABASE_URL.
#
#   source scripts/ci/postgres.sh     # then: npx vitest run server
#
# The cluster lives in a fresh temp dir, listens on 127.0.0.1:${CI_PG_PORT:-5433}
# only, and trusts local connections (it holds nothing but test data). It is
# stopped and deleted by `ci_postgres_stop`, or at the latest by a watchdog
# once the sourcing shell exits — a watchdog rather than an EXIT trap, so the
# caller's own traps are left alone.
# Sourced, so it never touches the caller's `set` options and returns on error.

ci_postgres_start() {
  local port="${CI_PG_PORT:-5433}" db="${CI_PG_DATABASE:-music_sync_test}" bindir dir
  bindir="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql" >&2
    return 1
  fi

  # PostgreSQL refuses to run as root, so as root the cluster belongs to `postgres`.
  local -a as_owner=()
  if [ "$(id -u)" = 0 ]; then
    as_owner=(runuser -u postgres --)
  fi

  dir="$(mktemp -d "${TMPDIR:-/tmp}/ci-postgres.XXXXXX")" || return 1
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir" || return 1
  fi

  "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { echo "postgres.sh: initdb failed, see $dir/initdb.log" >&2; return 1; }
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null ||
    { echo "postgres.sh: server did not start, see $dir/server.log" >&2; return 1; }
  "${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db" ||
    { echo "postgres.sh: createdb failed" >&2; return 1; }

  CI_PG_DIR="$dir"
  CI_PG_BINDIR="$bindir"
  local owner="$BASHPID"
  (
    while kill -0 "$owner" 2>/dev/null; do sleep 1; done
    ci_postgres_stop
  ) </dev/null >/dev/null 2>&1 &
  CI_PG_WATCHDOG=$!
  disown "$CI_PG_WATCHDOG" 2>/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/$db"
  echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') ready at $DATABASE_URL"
}

ci_postgres_stop() {
  [ -n "${CI_PG_DIR:-}" ] || return 0
  if [ -n "${CI_PG_WATCHDOG:-}" ] && [ "$BASHPID" != "$CI_PG_WATCHDOG" ]; then
    kill "$CI_PG_WATCHDOG" 2>/dev/null || :
  fi
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$CI_PG_BINDIR/pg_ctl" -D "$CI_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || :
  else
    "$CI_PG_BINDIR/pg_ctl" -D "$CI_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || :
  fi
  rm -rf "$CI_PG_DIR"
  unset CI_PG_DIR CI_PG_BINDIR CI_PG_WATCHDOG DATABASE_URL
}

ci_postgres_start || return 1 2>/dev/null || exit 1
