#!/usr/bin/env bash
# Prints the `podman build` volume flags that give `npm ci` / `npm install`
# inside a Dockerfile a copy of this machine's npm cache, so an image build
# reads the packages the host has fetched already instead of fetching each
# again. The Dockerfiles are built unchanged; only the network work goes.
#
#   caches=$(mktemp -d); podman build $(scripts/containers/build-caches.sh "$caches") ...; rm -rf "$caches"
#
# Copies, not the host's cache itself: the production image runs
# `npm cache clean --force`, which must not empty the host's. One for root
# (the production build stage), one owned by the image's user `node` (the
# development image installs as node). The caller removes DIR after the build.
set -euo pipefail
DIR=${1:?usage: build-caches.sh DIR}
HOST_CACHE=$(npm config get cache)
mkdir -p "$DIR/root" "$DIR/node"
if [ -d "$HOST_CACHE/_cacache" ]; then
  cp -a "$HOST_CACHE/_cacache" "$DIR/root/"
  cp -a "$HOST_CACHE/_cacache" "$DIR/node/"
fi
chown -R 1000:1000 "$DIR/node"
echo "--volume=$DIR/root:/root/.npm --volume=$DIR/node:/home/node/.npm"
