#!/usr/bin/env bash
# Runs a command on Node 24 LTS, taken as a package from the npm registry, in a throw-away copy of
# this tree:   scripts/with-node24.sh npm test
# The copy has its own node_modules, so Node 24's install leaves the Node 20 build here alone.
# The registry's `node` package is installed into its own prefix
# (not run through `npx -p node@24`, whose cache later prunes the headers that node-gyp needs);
# its headers replace the machine-wide `nodedir=/usr` (Node 20's) for the native build.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=$(mktemp -d /tmp/ldm-node24-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

npm install --prefix "$WORK/node" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node@24 >/dev/null
NODE_H=$(find "$WORK/node" -path '*/include/node/node.h' -print -quit)
[ -n "$NODE_H" ] || { echo "the registry's node@24 package brought no headers (include/node/node.h)" >&2; exit 1; }
export PATH="$WORK/node/node_modules/node/bin:$PATH"
export npm_config_nodedir="${NODE_H%/include/node/node.h}"
# pnpm's side-effects cache is shared by every checkout on the machine; build afresh for this ABI.
export npm_config_side_effects_cache=false

# Tracked and new (not ignored) files: the tree as it is now, without node_modules or build output.
mkdir "$WORK/tree"
git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - | tar -xf - -C "$WORK/tree"
cd "$WORK/tree"
# better-sqlite3 12 is for Node 20 only (db/src/connection.ts loads 13, prebuilt, on Node 24), so
# this copy does not compile it: the install step took 1 min 24 s of CPU with that build, 3 s
# without. pnpm 9 reads `neverBuiltDependencies` from the manifest alone and keeps it out of the
# lockfile, so `--frozen-lockfile` still holds; 13 has no build script, so the name spares it.
node -e '
  const fs = require("node:fs");
  const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"));
  manifest.pnpm = { ...manifest.pnpm, neverBuiltDependencies: ["better-sqlite3"] };
  fs.writeFileSync("package.json", `${JSON.stringify(manifest, null, 2)}\n`);
'
echo "Node $(node --version) in $WORK/tree" >&2
"$@"
