"""PyTorch CPU reference for bench/run.ts: the same Qwen2-style model (RMSNorm, rotary embeddings,
grouped-query attention with q/k/v biases, SwiGLU MLP, tied or untied head) written in plain torch,
timed on the same configs: training tokens/s (forward + backward + AdamW), generation tokens/s with a
KV cache at the config's batch sizes (gen_batches), and the process's peak RSS. Prints one JSON line; prints
{"skipped": ...} when torch is not installed.
Usage: /usr/bin/python3 bench/torch_ref.py --config '{"vocab_size": ..., ...}'
"""

import json
import resource
import sys
import time

try:
    import torch
    import torch.nn.functional as F
except ImportError as e:  # the benchmark carries on without the reference
    print(json.dumps({"skipped": f"PyTorch is not installed ({e})"}))
    sys.exit(0)


class Model(torch.nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        h, heads, kv = c["hidden_size"], c["num_attention_heads"], c["num_key_value_heads"]
        self.hd = h // heads
        self.heads, self.kv = heads, kv
        self.embed = torch.nn.Embedding(c["vocab_size"], h)
        self.layers = torch.nn.ModuleList()
        for _ in range(c["num_hidden_layers"]):
            layer = torch.nn.Module()
            layer.ln1 = torch.nn.Parameter(torch.ones(h))
            layer.ln2 = torch.nn.Parameter(torch.ones(h))
            layer.q = torch.nn.Linear(h, heads * self.hd)
            layer.k = torch.nn.Linear(h, kv * self.hd)
            layer.v = torch.nn.Linear(h, kv * self.hd)
            layer.o = torch.nn.Linear(heads * self.hd, h, bias=False)
            layer.gate = torch.nn.Linear(h, c["intermediate_size"], bias=False)
            layer.up = torch.nn.Linear(h, c["intermediate_size"], bias=False)
            layer.down = torch.nn.Linear(c["intermediate_size"], h, bias=False)
            self.layers.append(layer)
        self.norm = torch.nn.Parameter(torch.ones(h))
        self.head = None if c["tie_word_embeddings"] else torch.nn.Linear(h, c["vocab_size"], bias=False)
        inv = 1.0 / (10000.0 ** (torch.arange(0, self.hd, 2).float() / self.hd))
        self.register_buffer("inv_freq", inv, persistent=False)

    @staticmethod
    def rms(x, w):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * w

    def rope(self, x, pos):
        f = pos[:, None].float() * self.inv_freq[None, :]
        emb = torch.cat([f, f], -1)
        cos, sin = emb.cos(), emb.sin()
        x1, x2 = x[..., : self.hd // 2], x[..., self.hd // 2 :]
        return x * cos + torch.cat([-x2, x1], -1) * sin

    def forward(self, ids, cache=None):
        B, T = ids.shape
        past = 0 if cache is None else cache[0][0].shape[2]
        pos = torch.arange(past, past + T)
        x = self.embed(ids)
        new_cache = []
        for i, l in enumerate(self.layers):
            y = self.rms(x, l.ln1)
            q = l.q(y).view(B, T, self.heads, self.hd).transpose(1, 2)
            k = l.k(y).view(B, T, self.kv, self.hd).transpose(1, 2)
            v = l.v(y).view(B, T, self.kv, self.hd).transpose(1, 2)
            q, k = self.rope(q, pos), self.rope(k, pos)
            if cache is not None:
                k = torch.cat([cache[i][0], k], 2)
                v = torch.cat([cache[i][1], v], 2)
            new_cache.append((k, v))
            rep = self.heads // self.kv
            kk, vv = k.repeat_interleave(rep, 1), v.repeat_interleave(rep, 1)
            s = (q @ kk.transpose(-1, -2)) / self.hd**0.5  # torch 1.13: no scaled_dot_product_attention
            if T > 1:
                S = kk.shape[2]
                s = s.masked_fill(torch.ones(T, S, dtype=torch.bool).triu(S - T + 1), float("-inf"))
            a = torch.softmax(s, -1) @ vv
            x = x + l.o(a.transpose(1, 2).reshape(B, T, -1))
            y = self.rms(x, l.ln2)
            x = x + l.down(F.silu(l.gate(y)) * l.up(y))
        x = self.rms(x, self.norm)
        logits = x @ self.embed.weight.T if self.head is None else self.head(x)
        return logits, new_cache


def main():
    c = json.loads(sys.argv[sys.argv.index("--config") + 1])
    torch.manual_seed(0)
    model = Model(c)
    for p in model.parameters():
        torch.nn.init.normal_(p, std=0.02)
    params = sum(p.numel() for p in model.parameters())
    B, T, V = c["batch"], c["tokens"], c["vocab_size"]
    ids = torch.tensor([[(b * 31 + i * 7) % V for i in range(T)] for b in range(B)])
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)

    def step():
        logits, _ = model(ids[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, V), ids[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()

    step()  # warm-up: creates the AdamW moments
    n = 2
    t = time.perf_counter()
    for _ in range(n):
        step()
    train = n * B * T / (time.perf_counter() - t)

    @torch.no_grad()
    def gen(bs):
        prompt = torch.tensor([[1 + (b + i) % 50 for i in range(c["prompt"])] for b in range(bs)])
        new = c["new_tokens"]
        t0 = time.perf_counter()
        logits, cache = model(prompt)
        for _ in range(new):
            probs = torch.softmax(logits[:, -1].float(), -1)
            nxt = torch.multinomial(probs, 1)
            logits, cache = model(nxt, cache)
        return bs * new / (time.perf_counter() - t0)

    gen(1)
    rates = {str(bs): gen(bs) for bs in c["gen_batches"]}
    print(
        json.dumps(
            {
                "config": "",
                "backend": f"torch {torch.__version__}",
                "params": params,
                "trainSteps": n,
                "trainTokensPerS": train,
                "genTokensPerS": rates,
                "decodeAt10Ms": None,
                "decodeAtLongMs": None,
                "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "peakTfMiB": 0,
                "torchThreads": torch.get_num_threads(),
            }
        )
    )


main()
