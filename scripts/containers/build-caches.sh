#!/usr/bin/env bash
# Prints the `podman build` volume flags that give `npm ci` / `npm install`
# inside a Dockerfile this machine's npm cache, so an image build reads the
# packages the host has fetched already instead of fetching each again. The
# Dockerfiles are built unchanged; only the network work goes.
#
#   caches=$(mktemp -d); podman build $(scripts/containers/build-caches.sh "$caches") ...; rm -rf "$caches"
#
# Root's cache (the production build stage) is the host's own, mounted as an
# overlay (`:O`): the build reads it in place and what it writes, even the
# production image's `npm cache clean --force`, lands in a throwaway layer,
# so nothing is copied and the host's cache is never touched. The development
# image installs as the image's user `node` (uid 1000), who cannot write an
# overlay over root's files, so it gets a copy it owns in DIR; the caller
# removes DIR after the build. A copy of a cache of some hundred megabytes
# took 8 s on an idle CI machine, several times that under the suite's load.
set -euo pipefail
DIR=${1:?usage: build-caches.sh DIR}
HOST_CACHE=$(npm config get cache)
mkdir -p "$HOST_CACHE/_cacache" "$DIR/node"
cp -a "$HOST_CACHE/_cacache" "$DIR/node/"
chown -R 1000:1000 "$DIR/node"
echo "--volume=$HOST_CACHE:/root/.npm:O --volume=$DIR/node:/home/node/.npm"
