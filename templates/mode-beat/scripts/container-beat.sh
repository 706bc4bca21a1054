#!/bin/sh
# BEAT mode in a container: writes the task schedule into Redis and exits, once per deploy.
set -eu
export APP_RUN_MODE=BEAT
exec node dist/main.js
