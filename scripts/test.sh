#!/usr/bin/env bash
# The README's test command: the whole build and its tests, with the shared-meeting tests on a real PostgreSQL.
# Starts (installing it first when there is none) the local PostgreSQL the tests use, then runs the build with
# those tests required, so that they fail rather than skip should the server not answer.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
rapporteur_use_jdk
scripts/postgres-for-tests.sh
exec ./mvnw -B verify -Drapporteur.test.postgres=required "$@"
