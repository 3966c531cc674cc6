#!/usr/bin/env bash
# Author a notebook as a jupytext percent script, then build and execute it:
#   tools/py2nb.sh nbs/00_core.py   -> nbs/00_core.ipynb (executed, outputs stored), script removed with --rm
# Notebooks in nbs/ stay the source of truth; the .py drafts are scratch and not committed.
set -euo pipefail
src=$1; nb=${src%.py}.ipynb
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/.venv/bin/jupytext" --quiet --to ipynb --output "$nb" "$src"
cd "$(dirname "$nb")"
IN_TEST= "$here/.venv/bin/jupyter" nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=1800 --ExecutePreprocessor.kernel_name=python3 "$(basename "$nb")"
echo "built $nb"
