#!/usr/bin/env bash
# podman-compose with the settings of containers.conf beside this script. The
# stacks get a network of their own (a bridge with name resolution), so the
# containers reach each other by service name as under Docker.
#
#   scripts/containers/compose.sh -p my-service -f docker-compose.yml up -d
#
# podman-compose 1.0.3 (Debian bookworm) reads no top-level `name` and no
# `profiles`, and runs no health checks on its own: pass -p and the services.
set -euo pipefail
export CONTAINERS_CONF=${CONTAINERS_CONF:-$(dirname "$(readlink -f "$0")")/containers.conf}
# Images in Docker's format, as Docker builds them: the OCI format has no HEALTHCHECK.
export BUILDAH_FORMAT=docker
# Builds use the host's network and a copy of its npm cache, as podman.sh builds do.
caches=$(mktemp -d)
trap 'rm -rf "$caches"' EXIT
podman-compose --podman-build-args "--network=host $("$(dirname "$0")/build-caches.sh" "$caches")" "$@"
