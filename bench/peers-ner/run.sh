#!/usr/bin/env bash
# Scores Chronicle's recogniser and compromise 14.17.0 on the same held-out gold file, with the same
# scorer (exact span and type, PER/ORG/LOC), and prints quality and speed side by side.
# Usage: bench/peers-ner/run.sh [GOLD]   GOLD: an IOB2 file (default: ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2),
#        or news, news:dev or news:all for the shipped news gold's articles (test part by default), read from ../shared/data.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
gold="${1:-$repo/../shared/data/uner-english-ewt/en_ewt-ud-test.iob2}"
case "$gold" in
  news) gold="news:test:$repo/../shared/data" ;;
  news:*) gold="$gold:$repo/../shared/data" ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
[ -d node_modules/compromise ] || npm ci --no-audit --no-fund >/dev/null
dotnet run -c Release bench.cs -- export "$gold" "$work/docs.jsonl"
node peer.mjs "$work/docs.jsonl" > "$work/peer.jsonl"
dotnet run -c Release bench.cs -- score "$gold" "$work/peer.jsonl"
