#!/bin/sh
# WORKER mode in a container: runs queued tasks from REDIS_URL until SIGTERM, then drains.
set -eu
export APP_RUN_MODE=WORKER
exec node dist/main.js
