#!/usr/bin/env bash
# Everything a fresh Debian machine needs for the desktop and its tests: system packages, then npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v kamailio >/dev/null 2>&1 || need+=(kamailio)
dpkg -s kamailio-websocket-modules >/dev/null 2>&1 || need+=(kamailio-websocket-modules)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
command -v unshare >/dev/null 2>&1 || need+=(util-linux)
# The BFF's tests: a throwaway PostgreSQL cluster (scripts/with-postgres.mjs) and NATS between two instances.
# Both are started by the tests themselves, by PID; the packaged services are not used.
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || need+=(postgresql)
{ command -v nats-server || [ -x /usr/sbin/nats-server ]; } >/dev/null 2>&1 || need+=(nats-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# npm 11 does not run dependency install scripts, so the MSW worker is put in place here.
[ -f public/mockServiceWorker.js ] || npx msw init public --no-save >/dev/null
echo "setup: done"
