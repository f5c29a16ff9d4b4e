#!/bin/sh
# Takes the documentation's screenshots into docs/screenshots/: builds the academy, deploys it on
# Payara Micro with the demo region (as the browser tests do), signs in as each role and saves the
# key page of each at 1280, 390 and 320 px wide as <role>-<page>-<width>.png.
# Needs what the browser tests need (PostgreSQL, Chromium, chromedriver; see docs/testing.md).
# Extra arguments go to Maven, e.g. another database:
#   docs/screenshots/take.sh -Dtest.db.url=jdbc:postgresql://127.0.0.1:5432/academy_shots
set -e
cd "$(dirname "$0")/../.."
mvn -q -pl academy-core,academy-web clean verify -Dit.test=Screenshots -Dtest=none \
    -Dsurefire.failIfNoSpecifiedTests=false -Dacademy.screenshots.dir="$PWD/docs/screenshots" "$@"
ls -1 docs/screenshots/*-1280.png docs/screenshots/*-390.png docs/screenshots/*-320.png
