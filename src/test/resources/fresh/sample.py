#!/usr/bin/env python3
"""Draw the fresh held-out set of the events issue (issue 8) from the shared corpus.

usage: python3 sample.py ../../../../../shared/corpus/kcna-2024.jsonl [--seed N] [--exclude FILE]... > articles.jsonl
A random sample (seed 20261201) of 40 distinct texts, spread over the corpus's sections in
proportion to their distinct texts (at least one each), none of them annotated before (own gold,
dev set). Texts over 5,000 characters (86 of 1,744 records, long documents) are left out so that
each article can be annotated in full. The set was annotated before any change to the event
grammar and is never tuned on.
"""
import json, os, random, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, N, MAX_CHARS = 20261201, 40, 5000


def text(r):
    return (r.get("story_text") or r.get("text") or "").strip()


def main(corpus, seed=SEED, exclude=()):
    seen_ids, seen_texts = set(), set()
    for path in (os.path.join(HERE, "../gold/articles.jsonl"),
                 os.path.join(HERE, "../../../../../shared/eval/dev/articles.jsonl"), *exclude):
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                r = json.loads(line)
                seen_ids.add(r["id"]); seen_texts.add(text(r))
    by_text = {}
    for line in open(corpus, encoding="utf-8"):
        r = json.loads(line)
        t = text(r)
        if t and len(t) <= MAX_CHARS and t not in seen_texts and r["id"] not in seen_ids:
            by_text.setdefault(t, r)          # the first record of each distinct text
    sections = collections.defaultdict(list)
    for r in sorted(by_text.values(), key=lambda r: r["id"]):
        sections[r.get("topic") or ""].append(r)
    total = sum(len(v) for v in sections.values())
    quota = {s: max(1, round(N * len(v) / total)) for s, v in sections.items()}
    while sum(quota.values()) > N:                 # trim the largest sections first
        quota[max(quota, key=lambda s: quota[s])] -= 1
    while sum(quota.values()) < N:
        quota[max(sections, key=lambda s: len(sections[s]) / quota[s])] += 1
    rnd = random.Random(seed)
    picked = []
    for s in sorted(sections):
        picked += rnd.sample(sections[s], quota[s])
    for r in sorted(picked, key=lambda r: r["id"]):
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--exclude", action="append", default=[], help="articles already drawn (JSON lines), left out too")
    a = ap.parse_args()
    main(a.corpus, a.seed, a.exclude)
