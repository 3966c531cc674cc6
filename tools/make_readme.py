"""Write README.md from nbs/index.ipynb without Quarto (nbdev_readme needs it).

Runs nbdev's doc processors on the index notebook (hidden cells and directives removed),
keeps markdown, code and text outputs, drops images and widget/HTML outputs, and writes
markdown. Usage: python tools/make_readme.py   (from the repository root)
"""
import copy, json, subprocess, sys, tempfile, pathlib, os
from nbdev.process import NBProcessor
from nbdev.processors import FilterDefaults
from execnb.nbio import read_nb, write_nb
from nbconvert import MarkdownExporter
import nbformat

root = pathlib.Path(__file__).resolve().parents[1]
nb = read_nb(root/'nbs'/'index.ipynb')
NBProcessor(root/'nbs'/'index.ipynb', FilterDefaults().procs(), nb=nb).process()
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d)/'index.ipynb'
    write_nb(nb, p)
    node = nbformat.read(p, as_version=4)
for c in node.cells:
    if c.cell_type != 'code': continue
    c.outputs = [o for o in c.get('outputs', []) if o.get('output_type') == 'stream' and o.get('name') == 'stdout'
                 or (o.get('output_type') in ('execute_result', 'display_data') and 'text/plain' in o.get('data', {})
                     and not any(k.startswith('image/') for k in o['data']))]
    for o in c.outputs:
        if 'data' in o: o['data'] = {'text/plain': o['data']['text/plain']}
body, _ = MarkdownExporter().from_notebook_node(node)
(root/'README.md').write_text(body.strip() + '\n')
print(f"wrote README.md ({len(body)} chars)")
