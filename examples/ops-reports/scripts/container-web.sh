#!/bin/sh
# WEB mode in a container: listen on every interface unless told otherwise.
set -eu
export APP_RUN_MODE=WEB HOST="${HOST:-0.0.0.0}"
exec node dist/main.js
