#!/usr/bin/env bash
# Installs kommun into .venv (CPU torch pinned) and starts the chat on 127.0.0.1.
# The first start ingests corpus/ (visible in the browser). Extra arguments go to `kommun serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
# pip prints a warning per missing local mirror folder on these machines; keep its real output
{ .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0 -e . 2>&1; } \
  | { grep -v "is ignored: it is neither a file nor a directory" || true; }
exec .venv/bin/kommun serve "$@"
