#!/usr/bin/env bash
# Installs the Debian packages the test command needs: Chromium for the browser tests and
# PostgreSQL for the database tests (a throwaway cluster is started by the tests themselves).
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
if [ ${#needed[@]} -eq 0 ]; then
  echo "test dependencies present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${needed[*]}; run: sudo $0" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
# The Debian package starts a cluster of its own; the tests start their own throwaway clusters.
if command -v pg_lsclusters >/dev/null 2>&1; then pg_ctlcluster --force "$(ls /usr/lib/postgresql | sort -n | tail -1)" main stop 2>/dev/null || true; fi
echo "installed: ${needed[*]}"
