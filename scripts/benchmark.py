#!/usr/bin/env python
"""Benchmark diffaugflow against its peers and write the raw times as JSON (see nbs/62_benchmark.ipynb).

  python scripts/benchmark.py --preset digits --out benchmark_digits.json     # CPU, 1 thread, about 10 minutes
  python scripts/benchmark.py --preset mnist --device cuda --n 64             # the thesis's MNIST configuration on a GPU
  python scripts/benchmark.py --tiny                                          # seconds: checks the set-up
"""
import argparse, os, sys, time

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--preset', default='digits', help="DiffAugFlow/DDPM/Glow preset: 'digits' (8x8, CPU) or 'mnist', 'cifar10', 'celeba'")
    p.add_argument('--device', default='cpu')
    p.add_argument('--out', default=None, help='JSON path (default: benchmark_PRESET_DEVICE.json)')
    p.add_argument('--n', type=int, default=16, help='images per sampling draw')
    p.add_argument('--batch', type=int, default=64, help='training batch')
    p.add_argument('--repeats', type=int, default=5, help='interleaved rounds')
    p.add_argument('--daf_steps', type=int, default=500); p.add_argument('--ddpm_steps', type=int, default=1000)
    p.add_argument('--ddim_steps', type=int, default=50)
    p.add_argument('--threads', type=int, default=1, help='torch CPU threads (0: torch default)')
    p.add_argument('--no_memory', action='store_true', help='skip the peak-memory subprocesses')
    p.add_argument('--tiny', action='store_true', help='a few steps of everything (seconds)')
    a = p.parse_args(argv)
    if a.threads < 0: p.error(f'--threads must be >= 0, got {a.threads}')
    if a.threads: os.environ.setdefault('OMP_NUM_THREADS', str(a.threads))
    import torch
    if a.threads: torch.set_num_threads(a.threads)
    from diffaugflow.benchmark import run_benchmark
    if a.device.startswith('cuda') and not torch.cuda.is_available(): p.error('--device cuda: no CUDA device is available')
    kw = dict(n=a.n, daf_steps=a.daf_steps, ddpm_steps=a.ddpm_steps, ddim_steps=a.ddim_steps, batch=a.batch, repeats=a.repeats)
    if a.tiny: kw = dict(n=4, daf_steps=4, ddpm_steps=8, ddim_steps=2, batch=8, repeats=2, steps_per_call=1)
    out = a.out or f"benchmark_{a.preset}_{a.device.replace(':', '')}.json"
    t0 = time.time()
    r = run_benchmark(out, a.preset, a.device, memory=not a.no_memory, **kw)
    for k, v in {**r['sampling']['ratios'], **r['train']['ratios']}.items():
        print(f"{k:28s} ratio median {v['median']:.3f} (quartiles {v['q25']:.3f}-{v['q75']:.3f}, range {v['min']:.3f}-{v['max']:.3f}, {v['n']} rounds)")
    print(f"wrote {out} ({time.time() - t0:.0f} s)")

if __name__ == '__main__': sys.exit(main())
