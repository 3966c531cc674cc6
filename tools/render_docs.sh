#!/usr/bin/env bash
# Check the docs site without Quarto (e.g. on a machine that cannot install it):
#   1. nbdev_proc_nbs (nbdev's doc processors, output in _proc/, git-ignored); a notebook whose
#      processing fails is re-processed alone so the failure is attributed to it,
#   2. jupyter nbconvert --to html for every processed notebook -> _proc/_html/NAME.html,
#   3. headless chromium screenshot of the top of each page -> _proc/_html/NAME.png,
#   4. a per-notebook summary: cells, leaked nbdev directives / hidden cells, error outputs,
#      show_doc coverage of exported names. Exits 1 if any notebook fails to process, has an
#      error output or leaks a directive.
# Usage: tools/render_docs.sh [--force] [--no-shots] [nbs/NN_name.ipynb ...]   (default: all nbs/*.ipynb)
# Offline, nbconvert's MathJax (CDN) cannot load, so screenshots show raw TeX; Quarto would render it.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd); cd "$root"
bin=$root/.venv/bin; [ -x "$bin/python" ] || bin=$(dirname "$(command -v python3)")
force=0; shots=1; nbs=()
for a in "$@"; do
  case $a in --force) force=1;; --no-shots) shots=0;; *) nbs+=("$a");; esac
done
out=_proc/_html; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ $force = 1 ] && rm -rf _proc
# nbdev_proc_nbs runs `nbdev install` (sudo + download + `pip install -e .[dev]`) when quarto is
# missing; a stub quarto on PATH stops that. Nothing else in nbdev_proc_nbs calls quarto.
if ! command -v quarto >/dev/null; then
  printf '#!/bin/sh\necho "quarto stub (tools/render_docs.sh)" >&2; exit 1\n' >"$tmp/quarto"
  chmod +x "$tmp/quarto"; export PATH="$tmp:$PATH"
fi

