#!/usr/bin/env bash
# Try out a team catalogue: start a local PostgreSQL server, create the database
# "smparchive" and one login role per person named on the command line, each with a random
# password stored in ~/.pgpass (never in the URL), then print each person's catalogue URL.
#
#   bash scripts/start-team-postgres.sh alice bob      # start (again) and add people
#   bash scripts/start-team-postgres.sh --stop         # stop the server (data is kept)
#
# Everyone's tables belong to the group role smparchive_team (each login role switches to
# it on connect), so any member can upgrade the schema; smparchive still records who made
# each change (the login role). For a real team use the distribution's server (README,
# "Team catalogue"). PORT and DATA may be set in the environment.
set -euo pipefail
PORT=${PORT:-54330}
# As root the server runs as the postgres user, who cannot enter /root: keep it elsewhere.
if [ "$(id -u)" -eq 0 ]; then DEFAULT_DATA=/var/lib/smparchive/team-postgres
else DEFAULT_DATA=$HOME/.local/share/smparchive/team-postgres; fi
DATA=${DATA:-$DEFAULT_DATA}
DB=smparchive
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
RUN=""
if [ "$(id -u)" -eq 0 ]; then RUN="runuser -u postgres --"; fi
SOCK=$DATA/socket
if [ "${1:-}" = "--stop" ]; then
  $RUN "$BIN/pg_ctl" -D "$DATA" -w stop >/dev/null && echo "stopped"
  exit 0
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ -n "$RUN" ] && chown postgres "$DATA"
  # Local socket: the administrator (trust); TCP: passwords (scram-sha-256). The locale is
  # set, not inherited: with LANG unset it would be C, whose lower() folds ASCII only, and
  # C.UTF-8 sorts names by code point, as a laptop's SQLite catalogue does.
  $RUN "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  $RUN mkdir -p "$SOCK"
fi
if ! $RUN "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  $RUN "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1" \
    -l "$DATA/server.log" -w start >/dev/null
fi
psql() { "$BIN/psql" -h "$SOCK" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql -c "SELECT 1 FROM pg_roles WHERE rolname='smparchive_team'" | grep -q 1 \
  || psql -c "CREATE ROLE smparchive_team NOLOGIN"
psql -c "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
  || psql -c "CREATE DATABASE $DB OWNER smparchive_team"
psql -d "$DB" -c "ALTER SCHEMA public OWNER TO smparchive_team"
PGPASS=${PGPASSFILE:-$HOME/.pgpass}
touch "$PGPASS" && chmod 600 "$PGPASS"
for person in "$@"; do
  case "$person" in *[!a-z0-9_]*|"") echo "skipping '$person': use a-z, 0-9, _" >&2; continue;; esac
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  if psql -c "SELECT 1 FROM pg_roles WHERE rolname='$person'" | grep -q 1; then
    psql -c "ALTER ROLE $person PASSWORD '$password'"
  else
    psql -c "CREATE ROLE $person LOGIN PASSWORD '$password' IN ROLE smparchive_team"
  fi
  psql -c "ALTER ROLE $person SET role = 'smparchive_team'"
  grep -v "^127.0.0.1:$PORT:$DB:$person:" "$PGPASS" > "$PGPASS.tmp" || true
  echo "127.0.0.1:$PORT:$DB:$person:$password" >> "$PGPASS.tmp"
  mv "$PGPASS.tmp" "$PGPASS" && chmod 600 "$PGPASS"
  echo "postgresql+psycopg://$person@127.0.0.1:$PORT/$DB"
done
