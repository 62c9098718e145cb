#!/usr/bin/env bash
# Two Cohort Desk nodes behind HAProxy on the machine's PostgreSQL 15, everything on 127.0.0.1 (issue #16).
#
# Usage: scripts/cluster.sh up          fresh database cohortdesk_cluster, node 1, node 2, then HAProxy
#        scripts/cluster.sh down        drains each node in HAProxy, stops it gracefully, then stops HAProxy
#        scripts/cluster.sh status      processes, each node's /actuator/health and HAProxy's view of them
#        scripts/cluster.sh stop-node N [TERM|KILL]   stops one node (drained first unless KILL), e.g. for failover
#        scripts/cluster.sh start-node N               starts a stopped node again on the same database
#
# Settings (environment): CLUSTER_PROXY_PORT (18000), CLUSTER_NODE1_PORT (18080), CLUSTER_NODE2_PORT (18081),
# CLUSTER_ADMIN_PORT (18001, HAProxy's admin socket), CLUSTER_DB (cohortdesk_cluster), CLUSTER_KEEP_DB=1 (reuse
# the database instead of recreating it), CLUSTER_DATA=demo|scale|none (demo: node 1 seeds the dev demo data and its
# sign-ins; scale: the demo data plus the 100,000-learner data set of scripts/benchmark.sh, ~1.27 M places, added by
# com.cohortdesk.benchmark.ScaleData after node 1 has started and before node 2 does, CLUSTER_SCALE_LEARNERS to change
# the count; none: only the first administrator CLUSTER_ADMIN_USERNAME/CLUSTER_ADMIN_PASSWORD), CLUSTER_REBUILD=1
# (rebuild the production jar), CLUSTER_HEAP (768m per node), CLUSTER_DRAIN_SECONDS (20).
# State, logs and the jar used: target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
state="$root/target/cluster"
proxy_port=${CLUSTER_PROXY_PORT:-18000}
admin_port=${CLUSTER_ADMIN_PORT:-18001}
node_ports=("" "${CLUSTER_NODE1_PORT:-18080}" "${CLUSTER_NODE2_PORT:-18081}")
db=${CLUSTER_DB:-cohortdesk_cluster}
data=${CLUSTER_DATA:-demo}
heap=${CLUSTER_HEAP:-768m}
drain_seconds=${CLUSTER_DRAIN_SECONDS:-20}
jar="$state/cohort-desk.jar"
launch_dir="$state/launch"

