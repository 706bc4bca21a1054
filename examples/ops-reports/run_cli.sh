#!/bin/sh
# The project menu: server, tests, database, secrets, docs, release.
cd "$(dirname "$0")" && exec npm run --silent menu
