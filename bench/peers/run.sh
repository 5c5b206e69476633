#!/usr/bin/env bash
# Compares Chronicle's time tagger with chrono-node and Microsoft Recognizers-Text on the held-out
# TimeML test part: same texts, same creation times, same scorer, one core each.
#   bench/peers/run.sh [GOLD_DIR] [dev|test|all]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
gold="${1:-$root/../shared/data/tbaq-cleaned}"
part="${2:-test}"
(cd "$here" && npm ci --no-audit --no-fund >/dev/null)
dotnet run --project "$root/src/Chronicle.Cli" -c Release -- bench time "$gold" --part "$part" --peers "$here"
