#!/bin/sh
# TASK mode in a container: runs APP_TASK_LIST and exits, as a release step or a Kubernetes Job.
set -eu
export APP_RUN_MODE=TASK
exec node dist/main.js
