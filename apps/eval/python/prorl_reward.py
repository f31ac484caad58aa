"""prorl rewards for verl and TRL, computed by a running `prorl-eval serve`.

Standard library only: copy this file anywhere, or point your framework at the copy inside the
installed package (`prorl-eval glue` prints its path).

verl (reward_model.reward_manager=naive, the default):
    custom_reward_function.path=/path/to/prorl_reward.py
    custom_reward_function.name=compute_score
verl batch manager (one HTTP request per batch):
    reward_model.reward_manager=batch
    custom_reward_function.name=compute_score_batch
    Optional: +custom_reward_function.reward_kwargs.url=http://host:8700
TRL (GRPOTrainer):
    from prorl_reward import trl_reward          # or make_trl_reward(url=..., options=...)
    GRPOTrainer(..., reward_funcs=[trl_reward], train_dataset=<the exported verl parquet>)

The ground truth is what `prorl-eval export` writes: the JSON text {"task", "example"}, in
verl's reward_model.ground_truth and OpenRLHF's label. The server is found at the `url` keyword
argument, else $PRORL_SERVE_URL, else http://127.0.0.1:8700; $PRORL_API_KEY (or `api_key`) is
sent as a bearer token. Requests are retried with exponential backoff on connection errors,
429 (honouring Retry-After) and 5xx; an item the server cannot score gets reward 0 and a
warning, never an exception.
"""

import json
import os
import random
import sys
import time
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8700"
# Items per /score request: well under the server's default 64 MiB body limit.
BATCH_ITEMS = 512
RETRIES = 8
TIMEOUT_SECONDS = 600
RETRY_STATUSES = {408, 429, 500, 502, 503, 504}
_warned = set()


def _warn(message):
    if message not in _warned and len(_warned) < 1000:
        _warned.add(message)
        sys.stderr.write("prorl_reward: %s\n" % message)


def _server(url):
    return (url or os.environ.get("PRORL_SERVE_URL") or DEFAULT_URL).rstrip("/")


def _post(url, path, body, api_key=None, retries=RETRIES, timeout=TIMEOUT_SECONDS):
    """POST JSON with retries; returns the decoded reply or raises RuntimeError."""
    data = json.dumps(body).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    key = api_key or os.environ.get("PRORL_API_KEY")
    if key:
        headers["Authorization"] = "Bearer " + key
    last = "no attempt"
    for attempt in range(retries + 1):
        wait = min(30.0, 0.5 * 2**attempt) * (0.5 + random.random() / 2)
        request = urllib.request.Request(url + path, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                return json.loads(reply.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:500]
            last = "HTTP %d from %s%s: %s" % (error.code, url, path, detail)
            if error.code not in RETRY_STATUSES:
                raise RuntimeError(last)
            retry_after = error.headers.get("Retry-After")
            if retry_after and retry_after.isdigit():
                wait = max(wait, float(retry_after))
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
            last = "cannot reach %s%s (%s)" % (url, path, error)
        if attempt < retries:
            time.sleep(wait)
    raise RuntimeError("%s, after %d attempts" % (last, retries + 1))


def _label(ground_truth, data_source=None):
    """The {task, example[, options]} object of a ground truth (JSON text or dict)."""
    value = ground_truth
    if isinstance(value, (bytes, bytearray)):
        value = value.decode("utf-8")
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if not isinstance(value, dict):
        return None
    if "task" not in value and data_source:
        value = dict(value, task=data_source)
    return value


def score_items(items, url=None, api_key=None):
    """Scores {task, example, response, options?} items with POST /score, in order.

    Returns one dict per item: {"reward", "correct", "reason"} or, for an item the server
    could not use, reward 0 with an "error".
    """
    server = _server(url)
    results = []
    for start in range(0, len(items), BATCH_ITEMS):
        chunk = items[start : start + BATCH_ITEMS]
        reply = _post(server, "/score", {"items": chunk}, api_key=api_key)
        got = reply.get("results") if isinstance(reply, dict) else None
        if not isinstance(got, list) or len(got) != len(chunk):
            raise RuntimeError("unexpected reply from %s/score" % server)
        results.extend(got)
    for result in results:
        if "error" in result:
            _warn(result["error"])
    return results


def _item(data_source, solution_str, ground_truth, options):
    label = _label(ground_truth, data_source)
    if label is None:
        _warn("ground truth is not the JSON {task, example} that prorl-eval export writes: %.200r" % (ground_truth,))
        return {"task": data_source, "example": None, "response": solution_str}
    item = {"task": label.get("task"), "example": label.get("example"), "response": solution_str}
    merged = dict(label.get("options") or {})
    merged.update(options or {})
    if merged:
        item["options"] = merged
    return item


def _verl_score(result):
    return {"score": float(result.get("reward", 0.0)), "acc": bool(result.get("correct", False))}


def compute_score(data_source, solution_str, ground_truth, extra_info=None, url=None, options=None, api_key=None, **kwargs):
    """verl's custom_reward_function (naive and prime reward managers).

    Returns {"score": reward in [0, 1], "acc": correct}; verl uses "score" as the reward and
    logs the rest.
    """
    result = score_items([_item(data_source, solution_str, ground_truth, options)], url, api_key)[0]
    return _verl_score(result)


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None, url=None, options=None, api_key=None, **kwargs):
    """verl's custom_reward_function for reward_manager=batch: one list in, one list out."""
    items = [
        _item(source, solution, truth, options)
        for source, solution, truth in zip(data_sources, solution_strs, ground_truths)
    ]
    return [_verl_score(result) for result in score_items(items, url, api_key)]


def _completion_text(completion):
    """A TRL completion: a string, or a list of chat messages (the assistant's contents)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list):
        parts = []
        for message in completion:
            if isinstance(message, dict) and message.get("role", "assistant") == "assistant":
                content = message.get("content")
                if isinstance(content, str):
                    parts.append(content)
        return "".join(parts)
    return ""


def _trl_truths(kwargs):
    """Ground truths from the dataset columns TRL passes: reward_model, label or ground_truth."""
    if "reward_model" in kwargs:
        return [
            (rm or {}).get("ground_truth") if isinstance(rm, dict) else None
            for rm in kwargs["reward_model"]
        ]
    for column in ("label", "ground_truth"):
        if column in kwargs:
            return list(kwargs[column])
    raise ValueError(
        "prorl trl_reward needs a reward_model, label or ground_truth column "
        "(the verl parquet or OpenRLHF JSONL that prorl-eval export writes)"
    )


def make_trl_reward(url=None, options=None, api_key=None, name="prorl_reward"):
    """A TRL reward function (GRPOTrainer reward_funcs) bound to a server and options."""

    def reward(prompts=None, completions=None, **kwargs):
        completions = completions or []
        truths = _trl_truths(kwargs)
        sources = kwargs.get("data_source") or [None] * len(completions)
        items = [
            _item(source, _completion_text(completion), truth, options)
            for source, completion, truth in zip(sources, completions, truths)
        ]
        results = score_items(items, url, api_key)
        log_metric = kwargs.get("log_metric")
        if callable(log_metric) and results:
            log_metric("prorl/correct", sum(1 for r in results if r.get("correct")) / len(results))
            log_metric("prorl/invalid", sum(1 for r in results if "error" in r) / len(results))
        return [float(r.get("reward", 0.0)) for r in results]

    reward.__name__ = name
    return reward


trl_reward = make_trl_reward()