log() { echo "cluster: $*"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# One command on HAProxy's admin socket (plain TCP on 127.0.0.1, so no socat is needed).
haproxy_cmd() {
  exec 3<>"/dev/tcp/127.0.0.1/$admin_port" || return 1
  printf '%s\n' "$1" >&3
  cat <&3
  exec 3>&-
}

# HAProxy's view of node N: status (UP, DOWN, DRAIN, MAINT...) and current sessions.
proxy_view() {
  haproxy_cmd "show stat" 2>/dev/null | awk -F, -v s="node$1" '$1 == "nodes" && $2 == s { print $18 " sessions=" $5 }'
}

# Readiness, as HAProxy checks it: UP once the node serves (after Flyway and the start-up runners), OUT_OF_SERVICE
# from the start of a graceful shutdown. The full /actuator/health also reports the mail server's health, and an
# SMTP outage must not take every node out of rotation.
healthy() { curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

ensure_haproxy() {
  if ! command -v haproxy >/dev/null 2>&1; then
    log "installing HAProxy (Debian package haproxy)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || true
    apt-get install -y -qq haproxy >/dev/null
  fi
}

ensure_jar() {
  mkdir -p "$state"
  if [ -f "$jar" ] && [ -z "${CLUSTER_REBUILD:-}" ]; then return; fi
  if [ "${CLUSTER_BUILT:-}" = 1 ] && [ -f target/cohort-desk-0.1.0-SNAPSHOT.jar ]; then
    log "using the production build in target/ (CLUSTER_BUILT=1)"
  else
    log "building the production jar (./mvnw -Pproduction package -DskipTests)"
    ./mvnw -q -B ${MAVEN_OFFLINE:+-o} -Pproduction package -DskipTests
  fi
  cp target/cohort-desk-0.1.0-SNAPSHOT.jar "$jar"
  # Node 2 runs the optimised launch layout of the same build (bin/cohort-desk: the extracted jar, the AOT cache,
  # Spring AOT). Copied with the files' times kept: the JVM refuses an AOT cache whose jars look changed.
  rm -rf "$launch_dir"
  if [ -x target/cohort-desk/bin/cohort-desk ]; then cp -a target/cohort-desk "$launch_dir"; fi
}

start_node() {
  local n=$1 port=${node_ports[$1]} profile=prod mail=() mail_env=() command=("$JAVA_HOME/bin/java" -Xms"$heap" -Xmx"$heap" -jar "$jar")
  if alive "$state/node$n.pid"; then log "node$n already runs (pid $(cat "$state/node$n.pid"))"; return; fi
  if [ "$data" = demo ] || [ "$data" = scale ]; then
    # The dev profile's embedded GreenMail SMTP server runs in node 1 on port 18025 (CLUSTER_MAIL_PORT); both
    # nodes send their notices there (the outbox's rows are claimed with SKIP LOCKED, so each goes once).
    profile=dev
    mail=(--spring.mail.host=127.0.0.1 --spring.mail.port="${CLUSTER_MAIL_PORT:-18025}")
    if [ "$n" = 1 ]; then mail+=(--cohortdesk.notices.dev-mail-server=true); else mail+=(--cohortdesk.notices.dev-mail-server=false); fi
  fi
  # Node 2 is the production launch as the README's production section gives it: bin/cohort-desk in the prod profile
  # (the demo's sign-ins are in the database node 1 seeded), so the cluster runs both the plain jar and the optimised
  # launch with Spring AOT. Without a launch layout (a build that skipped it) node 2 runs the jar like node 1.
  if [ "$n" = 2 ] && [ -x "$launch_dir/bin/cohort-desk" ]; then
    profile=prod
    command=("$launch_dir/bin/cohort-desk")
    # (its mail server from SPRING_MAIL_*, as production gives it; the dev GreenMail switch means nothing in prod)
    if [ ${#mail[@]} -gt 0 ]; then
      mail_env=(SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="${CLUSTER_MAIL_PORT:-18025}")
      mail=()
    fi
  fi
  log "starting node$n on 127.0.0.1:$port (profile $profile, ${command[0]##*/})"
  # A node is a plain production start: PostgreSQL through SPRING_DATASOURCE_*, its own name in the audit
  # trail, HAProxy as the trusted proxy, plain http on loopback (no Secure cookie), no mail server (notices
  # wait in the outbox unless the demo's mail server runs), Spring Boot's graceful shutdown on SIGTERM.
  (
    export SPRING_PROFILES_ACTIVE=$profile
    export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db"
    export SPRING_DATASOURCE_USERNAME=cohortdesk SPRING_DATASOURCE_PASSWORD=cohortdesk
    export COHORTDESK_ADMIN_USERNAME=${CLUSTER_ADMIN_USERNAME:-office}
    export COHORTDESK_ADMIN_EMAIL=${CLUSTER_ADMIN_EMAIL:-office@cohortdesk.example}
    export COHORTDESK_ADMIN_PASSWORD=${CLUSTER_ADMIN_PASSWORD:-cluster-office-password}
    export COHORTDESK_NODE_ID="node$n" PORT="$port" SERVER_ADDRESS=127.0.0.1
    export COHORTDESK_TRUSTED_PROXIES='127\.0\.0\.1' COHORTDESK_SECURE_COOKIE=false
    export COHORTDESK_PUBLIC_URL="http://127.0.0.1:$proxy_port"
    export JAVA_OPTS="-Xms$heap -Xmx$heap"
    if [ ${#mail_env[@]} -gt 0 ]; then export "${mail_env[@]}"; fi
    exec nohup "${command[@]}" \
      ${mail[@]+"${mail[@]}"} --server.shutdown=graceful \
      --spring.lifecycle.timeout-per-shutdown-phase=20s \
      >"$state/node$n.log" 2>&1
  ) &
  echo $! >"$state/node$n.pid"
}

wait_healthy() {
  local n=$1 port=${node_ports[$1]} limit=${2:-420}
  for _ in $(seq 1 "$limit"); do
    if healthy "$port"; then log "node$n is UP ($(grep -c . "$state/node$n.log") log lines)"; return 0; fi
    if ! alive "$state/node$n.pid"; then log "node$n died; last lines of $state/node$n.log:"; tail -30 "$state/node$n.log"; return 1; fi
    sleep 1
  done
  log "node$n not healthy after ${limit}s"; tail -30 "$state/node$n.log"; return 1
}

start_proxy() {
  if alive "$state/haproxy.pid"; then log "HAProxy already runs"; return; fi
  export CD_STATE="$state" CD_PROXY_PORT="$proxy_port" CD_ADMIN_PORT="$admin_port"
  export CD_NODE1_PORT="${node_ports[1]}" CD_NODE2_PORT="${node_ports[2]}"
  haproxy -q -c -f deploy/haproxy.cfg
  log "starting HAProxy on 127.0.0.1:$proxy_port"
  nohup haproxy -db -f deploy/haproxy.cfg >"$state/haproxy.log" 2>&1 &
  echo $! >"$state/haproxy.pid"
  for _ in $(seq 1 30); do
    if [ "$(proxy_view 1 | cut -d' ' -f1)" = UP ] && [ "$(proxy_view 2 | cut -d' ' -f1)" = UP ]; then
      log "HAProxy sees node1 and node2 UP"; return 0
    fi
    sleep 1
  done
  log "HAProxy does not see both nodes UP:"; haproxy_cmd "show stat" || true; return 1
}

# Graceful: no new sessions go to the node (drain) until its open connections are done (at most
# CLUSTER_DRAIN_SECONDS), then none at all (maint), then SIGTERM lets Spring Boot finish the requests it is still
# serving before the JVM exits. Its signed-in users go to the other node and sign in again.
stop_node() {
  local n=$1 signal=${2:-TERM}
  if ! alive "$state/node$n.pid"; then log "node$n is not running"; rm -f "$state/node$n.pid"; return 0; fi
  local pid; pid=$(cat "$state/node$n.pid")
  if [ "$signal" = TERM ] && alive "$state/haproxy.pid"; then
    haproxy_cmd "set server nodes/node$n state drain" >/dev/null || true
    for _ in $(seq 1 "$drain_seconds"); do
      [ "$(proxy_view "$n" | sed 's/.*sessions=//')" = 0 ] && break
      sleep 1
    done
    log "node$n drained ($(proxy_view "$n"))"
    # Then no request at all (maintenance): its signed-in users' next requests go to the other node at once,
    # instead of reaching this node while it shuts down.
    haproxy_cmd "set server nodes/node$n state maint" >/dev/null || true
  fi
  log "stopping node$n (pid $pid, SIG$signal)"
  kill -"$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "node$n still running after 60 s: SIGKILL"; kill -KILL "$pid" || true; fi
  rm -f "$state/node$n.pid"
  # A node started again must be taken back into rotation (drain is sticky in HAProxy).
}

ready_node_in_proxy() {
  alive "$state/haproxy.pid" && haproxy_cmd "set server nodes/node$1 state ready" >/dev/null || true
}

# The scale data set next to the demo data (CLUSTER_DATA=scale): a main class on the test classpath, over JDBC, once
# the demo data is there (node 1 started) and before node 2 starts. It skips a database that already holds it.
# Compiled before node 1 starts, so the build does not compete with its start.
prepare_scale() {
  log "compiling the scale data generator (test classes)"
  ./mvnw -q -B ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$state/scale-classpath.txt" >"$state/scale-build.log" 2>&1 \
    || { tail -30 "$state/scale-build.log"; return 1; }
}

fill_scale() {
  log "adding the scale data set (ScaleData: ${CLUSTER_SCALE_LEARNERS:-100000} learners and their places)"
  local started=$SECONDS
  "$JAVA_HOME/bin/java" -Xmx1g -classpath "target/test-classes:target/classes:$(cat "$state/scale-classpath.txt")" \
    com.cohortdesk.benchmark.ScaleData "jdbc:postgresql://localhost:5432/$db" cohortdesk cohortdesk \
    "${CLUSTER_SCALE_LEARNERS:-100000}" 2>&1 | tee "$state/scale-fill.log" | sed 's/^/cluster: /'
  [ "${PIPESTATUS[0]}" = 0 ] || return 1
  log "scale data set ready in $((SECONDS - started)) s"
}

cmd_up() {
  if [ -z "${CLUSTER_KEEP_DB:-}" ] && { alive "$state/node1.pid" || alive "$state/node2.pid"; }; then
    log "a node is running: scripts/cluster.sh down first (up recreates the database), or CLUSTER_KEEP_DB=1"; exit 1
  fi
  ensure_haproxy
  ensure_jar
  mkdir -p "$state"
  if [ -z "${CLUSTER_KEEP_DB:-}" ]; then
    scripts/start-postgres.sh "$db" cohortdesk cohortdesk
  else
    pg_ctlcluster "$(ls /etc/postgresql | sort -n | tail -1)" main start 2>/dev/null || true
  fi
  if [ "$data" = scale ]; then prepare_scale; fi
  # Node 1 first: it runs the Flyway migrations (and seeds the demo data); node 2 then finds them done.
  start_node 1; wait_healthy 1
  if [ "$data" = scale ]; then fill_scale; fi
  start_node 2; wait_healthy 2
  start_proxy
  log "up: http://127.0.0.1:$proxy_port (nodes 127.0.0.1:${node_ports[1]} and :${node_ports[2]}, logs in $state)"
}

cmd_down() {
  stop_node 1 TERM
  stop_node 2 TERM
  if alive "$state/haproxy.pid"; then
    log "stopping HAProxy"
    kill -USR1 "$(cat "$state/haproxy.pid")" 2>/dev/null || true   # soft stop: finish open connections
    for _ in $(seq 1 15); do alive "$state/haproxy.pid" || break; sleep 1; done
    alive "$state/haproxy.pid" && kill -TERM "$(cat "$state/haproxy.pid")" 2>/dev/null || true
  fi
  rm -f "$state/haproxy.pid"
  log "down"
}

cmd_status() {
  local rc=0
  for n in 1 2; do
    local port=${node_ports[$n]} proc=stopped health=DOWN
    alive "$state/node$n.pid" && proc="pid $(cat "$state/node$n.pid")"
    healthy "$port" && health=UP || rc=1
    echo "node$n  127.0.0.1:$port  $proc  health=$health  haproxy=$(proxy_view "$n" || true)"
  done
  if alive "$state/haproxy.pid"; then echo "haproxy 127.0.0.1:$proxy_port  pid $(cat "$state/haproxy.pid")"; else echo "haproxy stopped"; rc=1; fi
  return $rc
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  stop-node) stop_node "${2:?node 1 or 2}" "${3:-TERM}" ;;
  start-node) start_node "${2:?node 1 or 2}"; wait_healthy "$2"; ready_node_in_proxy "$2" ;;
  *) echo "usage: $0 up|down|status|stop-node N [TERM|KILL]|start-node N" >&2; exit 2 ;;
esac
