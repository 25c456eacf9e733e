# Sourced by .ci/run: starts the services the tests need and stops them when the run ends.
# PostgreSQL: a throw-away cluster in a temporary folder on a loopback port, owned by the
# postgres system user (initdb refuses to run as root).

pg_bin=""
for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && pg_bin="$dir"; done
if [ -z "$pg_bin" ]; then
  apt_install postgresql
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && pg_bin="$dir"; done
fi

pg_port=55432
pg_dir="$(mktemp -d /tmp/corodashboard-pg.XXXXXX)"
chown postgres:postgres "$pg_dir"
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null

stop_postgres() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

export COROD_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
echo "PostgreSQL started on 127.0.0.1:$pg_port for the data tests"
