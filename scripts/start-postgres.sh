#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 and (re)creates an empty database owned by a login role.
# Usage: scripts/start-postgres.sh DATABASE USER PASSWORD
set -euo pipefail
db="${1:?database}"; user="${2:?user}"; password="${3:?password}"
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "start-postgres: installing PostgreSQL"; export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true; apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h localhost && break; sleep 1; done
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }
as_postgres "psql -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN PASSWORD '$password';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER $user;
SQL
echo "start-postgres: database $db ready for $user on localhost:5432"
