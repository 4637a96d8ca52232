#!/usr/bin/env python3
"""Splits annotated articles (gold JSON Lines) into eval/corpus/tune.jsonl and eval/corpus/test.jsonl.

    python3 eval/split.py BATCH.jsonl [MORE.jsonl ...]

It was run once, on the batches the articles were annotated in (the batches are not kept: the two files hold them).

The split is made once and at random, the same way every time: an article goes to `test` when the SHA-1 of its id,
read as a fraction of 2^160, is below 0.4, so each article's side depends on its id alone and never moves when
articles are added. `test` is scored, never read for errors.
Standard library only.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST_SHARE = 0.4


def main():
    by_lang = {}
    for path in sys.argv[1:]:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                by_lang.setdefault(d["lang"], []).append(d)
    tune, test = [], []
    for lang in sorted(by_lang):
        arts = by_lang[lang]
        side = [int(hashlib.sha1(d["id"].encode()).hexdigest(), 16) < TEST_SHARE * 2 ** 160 for d in arts]
        test += [d for d, t in zip(arts, side) if t]
        tune += [d for d, t in zip(arts, side) if not t]
        print("%-8s %3d articles: tune %3d, test %3d" % (lang, len(arts), side.count(False), side.count(True)))
    for name, arts in (("tune", tune), ("test", test)):
        arts.sort(key=lambda d: d["id"])
        with open(os.path.join(HERE, "corpus", name + ".jsonl"), "w", encoding="utf-8") as f:
            for d in arts:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("tune %d, test %d" % (len(tune), len(test)))


if __name__ == "__main__":
    main()
