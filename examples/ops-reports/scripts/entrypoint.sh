#!/bin/sh
# The container's entrypoint: runs the script of APP_RUN_MODE. Each script
# ends in `exec node`, so node becomes this process and receives the
# platform's SIGTERM itself, drains and exits 0.
set -eu

mode=$(printf '%s' "${APP_RUN_MODE:-WEB}" | tr '[:upper:]' '[:lower:]')
script="$(dirname "$0")/container-${mode}.sh"
if [ ! -f "$script" ]; then
  modes=$(cd "$(dirname "$0")" && ls container-*.sh | sed 's/container-\(.*\)\.sh/\1/' | tr '[:lower:]' '[:upper:]' | tr '\n' ' ')
  echo "unknown APP_RUN_MODE \"${APP_RUN_MODE}\"; valid: ${modes}" >&2
  exit 2
fi
exec "$script" "$@"
