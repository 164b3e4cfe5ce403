#!/usr/bin/env bash
# The measures and API benchmarks on PostgreSQL: a throw-away cluster (scripts/with-postgres.sh)
# filled with the national demo data set by `pnpm cli demo`, then both benches against it.
#   scripts/bench-postgres.sh            (RUNS=… bounds the API bench's calls per procedure)
set -euo pipefail
cd "$(dirname "$0")/.."
PG_TEST_PORT=${PG_TEST_PORT:-55434} exec scripts/with-postgres.sh bash -c '
  set -euo pipefail
  started=$(date +%s)
  npx pnpm@9.15.9 --silent cli demo >/dev/null
  echo "demo data set built on PostgreSQL in $(( $(date +%s) - started )) s"
  npx pnpm@9.15.9 --silent bench:measures
  npx pnpm@9.15.9 --silent bench:api
'
