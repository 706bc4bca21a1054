#!/usr/bin/env bash
# podman with containers.conf beside this script; `build` also uses the host's
# network, so npm inside a build reaches the registry as the host does.
#
#   scripts/containers/podman.sh build --format docker -f Dockerfile.prod -t app:prod .
#   scripts/containers/podman.sh run -d --name app -e PORT=3999 app:prod
#
# Containers share the host's network: publish nothing, pick a free PORT.
set -euo pipefail
export CONTAINERS_CONF=${CONTAINERS_CONF:-$(dirname "$(readlink -f "$0")")/containers.conf}
case ${1:-} in
  build) shift; exec podman build --network=host "$@" ;;
  *) exec podman "$@" ;;
esac