echo "== nbdev_proc_nbs =="
if [ ${#nbs[@]} -eq 0 ]; then
  mapfile -t nbs < <(ls nbs/*.ipynb | grep -v '/[_.]')
  # the CLI also rewrites nbs/sidebar.yml listing every file (its file_glob defaults to ''); nbdev_docs
  # lists only notebooks, so put back whatever nbs/sidebar.yml was there before
  [ -e nbs/sidebar.yml ] && cp -p nbs/sidebar.yml "$tmp/sidebar.yml"
  "$bin/nbdev_proc_nbs" --n_workers "${N_WORKERS:-1}" >"$tmp/proc.log" 2>&1 \
    || { echo "nbdev_proc_nbs failed (re-processing the missing notebooks one by one):"; grep -m1 -A1 '^Exception' "$tmp/proc.log"; }
  if [ -e "$tmp/sidebar.yml" ]; then cp -p "$tmp/sidebar.yml" nbs/sidebar.yml; else rm -f nbs/sidebar.yml; fi
  grep -q 'Found cells containing imports and other code' "$tmp/proc.log" && echo "nbdev warned: cells mixing imports and other code (see MIXED below)"
fi
mkdir -p "$out"; : >"$tmp/procfail"
for nb in "${nbs[@]}"; do
  name=$(basename "$nb"); dst=_proc/$name
  if [ ! -e "$dst" ] || [ "$dst" -ot "$nb" ]; then   # missing or stale: process this notebook alone
    if ! "$bin/python" -c 'import sys; from pathlib import Path; from nbdev.serve_drv import main; from nbdev.processors import FilterDefaults
main((Path(sys.argv[1]), Path(sys.argv[2]), FilterDefaults))' "$nb" "$dst" >"$out/${name%.ipynb}.proc.log" 2>&1; then
      rm -f "$dst"; echo "$name $(grep -m1 '^Exception' "$out/${name%.ipynb}.proc.log")" >>"$tmp/procfail"
    fi
  fi
done

echo "== nbconvert + screenshots =="
# A Quarto-like view copy for nbconvert: frontmatter -> title + summary, `#| echo: false` inputs hidden,
# Quarto link attributes ({target=...}) dropped. The checks below read _proc/NAME.ipynb itself.
"$bin/python" - "$out" "${nbs[@]}" <<'EOF'
import json, re, sys, yaml
from pathlib import Path
for nb in sys.argv[2:]:
    f = Path('_proc') / Path(nb).name
    if not f.exists(): continue
    d = json.loads(f.read_text())
    for c in d['cells']:
        t = ''.join(c['source'])
        if c['cell_type'] == 'raw' and t.startswith('---'):
            fm = yaml.safe_load(t.strip().strip('-')) or {}
            c.update(cell_type='markdown', source=f"# {fm.get('title', '')}\n\n> {fm.get('description', '')}")
        elif c['cell_type'] == 'code':
            if re.search(r'^#\|\s*echo:\s*false', t, re.M): c['metadata'].setdefault('transient', {})['remove_source'] = True
            for o in c.get('outputs', []):
                md = o.get('data', {}).get('text/markdown')
                if md: o['data']['text/markdown'] = re.sub(r'\{target="_blank"[^}]*\}', '', ''.join(md))
    (Path(sys.argv[1]) / f.name).write_text(json.dumps(d))
EOF
for nb in "${nbs[@]}"; do
  name=$(basename "$nb" .ipynb); [ -e "$out/$name.ipynb" ] || continue
  "$bin/jupyter" nbconvert --to html --output-dir "$out" "$out/$name.ipynb" >"$tmp/nbc.log" 2>&1 \
    || { echo "nbconvert failed: $name"; tail -3 "$tmp/nbc.log"; continue; }
  if [ $shots = 1 ]; then
    prof=$(mktemp -d)
    timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
      --user-data-dir="$prof" --window-size=1200,3000 --screenshot="$root/$out/$name.png" \
      "file://$root/$out/$name.html" >/dev/null 2>&1 || echo "screenshot failed: $name"
    rm -rf "$prof"
  fi
done

echo "== summary =="
"$bin/python" - "$tmp/procfail" "${nbs[@]}" <<'EOF'
import ast, json, re, sys
from pathlib import Path
from nbdev.processors import showdoc_nm
fails = dict(l.split(' ', 1) for l in Path(sys.argv[1]).read_text().splitlines())
NBDEV = r'(export|exports|exporti|hide|default_exp|hide_line|exec_doc|slow|gpu)\b'
re_dir, re_nbdev = re.compile(r'^\s*#\s*\|.*$', re.M), re.compile(r'^\s*#\s*\|\s*' + NBDEV)
def src(c): return ''.join(c['source']) if isinstance(c['source'], list) else c['source']
def parse(t):
    try: return ast.parse('\n'.join(l for l in t.splitlines() if not l.lstrip().startswith(('%', '!'))))
    except SyntaxError: return None
def dirs(t): return ' '.join(re.findall(r'^\s*#\s*\|\s*(.*)$', t, re.M))
bad = 0
print(f"{'notebook':28} {'cells':>5} {'code/out':>9} {'img':>3} {'err':>3} {'leak':>4} {'show_doc':>8}  notes")
for nb in sys.argv[2:]:
    name = Path(nb).name
    if name in fails: print(f"{name:28} PROC FAIL  {fails[name]}"); bad += 1; continue
    s, p = json.loads(Path(nb).read_text()), json.loads((Path('_proc') / name).read_text())
    notes, leaks, exported, mixed = [], [], [], []
    for i, c in enumerate(s['cells']):   # source notebook: exported names, import cells nbdev runs at doc time
        t = src(c); d = dirs(t); tree = parse(t) if c['cell_type'] == 'code' else None
        if tree is None: continue
        if re.search(r'\b(export|exports)\b', d) and 'hide' not in d:
            exported += [showdoc_nm(n) for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                         and (not n.name.startswith('_') or n.name.startswith('__'))]
        imp = any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
        other = any(isinstance(n, (ast.Expr, ast.Assign)) for n in ast.walk(tree))
        if imp and other and not re.search(r'\bexport', d) and not re.search(r'eval:\s*false', d): mixed.append(i)
    shown, nodoc, undoc_par, linked, errs, imgs, code, with_out = set(), [], [], [], 0, 0, 0, 0
    for c in p['cells']:                 # processed notebook
        if c['cell_type'] != 'code': continue
        t, outs = src(c), c.get('outputs', [])
        leaks += [m.group(0).strip() for m in re_dir.finditer(t) if re_nbdev.match(m.group(0))]
        if 'nbdev_export()' in t: leaks.append('nbdev_export()')
        errs += sum(o['output_type'] == 'error' for o in outs)
        imgs += sum(bool({'image/png', 'image/svg+xml'} & set(o.get('data', {}))) for o in outs)
        m = re.match(r'(?:\s*#\|.*\n)*\s*show_doc\(([\w.]+)', t)
        if not m:
            code += 1; with_out += bool(outs)
            if t.strip().startswith('from fastcore.test import'): notes.append('visible fastcore.test import')
            continue
        nm = m.group(1); shown.add(nm)
        md = ''.join(''.join(o.get('data', {}).get('text/markdown', '')) for o in outs)
        if not md: notes.append(f'show_doc({nm}) has no output'); continue
        if not re.search(r'^\*.+\*\s*$', md, re.M): nodoc.append(nm)
        sig = re.search(r'```python\n(.*?)```', md, re.S)
        pars = sig.group(1).splitlines()[1:-1] if sig else []
        if any(l.strip() and '#' not in l and l.strip() not in ('*,', '/,') for l in pars): undoc_par.append(nm)
        if sig and re.search(r'\]\(https?://', sig.group(1)): linked.append(nm)
    for i, c in enumerate(s['cells']):  # pandoc: no math if a space follows the opening / precedes the closing $
        t = re.sub(r'\$\$.*?\$\$', '', re.sub(r'`[^`]*`', '', src(c)), flags=re.S) if c['cell_type'] == 'markdown' else ''
        for m in re.finditer(r'(?<![\\$])\$([^$]+?)\$', t):
            if m.group(1)[0].isspace() or m.group(1)[-1].isspace(): notes.append(f'TeX not math in Quarto (space inside $..$), md cell {i}: ${m.group(1)[:40]}$')
    if linked: notes.append('markdown links inside signature (backticked names in docments comments): ' + ','.join(linked))
    missing = [n for n in exported if n not in shown]
    if missing: notes.append('no show_doc: ' + ','.join(missing))
    if nodoc: notes.append('no docstring: ' + ','.join(nodoc))
    if undoc_par: notes.append('params w/o docments: ' + ','.join(undoc_par))
    if mixed: notes.append(f'import+code cells run at doc build: source cells {mixed}')
    if code and not with_out: notes.append('NO OUTPUTS stored (not executed?)')
    if leaks: notes.append('LEAKED: ' + '; '.join(sorted(set(leaks))))
    bad += bool(errs or leaks)
    print(f"{name:28} {len(p['cells']):5} {code:4}/{with_out:<4} {imgs:3} {errs:3} {len(leaks):4} {len(shown & set(exported)):3}/{len(set(exported)):<4}  {' | '.join(notes)}")
print(f"{len(sys.argv)-2} notebooks, {bad} failing (processing failure, error output or leaked directive)")
print("code/out: visible code cells / with outputs; show_doc: exported names shown / exported names")
print("HTML + PNG in _proc/_html/ (offline: MathJax cannot load, raw TeX in the screenshots is expected)")
sys.exit(1 if bad else 0)
EOF
