#!/usr/bin/env python3
"""Draws the candidates of the labelled evaluation sets from the real postings.

    python3 scripts/devset_sample.py ../shared/data/postings.jsonl > candidates.tsv

Prints id, stratum and split (dev or heldout) for a stratified, seeded sample. It assigns no
labels: each candidate is labelled by a person reading its body (docs/devset.md).
"""
import json
import random
import re
import sys

STRATA = [
    # name, how many, test on (title, text)
    ("cx_title", 10**6, lambda t, x: re.search(
        r"\b(customer|client|guest|member|patient|citizen|consumer)s?\s+experience\b|\bcx\b|"
        r"\bexperience\s+(manager|associate|specialist|representative|guide|officer|lead|"
        r"director|team|host|ambassador|advocate|agent)", t, re.I)),
    ("strategy_body", 45, lambda t, x: re.search(
        r"voice of the customer|customer insights?|journey map|customer experience strategy|"
        r"net promoter|\bNPS\b|customer research|customer feedback program|\bCSAT\b", x, re.I)),
    ("service_title", 45, lambda t, x: re.search(
        r"customer (service|care|support)|call cent|contact cent|help ?desk|support (specialist|"
        r"representative|agent)|client service|service desk|front desk|receptionist", t, re.I)),
    ("retail_sales_title", 45, lambda t, x: re.search(
        r"retail|\bstore\b|cashier|sales (associate|representative|executive|agent)|"
        r"account executive|business development|telemarket|merchandis", t, re.I)),
    ("customer_success_title", 15, lambda t, x: re.search(
        r"customer success|client success|account manager", t, re.I)),
    ("cx_platform_tech", 15, lambda t, x: re.search(
        r"engineer|developer|administrator|architect|consultant", t, re.I) and re.search(
        r"salesforce|zendesk|genesys|qualtrics|medallia|service cloud|five9|talkdesk", x, re.I)),
    ("random", 70, lambda t, x: True),
]


def main(path):
    rng = random.Random(20261124)
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    taken = set()
    rows = []
    for name, count, test in STRATA:
        pool = [d for d in docs if d["id"] not in taken and test(d["title"], d["text"])]
        rng.shuffle(pool)
        for d in pool[:count]:
            taken.add(d["id"])
            rows.append((d["id"], name))
    split_rng = random.Random(7)
    for doc_id, name in rows:
        split = "heldout" if split_rng.random() < 0.33 else "dev"
        print(f"{doc_id}\t{name}\t{split}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/postings.jsonl")
