#!/usr/bin/env bash
# Makes the container runtime and the base image the generated Dockerfiles
# start from ready on a machine that reaches Debian's and npm's registries but
# no container registry (CI's). Installs podman and what it needs with apt
# when missing, then builds a local `node:<TAG>` image once: a Debian bookworm
# minbase root (debootstrap), this machine's node and npm under /usr/local as
# in the official image, user `node` (uid 1000), and this machine's CA bundle
# (NODE_EXTRA_CA_CERTS) so npm inside a build trusts what the host trusts.
#
#   scripts/containers/base-image.sh [TAG]   TAG defaults to 20.19.5-bookworm-slim
#
# Idempotent: an image already there under the tag is kept (seconds).
set -euo pipefail
TAG=${1:-20.19.5-bookworm-slim}
IMAGE=docker.io/library/node:$TAG
export CONTAINERS_CONF=${CONTAINERS_CONF:-$(dirname "$(readlink -f "$0")")/containers.conf}
# Test files running side by side may ask at once: one installs and builds, the others wait.
exec 9>"${TMPDIR:-/tmp}/service-kit-base-image.lock"
flock 9
need() { command -v "$1" >/dev/null 2>&1; }
# podman-compose runs the compose stacks; dnsname lets their containers reach
# each other by service name on the stack's network.
if ! need podman || ! need podman-compose || ! need debootstrap || ! [ -x /usr/sbin/runc ] ||
  ! [ -x /usr/lib/cni/dnsname ]; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo "sudo -n")
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    podman podman-compose runc debootstrap fuse-overlayfs uidmap \
    golang-github-containernetworking-plugin-dnsname >/dev/null
fi
if podman image exists "$IMAGE"; then echo "$IMAGE: present"; exit 0; fi
ROOT=$(mktemp -d)
LOG=$(mktemp)
trap 'rm -rf "$ROOT" "$LOG"' EXIT
debootstrap --variant=minbase bookworm "$ROOT" >"$LOG" 2>&1 ||
  { tail -n 20 "$LOG"; exit 1; }
NODE=$(command -v node)
NPM_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
install -m 0755 "$NODE" "$ROOT/usr/local/bin/node"
mkdir -p "$ROOT/usr/local/lib/node_modules"
cp -a "$NPM_DIR" "$ROOT/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOT/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOT/usr/local/bin/npx"
chroot "$ROOT" /bin/sh -c 'groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node'
mkdir -p "$ROOT/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
rm -rf "$ROOT"/var/cache/apt/archives/*.deb "$ROOT"/var/lib/apt/lists/*
tar -C "$ROOT" -c . | podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$IMAGE" >/dev/null
echo "$IMAGE: built ($(chroot "$ROOT" /usr/local/bin/node --version))"
