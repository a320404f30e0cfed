"""A recorded negative result: learned per-bucket weights for the character sketch.

The sentence embedding's character part (model.CharSketch) weights each hashed n-gram bucket by
its idf. This tries to learn those weights instead: w_b = idf_b * exp(delta_b), with CoSENT on
KorSTS train pairs (optionally plus Korean XNLI as ordinal labels and paraphrase groups with random
negatives), an L2 penalty on delta, and 5-fold cross-validation on KorSTS *train* (the dev split
plays no part). It did not help: the best setting matched plain idf (0.636 vs 0.633) and every
longer run overfitted, so fit_sketch.py keeps the idf. Takes about 20 minutes on 2 cores:

  python3 scripts/train/sketch_weights_cv.py [SOURCES REGS STEPS]
  (default: s,sx,sp,sxp 1e-5,1e-4 300,1000; s = KorSTS train, x = XNLI, p = paraphrase groups)
"""
import math, sys, time
import numpy as np, torch
from scipy.stats import spearmanr
from char_features import BUCKETS, ORDERS, char_features
from common import SEED, load_korsts, load_xnli, load_paraphrase_groups, load_chatbot_groups
from fit_sketch import training_texts, fit_idf

torch.manual_seed(SEED)
idf, _ = fit_idf(training_texts(), ORDERS)  # recorded with the 1-3-gram features of its time
feat_cache = {}
def feats(t):
    f = feat_cache.get(t)
    if f is None:
        f = {b: 1 + math.log(c) for b, c in char_features(t)}
        feat_cache[t] = f
    return f

def pack(pairs):
    """pairs: list of (a, b, y) -> tensors for sparse cosine."""
    ai, av, ap, bi, bv, bp, ii, iv, ip = [], [], [], [], [], [], [], [], []
    for k, (a, b, _) in enumerate(pairs):
        fa, fb = feats(a), feats(b)
        for x, v in fa.items(): ai.append(x); av.append(v); ap.append(k)
        for x, v in fb.items(): bi.append(x); bv.append(v); bp.append(k)
        for x, v in fa.items():
            if x in fb: ii.append(x); iv.append(v * fb[x]); ip.append(k)
    T = lambda z, d=torch.long: torch.tensor(z, dtype=d)
    return dict(ai=T(ai), av=T(av, torch.float32), ap=T(ap), bi=T(bi), bv=T(bv, torch.float32), bp=T(bp),
                ii=T(ii), iv=T(iv, torch.float32), ip=T(ip), y=T([y for _, _, y in pairs], torch.float32), n=len(pairs))

def cosines(P, w):
    n = P['n']
    na = torch.zeros(n).index_add_(0, P['ap'], (P['av'] * w[P['ai']]) ** 2)
    nb = torch.zeros(n).index_add_(0, P['bp'], (P['bv'] * w[P['bi']]) ** 2)
    dot = torch.zeros(n).index_add_(0, P['ip'], P['iv'] * w[P['ii']] ** 2)
    return dot / (na.sqrt() * nb.sqrt()).clamp(min=1e-8)

def cosent(cos, y, lam=20.0):
    d = lam * (cos[None, :] - cos[:, None])  # d[i,j] = cos_j - cos_i
    mask = (y[:, None] > y[None, :]).float()   # i should be above j
    d = d - (1 - mask) * 1e12
    return torch.logsumexp(torch.cat([torch.zeros(1), d.flatten()]), 0)

def subset(P_pairs, idx): return [P_pairs[i] for i in idx]

def train(sources, reg, steps, lr=0.05, batch=256):
    delta = torch.zeros(BUCKETS, requires_grad=True)
    base = torch.tensor(idf, dtype=torch.float32)
    opt = torch.optim.Adam([delta], lr=lr)
    rng = np.random.default_rng(SEED)
    packs = [(pairs, wt) for pairs, wt in sources]
    for step in range(steps):
        loss = reg * (delta ** 2).sum()
        for pairs, wt in packs:
            idx = rng.choice(len(pairs), size=min(batch, len(pairs)), replace=False)
            P = pack(subset(pairs, idx))
            loss = loss + wt * cosent(cosines(P, base * delta.exp()), P['y'])
        opt.zero_grad(); loss.backward(); opt.step()
    return (base * delta.exp()).detach()

def score(pairs, w):
    P = pack(pairs)
    return spearmanr(cosines(P, w).numpy(), P['y'].numpy())[0]

sts = load_korsts('train')
xnli = [(a, b, {'entailment': 2.0, 'neutral': 1.0, 'contradiction': 0.0}[l]) for a, b, l in load_xnli()]
# paraphrase groups -> positive pairs (1) and shuffled negatives (0)
rng = np.random.default_rng(SEED)
groups = load_paraphrase_groups() + load_chatbot_groups()
para = []
for g in groups:
    for i in range(len(g) - 1): para.append((g[i], g[i + 1], 1.0))
flat = [x for g in groups for x in g]
para += [(a, flat[rng.integers(len(flat))], 0.0) for a, _, _ in para]
print('sts', len(sts), 'xnli', len(xnli), 'para', len(para), flush=True)
folds = np.random.default_rng(SEED).integers(0, 5, size=len(sts))
base = torch.tensor(idf, dtype=torch.float32)
args = sys.argv[1:] or ['s,sx,sp,sxp', '1e-5,1e-4', '300,1000']
configs = [(name, reg, steps) for name in args[0].split(',') for reg in map(float, args[1].split(',')) for steps in map(int, args[2].split(','))]
for name, reg, steps in configs:
    t0 = time.time(); r0, r1 = [], []
    for f in range(5):
        tr = [p for p, k in zip(sts, folds) if k != f]; te = [p for p, k in zip(sts, folds) if k == f]
        src = []
        if 's' in name: src.append((tr, 1.0))
        if 'x' in name: src.append((xnli, 0.5))
        if 'p' in name: src.append((para, 0.5))
        w = train(src, reg, steps)
        r0.append(score(te, base)); r1.append(score(te, w))
    print(f'{name} reg={reg} steps={steps}: idf {np.mean(r0):.4f} learned {np.mean(r1):.4f} ({time.time()-t0:.0f}s)', flush=True)
