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
# Builds use the host's network and its npm cache, as podman.sh builds do;
# only a command that builds gets the cache (build-caches.sh copies part of it,
# which `down` or `ps` have no use for).
builds=false
for arg in "$@"; do
  case $arg in build | --build) builds=true ;; esac
done
if ! $builds; then exec podman-compose "$@"; fi
caches=$(mktemp -d)
trap 'rm -rf "$caches"' EXIT
podman-compose --podman-build-args "--network=host $("$(dirname "$0")/build-caches.sh" "$caches")" "$@"
