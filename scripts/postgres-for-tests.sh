#!/usr/bin/env bash
# Makes sure a PostgreSQL server runs on this machine for the shared-meeting tests, and sets it up for them:
# installs Debian's postgresql when there is none, starts its cluster, turns TLS on with a certificate for
# "localhost" signed by a test authority of its own (so sslmode=verify-full can be tested), and creates the
# login the tests use to make a database per test. Safe to run again; it changes nothing that is already so.
#
# Prints the settings for the tests on its last lines (the tests also find them by these defaults):
#   RAPPORTEUR_TEST_PG=localhost:5432  user rapporteur_test  password rapporteur_test
#   RAPPORTEUR_TEST_PG_CA=/var/lib/postgresql/rapporteur-tls/ca.crt
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "postgres-for-tests: installing Debian's postgresql"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql openssl >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 {print $1 " " $2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  sudo_if_needed pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
read -r version name <<<"$cluster"
conf_dir=/etc/postgresql/$version/$name
port=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1 == v && $2 == n {print $3}')

# A test certificate authority and a server certificate for localhost, kept with the server's files.
tls=/var/lib/postgresql/rapporteur-tls
if [ ! -f "$tls/server.crt" ]; then
  sudo_if_needed mkdir -p "$tls"
  work=$(mktemp -d)
  openssl req -new -x509 -days 3650 -nodes -subj "/CN=Rapporteur test authority" \
    -keyout "$work/ca.key" -out "$work/ca.crt" >/dev/null 2>&1
  openssl req -new -nodes -subj "/CN=localhost" -keyout "$work/server.key" -out "$work/server.csr" >/dev/null 2>&1
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$work/ext"
  openssl x509 -req -days 3650 -in "$work/server.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" -CAcreateserial \
    -extfile "$work/ext" -out "$work/server.crt" >/dev/null 2>&1
  sudo_if_needed cp "$work/ca.crt" "$work/server.crt" "$work/server.key" "$tls/"
  rm -rf "$work"
  sudo_if_needed chown -R postgres:postgres "$tls"
  sudo_if_needed chmod 600 "$tls/server.key"
  sudo_if_needed chmod 644 "$tls/ca.crt" "$tls/server.crt"
  sudo_if_needed chmod 755 "$tls"
fi
settings="$conf_dir/conf.d/rapporteur-tests.conf"
if [ ! -f "$settings" ]; then
  sudo_if_needed tee "$settings" >/dev/null <<EOF
# Written by Rapporteur's scripts/postgres-for-tests.sh: TLS with the test authority's certificate.
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
listen_addresses = 'localhost'
max_connections = 300
EOF
  if pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1 == v && $2 == n {print $4}' | grep -q online; then
    sudo_if_needed pg_ctlcluster "$version" "$name" restart
  fi
fi
if ! pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1 == v && $2 == n {print $4}' | grep -q online; then
  sudo_if_needed pg_ctlcluster "$version" "$name" start
fi
for _ in $(seq 1 30); do
  as_postgres "psql -p $port -Atqc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done

# The tests' own login: it creates (and drops) a database per test and the roles the meeting's grants name.
as_postgres "psql -p $port -v ON_ERROR_STOP=1 -Atq" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rapporteur_test') THEN
    CREATE ROLE rapporteur_test LOGIN CREATEDB CREATEROLE PASSWORD 'rapporteur_test';
  END IF;
END
$$;
-- A test's database is dropped WITH (FORCE) while a login of another role may still be leaving it.
GRANT pg_signal_backend TO rapporteur_test;
SQL
echo "postgres-for-tests: PostgreSQL $version ($name) on localhost:$port with TLS"
echo "RAPPORTEUR_TEST_PG=localhost:$port"
echo "RAPPORTEUR_TEST_PG_CA=$tls/ca.crt"
