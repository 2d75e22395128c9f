#!/usr/bin/env bash
# Installs kommun with its test extra into .venv (CPU torch pinned), Debian's Chromium for the
# browser test when running as root, then runs every test: unit, integration (bundled model,
# Chroma server) and browser. Extra arguments go to pytest, e.g. `-m "not integration"`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
# pip prints a warning per missing local mirror folder on these machines; keep its real output
{ .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0 -e ".[test]" 2>&1; } \
  | { grep -v "is ignored: it is neither a file nor a directory" || true; }
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed: the browser test will be skipped"
  else
    echo "chromium not installed (needs root: apt-get install chromium): the browser test will be skipped"
  fi
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
exec .venv/bin/python -m pytest "$@"
