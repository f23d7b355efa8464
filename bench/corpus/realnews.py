#!/usr/bin/python3
"""A throughput corpus of real news writing: the repository's test articles.

The synthetic corpus (generate.py) is written from a small vocabulary, almost all
of it in jieba's dictionary; news names people and companies no dictionary holds.
This corpus repeats the articles under tests/data/extraction*/ and
resources/samples/ (mainland, Taiwan and Hong Kong Chinese, full-width text,
scraped pages, some English) until it reaches the size asked for, in a fixed
order. Inside an article blank lines become single line breaks, so that
bench_extract, which cuts its corpus at blank lines, reads whole articles.

  realnews.py OUT --megabytes 10 [--chinese-only]
"""

import argparse
import pathlib
import re
import sys

HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def articles(root, chinese_only):
    paths = sorted(root.glob("tests/data/extraction*/*/input.txt")) + sorted(root.glob("resources/samples/*.txt"))
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8").strip()
        text = re.sub(r"\n\s*\n+", "\n", text)
        if not text:
            continue
        if chinese_only and len(HAN.findall(text)) <= len(LATIN.findall(text)):
            continue
        out.append(text)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--chinese-only", action="store_true", help="leave out articles with more Latin letters than Han characters")
    args = parser.parse_args()

    root = pathlib.Path(__file__).resolve().parents[2]
    texts = articles(root, args.chinese_only)
    if not texts:
        sys.exit("realnews.py: no articles under %s" % root)
    limit = int(args.megabytes * 1024 * 1024)
    size = 0
    with open(args.out, "w", encoding="utf-8") as f:
        while size < limit:
            for text in texts:
                chunk = text + "\n\n"
                f.write(chunk)
                size += len(chunk.encode("utf-8"))
                if size >= limit:
                    break
    print("realnews.py: %d articles, %d bytes -> %s" % (len(texts), size, args.out))


if __name__ == "__main__":
    main()
