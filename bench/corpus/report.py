#!/usr/bin/python3
"""Writes docs/performance.md from the outputs bench/run leaves in OUTDIR
(machine.txt, extract.json, rss.txt, jieba.txt, store.json, layout.json,
layout_cli.txt). Figures are Google Benchmark medians when repetitions ran."""

import json
import os
import re
import sys

MIB = 1024 * 1024


def kv_lines(path):
    rows = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            pairs = dict(re.findall(r"(\w+)=(\S+)", line))
            if pairs:
                rows.append(pairs)
    return rows


def bench_rows(path):
    """name -> median row (or the only row)."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return {}
    try:
        data = json.load(open(path, encoding="utf-8"))
    except ValueError:
        return {}
    rows = {}
    for b in data.get("benchmarks", []):
        name = b.get("run_name", b["name"])
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("error_occurred"):
            b["error"] = b.get("error_message", "error")
        rows[name] = b
    return rows


def ms(row):
    unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[row.get("time_unit", "ns")]
    return row["real_time"] * unit


def main():
    out = sys.argv[1]
    machine = {}
    for line in open(os.path.join(out, "machine.txt"), encoding="utf-8"):
        key, _, value = line.rstrip("\n").partition("=")
        machine[key] = value
    run = dict(re.findall(r"(\w+)=(\S+)", machine.get("quick", "")))
    quick = machine.get("quick", "0").startswith("1")
    p = print

    p("# Performance")
    p()
    p("Measured by `bench/run`%s on %s (commit %s). Figures are medians of %s repetitions "
      "(Google Benchmark); MB means MiB (2^20 bytes)." %
      (" --quick (CI-sized, not for comparison)" if quick else "", machine.get("date"), machine.get("commit"),
       run.get("reps", "?")))
    p()
    p("## Machine")
    p()
    p("| | |\n| --- | --- |")
    p("| CPU | %s |" % machine.get("cpu"))
    p("| nproc | %s |" % machine.get("nproc"))
    p("| load average when the report was written | %s |" % machine.get("load"))
    p("| Qt | %s |" % machine.get("qt"))
    p("| SQLite | %s |" % machine.get("sqlite"))
    p("| Graphviz | %s |" % machine.get("graphviz"))
    p("| compiler | %s |" % machine.get("gxx"))
    p("| python3-jieba | %s |" % machine.get("jieba"))
    p()
    p("The machine is shared with other builds: the load average above shows how busy it was, and "
      "absolute figures on an idle machine will be better. Ratios measured in the same run are the "
      "more trustworthy figures.")
    p()

    # Extraction
    ex = bench_rows(os.path.join(out, "extract.json"))
    jieba = kv_lines(os.path.join(out, "jieba.txt"))
    p("## Extraction throughput")
    p()
    p("Corpus: `bench/corpus/generate.py --concat FILE --megabytes %s` (synthetic Chinese news, "
      "seed 42), published date 2024-08-11." % run.get("mb", "?"))
    p()
    p("| run | MB | MB/s (wall clock) | MB/s per CPU-second | relations found | time (ms) |")
    p("| --- | --- | --- | --- | --- | --- |")
    one = two = one_cpu = None
    whole = sorted((n for n in ex if n.startswith("BM_ExtractWholeText/")),
                   key=lambda n: int(n.split("/")[1]))
    cases = [("BM_ExtractArticles/1", "Guanxi, article by article, 1 thread"),
             ("BM_ExtractArticles/2", "Guanxi, article by article, 2 threads, one shared Extractor")]
    cases += [(n, "Guanxi, first %s KiB as one document, 1 thread" % n.split("/")[1]) for n in whole]
    for name, label in cases:
        row = next((r for n, r in ex.items() if n.startswith(name + "/") or n == name), None)
        if not row:
            continue
        if "error" in row:
            p("| %s | | error: %s | | |" % (label, row["error"]))
            continue
        rate = row.get("bytes_per_second", 0) / MIB
        if name.endswith("/1"):
            one = rate
        if name.endswith("/2"):
            two = rate
        total = rate * ms(row) / 1000.0
        mb = row.get("MB") or total
        cpu = ms(dict(row, real_time=row["cpu_time"])) / 1000.0
        # Benchmark's CPU time is the main thread's: meaningful for one thread only.
        per_cpu = "%.2f" % (total / cpu) if cpu > 0 and not name.endswith("/2") else "n/a"
        p("| %s | %s | %.2f | %s | %d | %.0f |" % (label, "%.1f" % mb if mb else "", rate, per_cpu,
                                                  row.get("relations", 0), ms(row)))
        if name.endswith("/1") and cpu > 0:
            one_cpu = total / cpu
    for j in jieba:
        hmm = j.get("hmm") == "True"
        p("| peer: `jieba.posseg.cut` (python3-jieba, HMM=%s), line by line | %.2f | %.3f | %s | (segmentation and POS only) | %.0f |" %
          (hmm, int(j["bytes"]) / MIB, float(j["MB_per_s"]), j.get("cpu_MB_per_s", "n/a"),
           float(j["seconds"]) * 1000))
    p()
    if one and two:
        p("Two threads vs one: **%.2fx** (wall clock; on a machine whose two cores are shared with other "
          "jobs this understates what two free cores give)." % (two / one))
    rates = []
    for n in whole:
        r = ex[n]
        if "error" not in r and r.get("cpu_time"):
            rates.append((int(n.split("/")[1]), r["bytes_per_second"] * ms(r) / 1000.0 / (ms(dict(r, real_time=r["cpu_time"])) / 1000.0) / MIB))
    if len(rates) >= 2 and rates[-1][1] < 0.8 * rates[0][1]:
        p()
        p("One document's cost grows faster than its length: %.2f MB per CPU-second at %d KiB, %.2f at "
          "%d KiB. A 10 MB text as one document did not finish in several minutes, so the 10 MB "
          "throughput is measured article by article (the way `ingest` feeds documents)." %
          (rates[0][1], rates[0][0], rates[-1][1], rates[-1][0]))
    p()
    nohmm = next((j for j in jieba if j.get("hmm") == "False"), None)
    if one and nohmm:
        ratio_cpu = ""
        if one_cpu and "cpu_MB_per_s" in nohmm:
            ratio_cpu = ", **%.1fx** per CPU-second" % (one_cpu / float(nohmm["cpu_MB_per_s"]))
        p("Guanxi (1 thread, article by article) vs `jieba.posseg.cut` HMM=False: **%.1fx** wall clock%s "
          "(Guanxi segments with the same dictionary and DAG route as jieba with HMM=False, then "
          "finds mentions, relations and times; jieba only segments and tags)." %
          (one / float(nohmm["MB_per_s"]), ratio_cpu))
    p()

    rss = kv_lines(os.path.join(out, "rss.txt"))
    if rss:
        p("## Memory while extracting")
        p()
        p("`bench_extract --rss=FILE [--whole]`: peak resident set size (VmHWM) of the process. *stream* "
          "extracts the file article by article (as ingest does, one document at a time); *whole* (quick "
          "mode only) reads it as one document, so the text (UTF-16 in memory) and the resulting graph are "
          "held at once and memory grows with the file.")
        p()
        p("| text | mode | peak RSS (MB) | RSS after loading the lexicons (MB) | relations | wall (s) |")
        p("| --- | --- | --- | --- | --- | --- |")
        for r in rss:
            if "peak_rss_kb" not in r:
                p("| %s MB | ? | failed | | | |" % r.get("size_mb"))
                continue
            p("| %s MB | %s | %.0f | %.0f | %s | %s |" % (r["size_mb"], r["mode"], int(r["peak_rss_kb"]) / 1024,
                                                   int(r["rss_after_lexicon_kb"]) / 1024, r["relations"],
                                                   r.get("wall_s", "")))
        p()

    st = bench_rows(os.path.join(out, "store.json"))
    if st:
        p("## Store")
        p()
        ing = next((r for n, r in st.items() if n.startswith("BM_Ingest")), None)
        if ing:
            p("Ingest of the gold JSON of `generate.py --entities %s` (with each article's text) into a new "
              "temp-file database:" % run.get("ingest_entities", "?"))
            p()
            cpu_share = ing["real_time"] / ing["cpu_time"] if ing.get("cpu_time") else 0
            p("| relations/s (wall clock) | relations per CPU-second | documents/s | entities stored | "
              "database bytes per entity | total (ms) |")
            p("| --- | --- | --- | --- | --- | --- |")
            p("| %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |" % (
                ing.get("relations_per_s", 0), ing.get("relations_per_s", 0) * cpu_share, ing.get("docs_per_s", 0),
                ing.get("entities", 0), ing.get("db_bytes_per_entity", 0), ms(ing)))
            p()
            p("Each document is one transaction (SQLite WAL); wall clock above CPU time is time spent "
              "waiting for the disk's sync and, on this shared machine, for a core.")
            p()
        q = {n.split("/")[0]: r for n, r in st.items() if not n.startswith("BM_Ingest")}
        any_row = next(iter(q.values()), {})
        p("Queries on a database built once from `generate.py --entities %s` (%.0f entities, %.0f relations"
          "%s), opened read-only:" % (run.get("big_entities", "?"), any_row.get("entities", 0),
                                       any_row.get("relations", 0),
                                       ", %.0f MB" % q["BM_OpenAndFirstNeighbourhood"]["db_MB"]
                                       if "BM_OpenAndFirstNeighbourhood" in q else ""))
        p()
        p("| query | median wall clock (ms) | median CPU (ms) | target (ms) | met (wall) | met (CPU) | result size |")
        p("| --- | --- | --- | --- | --- | --- | --- |")
        for name, label, target, extra in (
                ("BM_Search", "`search(text, 20)` (full names, surnames, 2-character substrings)", 10, "hits"),
                ("BM_Neighbourhood2", "`neighbourhood(person, 2)`", 5, "nodes"),
                ("BM_History", "`history(person)`", 2, "entries"),
                ("BM_OpenAndFirstNeighbourhood", "`open` + first `neighbourhood(person, 2)`", 1000, "nodes")):
            row = q.get(name)
            if not row:
                continue
            if "error" in row:
                p("| %s | error: %s | | %d | no | no | |" % (label, row["error"], target))
                continue
            t = ms(row)
            size = ("%.1f %s" % (row[extra], extra)) if extra in row else ""
            if name == "BM_OpenAndFirstNeighbourhood":
                size = "first iteration %.1f ms" % row.get("first_ms", -1)
            c = ms(dict(row, real_time=row["cpu_time"]))
            p("| %s | %.3f | %.3f | < %d | %s | %s | %s |" % (label, t, c, target, "yes" if t < target else "**no**",
                                                          "yes" if c < target else "**no**", size))
        p()
        if "BM_OpenAndFirstNeighbourhood" in q and q["BM_OpenAndFirstNeighbourhood"].get("build_s", 0) > 0:
            p("Building that database (ingest of every document, one transaction each) took %.0f s." %
              q["BM_OpenAndFirstNeighbourhood"]["build_s"])
            p()
        p("CPU time is the benchmark thread's; on this shared machine (load average above 2 per core) "
          "wall clock includes waiting for a core, so the CPU column is what an idle machine would "
          "show, give or take.")
        p()
        p("The page cache is warm for the query figures (the database was just built or read); "
          "`open` + first `neighbourhood` reports its first iteration separately.")
        p()

    lay = bench_rows(os.path.join(out, "layout.json"))
    cli = {}
    cli_path = os.path.join(out, "layout_cli.txt")
    if os.path.exists(cli_path):
        for line in open(cli_path, encoding="utf-8"):
            f = line.split()
            if len(f) == 5 and f[1].isdigit():
                cli[(f[0], f[1])] = f[4]
    if lay or cli:
        p("## Layout: in process (bench_layout) beside the Graphviz command-line tools")
        p()
        p("Graphs from `bench/syntheticgraph.*` (the layout engineer's: random sparse, 2 edges a node). "
          "In process: Google Benchmark median, wall clock and CPU. CLI: `bench/layout_vs_cli.sh`, "
          "`ENGINE -Tdot FILE`, one run, wall clock, including process start and DOT parsing and printing.")
        p()
        p("| engine | nodes | edges | in process, wall (ms) | in process, CPU (ms) | CLI, wall (ms) |")
        p("| --- | --- | --- | --- | --- | --- |")
        keys = set(cli)
        for name in lay:
            parts = name.split("/")
            if len(parts) >= 3 and parts[0] == "layout":
                keys.add((parts[1], parts[2]))
        for engine, nodes in sorted(keys, key=lambda k: (k[0], int(k[1]))):
            row = next((r for n, r in lay.items() if n.startswith("layout/%s/%s/" % (engine, nodes))
                        or n == "layout/%s/%s" % (engine, nodes)), None)
            wall = cpu = edges = ""
            if row:
                if "error" in row:
                    wall = row["error"]
                else:
                    wall = "%.0f" % ms(row)
                    cpu = "%.0f" % ms(dict(row, real_time=row["cpu_time"]))
                edges = "%.0f" % row.get("edges", 0)
            p("| %s | %s | %s | %s | %s | %s |" % (engine, nodes, edges, wall, cpu, cli.get((engine, nodes), "")))
        p()

    p("## Reproduce")
    p()
    p("```sh")
    p("bench/run            # full: build/release, corpus in /tmp/guanxi-bench, writes docs/performance.md")
    p("bench/run --quick    # CI-sized smoke run (< 2 min), writes build/release/bench-quick/performance.md")
    p("/usr/bin/python3 bench/corpus/generate.py --entities 1000 --out DIR     # articles + gold JSON")
    p("/usr/bin/python3 bench/corpus/generate.py --concat big.txt --megabytes 10")
    p("build/release/bin/bench_extract --corpus=big.txt")
    p("build/release/bin/bench_extract --rss=big.txt [--whole]")
    p("build/release/bin/bench_store --data=DIR --big=DIR100K --cache=/tmp/guanxi-bench/cache")
    p("/usr/bin/python3 bench/jieba_posseg.py big.txt --megabytes 2 [--hmm]")
    p("```")
    p()
    p("Raw outputs (Google Benchmark JSON, console logs) are left in `build/release/bench-full/`.")


if __name__ == "__main__":
    main()
