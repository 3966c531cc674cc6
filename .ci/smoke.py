"Smoke test of a plain `pip install .`: no notebook tooling installed, the models import and run one tiny forward/backward."
import importlib.util, math, torch, diffaugflow
assert importlib.util.find_spec('nbdev') is None, "nbdev leaked into the runtime requirements"
from diffaugflow.core import bits_per_dim
from diffaugflow.daf import DiffAugFlow
from diffaugflow.glow import Glow
from diffaugflow.toys import load_digits

torch.manual_seed(0)
m = DiffAugFlow((2,), flow=dict(n_layers=2, coupling='spline', hidden=16), net=dict(hidden=16, n_layers=1))
loss = m.loss(torch.randn(16, 2))['loss']
loss.backward()
assert math.isfinite(loss.item()) and all(torch.isfinite(p.grad).all() for p in m.parameters() if p.grad is not None)

x = load_digits('test')[:8]
g = Glow.from_preset('tiny', img_size=8, L=2)
out = g.loss(x); out['loss'].backward()
s = g.sample(2)
assert s.shape == (2, 1, 8, 8) and math.isfinite(out['bpd'].item())
print(f"smoke ok: diffaugflow {diffaugflow.__version__}; DiffAugFlow toy loss {loss.item():.3f} nats, tiny Glow {out['bpd'].item():.3f} bits/dim")
