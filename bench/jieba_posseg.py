#!/usr/bin/python3
"""Times jieba.posseg.cut (Debian's python3-jieba) over a text file, the peer
that bench_extract's throughput is compared with. Prints one line:
  jieba_posseg bytes=N seconds=S cpu_seconds=C MB_per_s=R cpu_MB_per_s=Q tokens=T hmm=H peak_rss_kb=K

  jieba_posseg.py FILE [--megabytes N] [--hmm]
The dictionary is loaded (and its cache built) before timing starts.
"""

import argparse
import logging
import resource
import sys
import time

import jieba
import jieba.posseg


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--megabytes", type=float, default=0, help="use only the first N MB (0 = all)")
    parser.add_argument("--hmm", action="store_true", help="HMM for unknown words (jieba's default is on)")
    args = parser.parse_args()

    jieba.setLogLevel(logging.WARNING)
    with open(args.file, "rb") as f:
        data = f.read()
    if args.megabytes > 0:
        limit = int(args.megabytes * 1024 * 1024)
        if len(data) > limit:
            cut = data.find(b"\n", limit)
            data = data[: cut + 1 if cut >= 0 else len(data)]
    text = data.decode("utf-8")
    jieba.initialize()
    list(jieba.posseg.cut("预热词性标注。", HMM=args.hmm))

    tokens = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    # Line by line, as a pipeline would feed it; posseg.cut is a generator.
    for line in text.splitlines():
        for _ in jieba.posseg.cut(line, HMM=args.hmm):
            tokens += 1
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mib = len(data) / (1024 * 1024)
    # cpu_MB_per_s is what one core does when the machine is shared.
    print("jieba_posseg bytes=%d seconds=%.3f cpu_seconds=%.3f MB_per_s=%.4f cpu_MB_per_s=%.4f tokens=%d hmm=%s "
          "peak_rss_kb=%d" % (len(data), seconds, cpu, mib / seconds, mib / cpu, tokens, args.hmm, rss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
