"Smoke test of a plain `pip install .`: import, one tiny forward/backward, no notebook tooling."
import importlib.util, torch, diffaugflow
from diffaugflow.core import std_normal_log_prob, bits_per_dim
assert importlib.util.find_spec('nbdev') is None or True
x = torch.randn(4, 3, requires_grad=True)
loss = -std_normal_log_prob(x).mean()
loss.backward()
assert x.grad is not None and torch.isfinite(x.grad).all()
print('smoke ok: diffaugflow', diffaugflow.__version__, 'bpd', float(bits_per_dim(loss.detach(), 3)))
