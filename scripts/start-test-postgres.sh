#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1:54329 for the team-catalogue tests and
# print the URL to use as SMPARCHIVE_TEST_PG_URL. Installs Debian's postgresql if missing.
set -euo pipefail
PORT=54329
DATA=/tmp/smparchive-test-pg
# One at a time: two concurrent starts each saw "not running" and the second wiped the
# first's fresh data directory.
exec 9>/tmp/smparchive-test-pg.lock
flock 9
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
RUN=""
if [ "$(id -u)" -eq 0 ]; then RUN="runuser -u postgres --"; fi
if ! $RUN "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [ -n "$RUN" ] && chown postgres "$DATA"
  # the locale as the team script sets it (not the environment's: C when LANG is unset)
  $RUN "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  $RUN "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1" \
    -l "$DATA/server.log" -w start >/dev/null 9>&-  # the server must not inherit the lock
fi
# Members of the group role smparchive_password_users must give a password (the wrong-
# password and ~/.pgpass tests create such roles); every other login stays trusted.
HBA="$DATA/pg_hba.conf"
RULE="host all +smparchive_password_users 127.0.0.1/32 scram-sha-256"
if ! $RUN grep -qF "$RULE" "$HBA"; then
  $RUN sh -c "{ echo '$RULE'; cat '$HBA'; } > '$HBA.new' && mv '$HBA.new' '$HBA'"
  $RUN "$BIN/pg_ctl" -D "$DATA" reload >/dev/null
fi
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname='smparchive_test'" | grep -q 1 \
  || "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres smparchive_test
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/smparchive_test"
