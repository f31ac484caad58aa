"""GPU reference for bench/run.ts on the `cuda` backend: Hugging Face transformers' Qwen2ForCausalLM
(random weights, float32, SDPA attention) on the same GPU, timed on the same config as the JavaScript
side: training tokens/s (forward + backward + torch.optim.AdamW on B x T tokens), generation tokens/s
with the KV cache at the config's batch sizes (sampling at temperature 1, a fixed number of new
tokens), and the peak GPU memory. Prints one JSON line; prints {"skipped": ...} when torch,
transformers or a CUDA device is missing.
Usage: python3 bench/transformers_ref.py --config '{"vocab_size": ..., "gen_batches": [1, 64], ...}'
"""

import json
import sys
import time

try:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM
except ImportError as e:  # the benchmark carries on without the reference
    print(json.dumps({"skipped": f"torch or transformers is not installed ({e})"}))
    sys.exit(0)


def main():
    if not torch.cuda.is_available():
        print(json.dumps({"skipped": "torch finds no CUDA device"}))
        return
    c = json.loads(sys.argv[sys.argv.index("--config") + 1])
    torch.manual_seed(0)
    torch.backends.cuda.matmul.allow_tf32 = c.get("tf32", False)
    config = Qwen2Config(
        vocab_size=c["vocab_size"],
        hidden_size=c["hidden_size"],
        intermediate_size=c["intermediate_size"],
        num_hidden_layers=c["num_hidden_layers"],
        num_attention_heads=c["num_attention_heads"],
        num_key_value_heads=c["num_key_value_heads"],
        tie_word_embeddings=c["tie_word_embeddings"],
        max_position_embeddings=4096,
        attn_implementation="sdpa",
    )
    model = Qwen2ForCausalLM(config).to("cuda", torch.float32)
    params = sum(p.numel() for p in model.parameters())
    B, T, V = c["batch"], c["tokens"], c["vocab_size"]
    ids = torch.tensor([[(b * 31 + i * 7) % V for i in range(T)] for b in range(B)], device="cuda")
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)

    def step():
        loss = model(input_ids=ids, labels=ids).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        loss.item()

    step()  # warm-up: creates the AdamW moments
    n = 3
    torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(n):
        step()
    torch.cuda.synchronize()
    train = n * B * T / (time.perf_counter() - t)
    opt = None
    torch.cuda.empty_cache()

    @torch.no_grad()
    def gen(bs, new):
        prompt = torch.tensor(
            [[1 + (b + i) % 50 for i in range(c["prompt"])] for b in range(bs)], device="cuda"
        )
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        model.generate(
            input_ids=prompt,
            attention_mask=torch.ones_like(prompt),
            max_new_tokens=new,
            min_new_tokens=new,
            do_sample=True,
            temperature=1.0,
            top_k=0,
            top_p=1.0,
            pad_token_id=0,
        )
        torch.cuda.synchronize()
        return bs * new / (time.perf_counter() - t0)

    gen(1, 2)  # warm-up
    rates = {str(bs): gen(bs, c["new_tokens"]) for bs in c["gen_batches"]}
    print(
        json.dumps(
            {
                "config": "",
                "backend": f"transformers on {torch.cuda.get_device_name(0)}, torch {torch.__version__}",
                "params": params,
                "trainSteps": n,
                "trainTokensPerS": train,
                "genTokensPerS": rates,
                "decodeAt10Ms": None,
                "decodeAtLongMs": None,
                "peakRssMiB": 0,
                "peakTfMiB": torch.cuda.max_memory_allocated() / 2**20,
            }
        )
    )


main()
