#!/usr/bin/env bash
# podman with containers.conf beside this script; `build` also uses the host's
# network, so npm inside a build reaches the registry as the host does, and
# the host's npm cache (build-caches.sh), so it need not.
#
#   scripts/containers/podman.sh build --format docker -f Dockerfile.prod -t app:prod .
#   scripts/containers/podman.sh run -d --name app -e PORT=3999 app:prod
#
# Containers share the host's network: publish nothing, pick a free PORT.
set -euo pipefail
export CONTAINERS_CONF=${CONTAINERS_CONF:-$(dirname "$(readlink -f "$0")")/containers.conf}
case ${1:-} in
  build)
    shift
    caches=$(mktemp -d)
    trap 'rm -rf "$caches"' EXIT
    # shellcheck disable=SC2046 # the flags are words without spaces
    podman build --network=host $("$(dirname "$0")/build-caches.sh" "$caches") "$@"
    ;;
  *) exec podman "$@" ;;
esac
