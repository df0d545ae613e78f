#!/usr/bin/env bash
# Installs what the tests need beyond node_modules, when missing:
#  - the Python `openai` package into .cache/python (for test/e2e/python), and
#  - the OPA CLI 1.22.3 into ~/.cache/opa (to compile and test the Rego policies).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

need() { # need TOOL HOW: stop with an exact instruction when a prerequisite is missing
  command -v "$1" >/dev/null 2>&1 || { echo "ensure-tools: '$1' is missing: $2" >&2; exit 1; }
}

need python3 "install Python 3 (e.g. apt-get install -y python3 python3-pip)"
if ! PYTHONPATH="$root/.cache/python" python3 -c "import openai" 2>/dev/null; then
  echo "ensure-tools: installing the Python openai package into .cache/python"
  python3 -m pip install --quiet --disable-pip-version-check --target "$root/.cache/python" openai
fi

if ! command -v opa >/dev/null 2>&1 && [ ! -x "$HOME/.cache/opa/opa" ]; then
  need go "install Go, or put the OPA CLI on PATH (https://www.openpolicyagent.org/docs/#running-opa)"
  echo "ensure-tools: installing opa v1.22.3 into ~/.cache/opa"
  GOBIN="$HOME/.cache/opa" go install github.com/open-policy-agent/opa@v1.22.3
fi
echo "ensure-tools: ok"
