#!/usr/bin/python3
"""Writes docs/performance.md from the outputs bench/run leaves in OUTDIR
(machine.txt, extract.json, rss.txt, jieba.txt, store_ingest_N.json,
store_query_N.json, cli_ingest.txt, app_rss.txt, canvas.json, layout.json,
layout_cli.txt) and a plot OUTDIR/../growth.svg copied beside the document.
Figures are Google Benchmark medians when repetitions ran.

Usage: report.py OUTDIR [PREVIOUS_DOC]. Blocks of PREVIOUS_DOC between
<!-- keep:NAME --> and <!-- /keep:NAME --> are hand-written and carried over:
keep:extraction after the extraction figures, keep:store after the store's,
keep:app after the viewer's memory, keep:drawing after the drawing figures,
any other name at the end."""

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


KEEP_RE = re.compile(r"<!-- keep:([\w-]+) -->.*?<!-- /keep:\1 -->", re.S)


def kept_blocks(path):
    """NAME -> the whole marked block, in document order."""
    if not path or not os.path.exists(path):
        return {}
    text = open(path, encoding="utf-8").read()
    return {m.group(1): m.group(0) for m in KEEP_RE.finditer(text)}


def svg_plot(series, title, xlabel, ylabel):
    """A small log-log line plot as SVG text. series: [(label, [(x, y), ...])]."""
    import math
    w, h, left, right, top, bottom = 560, 320, 70, 170, 30, 45
    pts = [(x, y) for _, s in series for x, y in s if x > 0 and y > 0]
    if not pts:
        return None
    lx = [math.log10(x) for x, _ in pts]
    ly = [math.log10(y) for _, y in pts]
    x0, x1 = math.floor(min(lx)), math.ceil(max(lx))
    y0, y1 = math.floor(min(ly)), math.ceil(max(ly))
    x1 = max(x1, x0 + 1)
    y1 = max(y1, y0 + 1)
    px = lambda v: left + (math.log10(v) - x0) / (x1 - x0) * (w - left - right)
    py = lambda v: h - bottom - (math.log10(v) - y0) / (y1 - y0) * (h - top - bottom)
    colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"]
    o = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">' % (w, h),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="%d" y="18" font-size="13">%s</text>' % (left, title)]
    for e in range(x0, x1 + 1):
        x = px(10 ** e)
        o.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>' % (x, top, x, h - bottom))
        o.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (x, h - bottom + 15, format(10 ** e, ",")))
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        o.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>' % (left, y, w - right, y))
        o.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>' % (left - 5, y + 4, ("%g" % 10 ** e)))
    o.append('<text x="%d" y="%d" text-anchor="middle">%s</text>' % ((left + w - right) / 2, h - 8, xlabel))
    o.append('<text x="14" y="%d" transform="rotate(-90 14 %d)" text-anchor="middle">%s</text>' % (h / 2, h / 2, ylabel))
    for i, (label, s) in enumerate(series):
        c = colours[i % len(colours)]
        s = [(x, y) for x, y in s if x > 0 and y > 0]
        if not s:
            continue
        o.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' %
                 (c, " ".join("%.1f,%.1f" % (px(x), py(y)) for x, y in s)))
        for x, y in s:
            o.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (px(x), py(y), c))
        ly_ = top + 10 + 16 * i
        o.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"/>' % (w - right + 10, ly_, w - right + 28, ly_, c))
        o.append('<text x="%d" y="%d">%s</text>' % (w - right + 32, ly_ + 4, label))
    o.append("</svg>")
    return "\n".join(o) + "\n"


def main():
    out = sys.argv[1]
    keep = kept_blocks(sys.argv[2] if len(sys.argv) > 2 else None)
    used = set()

    def emit_kept(name):
        if name in keep:
            print(keep[name])
            print()
            used.add(name)

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

    emit_kept("extraction")

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

    sizes = [int(x) for x in machine.get("sizes", "").split()]
    ingest = {n: bench_rows(os.path.join(out, "store_ingest_%d.json" % n)) for n in sizes}
    query = {n: bench_rows(os.path.join(out, "store_query_%d.json" % n)) for n in sizes}
    cli_runs = kv_lines(os.path.join(out, "cli_ingest.txt"))
    if any(ingest.values()) or any(query.values()):
        p("## Store")
        p()
        p("### Ingest of pre-extracted JSON")
        p()
        p("`bench_store --data=DIR`: the gold JSON of `generate.py --entities N` (with each article's text) "
          "into a new temp-file database (SQLite WAL, `synchronous=NORMAL`). *batch* is the number of "
          "documents per transaction: 1 is `GraphStore::ingest()` per document, larger is "
          "`GraphStore::ingestAll()` (what `guanxi-cli ingest` uses: all files of a run in one "
          "transaction), `all` is every document in one. Target: 50,000 relations/s.")
        p()
        p("| entities | documents | relations | batch | relations/s (wall clock) | relations per CPU-second | "
          "database bytes per entity | total wall (ms) | met (wall) | met (CPU) |")
        p("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for n in sizes:
            for name, row in sorted(ingest[n].items(), key=lambda kv: kv[0]):
                if "error" in row or not name.startswith("BM_Ingest"):
                    continue
                batch = re.search(r"batch:(\d+)", name)
                batch = batch.group(1) if batch else "?"
                rps = row.get("relations_per_s", 0)
                cpu_rps = rps * row["real_time"] / row["cpu_time"] if row.get("cpu_time") else 0
                docs = row.get("docs_per_s", 0) * ms(row) / 1000.0
                p("| %s | %.0f | %.0f | %s | %.0f | %.0f | %.0f | %.0f | %s | %s |" % (
                    format(n, ","), docs, rps * ms(row) / 1000.0, "all" if batch == "0" else batch, rps, cpu_rps,
                    row.get("db_bytes_per_entity", 0), ms(row), "yes" if rps >= 50000 else "**no**",
                    "yes" if cpu_rps >= 50000 else "**no**"))
        p()
        p("Durability: each committed transaction is durable once SQLite's WAL is synced, which with "
          "`synchronous=NORMAL` happens at checkpoints, not at every commit: a power cut can lose the last "
          "batches, never half of one, and never corrupts the file. A failed or cancelled batch rolls back "
          "whole (documents are whole or absent).")
        p()
        json_runs = [r for r in cli_runs if r.get("mode") == "json"]
        if json_runs:
            p("`guanxi-cli ingest` of the same gold JSON files, end to end (process start, JSON parsing, "
              "one transaction), `/usr/bin/time`:")
            p()
            p("| entities | relations | wall (s) | user + sys (s) | relations/s (wall) | peak RSS (MB) | database (MB) | bytes per entity |")
            p("| --- | --- | --- | --- | --- | --- | --- | --- |")
            for r in json_runs:
                wall = float(r["wall_s"])
                cpu = float(r["user_s"]) + float(r["sys_s"])
                rel = int(r["relations"])
                p("| %s | %s | %.1f | %.1f | %.0f | %.0f | %.1f | %.0f |" % (
                    format(int(r["entities"]), ","), format(rel, ","), wall, cpu, rel / wall if wall else 0,
                    int(r["max_rss_kb"]) / 1024, int(r["db_bytes"]) / MIB, int(r["db_bytes"]) / int(r["entities"])))
            p()
        p("### Queries")
        p()
        p("Databases built once from `generate.py --entities N` (cached), opened read-only; medians. "
          "Targets are for 100,000 entities.")
        p()
        p("| entities | relations | query | wall (ms) | CPU (ms) | target (ms) | met (wall) | met (CPU) | result size |")
        p("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for n in sizes:
            q = {name.split("/")[0]: r for name, r in query[n].items()}
            for name, label, target, extra in (
                    ("BM_Search", "`search(text, 20)`", 10, "hits"),
                    ("BM_Neighbourhood2", "`neighbourhood(person, 2)`", 5, "nodes"),
                    ("BM_History", "`history(person)`", 2, "entries"),
                    ("BM_OpenAndFirstNeighbourhood", "`open` + first `neighbourhood(person, 2)`", 1000, "first_ms"),
                    ("BM_OpenAndStartView", "`open` + `stats()` + `mostConnectedEntity()` + its neighbourhood "
                     "(the viewer's start, no drawing)", 1000, "nodes")):
                row = q.get(name)
                if not row:
                    continue
                if "error" in row:
                    p("| %s | | %s | error: %s | | %d | no | no | |" % (format(n, ","), label, row["error"], target))
                    continue
                t = ms(row)
                c = ms(dict(row, real_time=row["cpu_time"]))
                size = ("%.1f %s" % (row[extra], extra)) if extra in row else ""
                if extra == "first_ms":
                    size = "first iteration %.1f ms; %.0f MB file" % (row.get("first_ms", -1), row.get("db_MB", 0))
                p("| %s | %.0f | %s | %.3f | %.3f | < %d | %s | %s | %s |" % (
                    format(n, ","), row.get("relations", 0), label, t, c, target, "yes" if t < target else "**no**",
                    "yes" if c < target else "**no**", size))
        p()
        p("CPU time is the benchmark thread's; on this shared machine wall clock includes waiting for a "
          "core, so the CPU column is what an idle machine would show, give or take. The page cache is warm.")
        p()
        # Growth table and plot.
        growth = []
        for n in sizes:
            row = {"n": n}
            for name, r in ingest[n].items():
                if name.startswith("BM_Ingest/batch:0") and "error" not in r:
                    row["ingest"] = r.get("relations_per_s", 0)
                    row["ingest_cpu"] = row["ingest"] * r["real_time"] / r["cpu_time"] if r.get("cpu_time") else None
                    row["bytes"] = r.get("db_bytes_per_entity", 0)
            for name, r in query[n].items():
                if "error" not in r:
                    row[name.split("/")[0]] = ms(dict(r, real_time=r["cpu_time"]))
            growth.append(row)
        if growth:
            p("### How the store's figures grow with size")
            p()
            p("| entities | ingest relations/s (one transaction, wall) | ingest relations per CPU-second | "
              "database bytes per entity | search CPU (ms) | neighbourhood d2 CPU (ms) | history CPU (ms) | "
              "open + first view CPU (ms) |")
            p("| --- | --- | --- | --- | --- | --- | --- | --- |")
            f = lambda v, fmt: (fmt % v) if v is not None else ""
            for g in growth:
                p("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    format(g["n"], ","), f(g.get("ingest"), "%.0f"), f(g.get("ingest_cpu"), "%.0f"), f(g.get("bytes"), "%.0f"),
                    f(g.get("BM_Search"), "%.3f"), f(g.get("BM_Neighbourhood2"), "%.3f"),
                    f(g.get("BM_History"), "%.3f"), f(g.get("BM_OpenAndFirstNeighbourhood"), "%.1f")))
            p()
            svg = svg_plot([("search", [(g["n"], g.get("BM_Search", 0)) for g in growth]),
                            ("neighbourhood d2", [(g["n"], g.get("BM_Neighbourhood2", 0)) for g in growth]),
                            ("history", [(g["n"], g.get("BM_History", 0)) for g in growth]),
                            ("open + first view", [(g["n"], g.get("BM_OpenAndFirstNeighbourhood", 0)) for g in growth]),
                            ("ingest, CPU ms per 1k relations", [(g["n"], 1e6 / g["ingest_cpu"]) for g in growth if g.get("ingest_cpu")])],
                           "Store: CPU ms per operation vs entities (log-log)", "entities", "ms")
            if svg:
                open(os.path.join(out, "performance-growth.svg"), "w", encoding="utf-8").write(svg)
                p("![How the store's figures grow with size](performance-growth.svg)")
                p()
        emit_kept("store")

    articles = [r for r in cli_runs if r.get("mode") == "articles"]
    if articles:
        p("## Whole-corpus ingest of articles, extraction in parallel")
        p()
        p("`guanxi-cli ingest --jobs J --published 2024-08-11 e%s/article_*.txt`: read, extract on J threads "
          "(one shared Extractor), store in input order in one transaction; `/usr/bin/time`." % run.get("cli_entities", "?"))
        p()
        p("| threads | files | wall (s) | user + sys (s) | peak RSS (MB) |")
        p("| --- | --- | --- | --- | --- |")
        walls = {}
        for r in articles:
            walls[r["jobs"]] = float(r["wall_s"])
            p("| %s | %s | %.2f | %.2f | %.0f |" % (r["jobs"], r["files"], float(r["wall_s"]),
                                                   float(r["user_s"]) + float(r["sys_s"]), int(r["max_rss_kb"]) / 1024))
        p()
        if walls.get("1") and walls.get("2"):
            p("Speed-up on 2 threads: **%.2fx** wall clock (load average %s when the report was written; "
              "the two cores are shared with other jobs, so this is a floor)." % (walls["1"] / walls["2"], machine.get("load")))
            p()

    app = kv_lines(os.path.join(out, "app_rss.txt"))
    if app:
        p("## Viewer peak memory")
        p()
        p("`QT_QPA_PLATFORM=offscreen guanxi --db DB --screenshot FILE`, peak resident set size (VmHWM) "
          "sampled from /proc twice a second: opens the database built by `guanxi-cli ingest` from the gold "
          "JSON, shows the first view, saves a screenshot and quits, or is stopped at the time limit. "
          "Target: < 500 MB at 100,000 entities.")
        p()
        p("| entities | peak RSS (MB) | wall (s) | screenshot written | stopped at the time limit | met |")
        p("| --- | --- | --- | --- | --- | --- |")
        for r in app:
            rss_mb = int(r["max_rss_kb"]) / 1024 if "max_rss_kb" in r else None
            done = r.get("shot") == "yes" and r.get("timed_out") == "0"
            met = "yes" if done and rss_mb and rss_mb < 500 else ("**no** (did not finish)" if not done else "**no**")
            p("| %s | %s | %s | %s | %s | %s |" % (
                format(int(r["entities"]), ","), "%.0f" % rss_mb if rss_mb else "?", r.get("wall_s", "?"),
                r.get("shot", "?"), "yes" if r.get("timed_out") == "1" else "no", met))
        p()
        emit_kept("app")

    canvas = bench_rows(os.path.join(out, "canvas.json"))
    if canvas:
        p("## Drawing: bench_canvas figures of this run")
        p()
        p("| benchmark | wall (ms) | CPU (ms) |")
        p("| --- | --- | --- |")
        for name, row in sorted(canvas.items()):
            if "error" in row:
                p("| %s | error: %s | |" % (name, row["error"]))
                continue
            p("| `%s` | %.3f | %.3f |" % (name, ms(row), ms(dict(row, real_time=row["cpu_time"]))))
        p()
    emit_kept("drawing")

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
    p("bench/run --quick    # CI-sized smoke run (a few minutes after the build), writes build/release/bench-quick/performance.md")
    p("/usr/bin/python3 bench/corpus/generate.py --entities 1000 --out DIR     # articles + gold JSON")
    p("/usr/bin/python3 bench/corpus/generate.py --concat big.txt --megabytes 10")
    p("build/release/bin/bench_extract --corpus=big.txt")
    p("build/release/bin/bench_extract --rss=big.txt [--whole]")
    p("build/release/bin/bench_store --data=DIR --big=DIR --cache=/tmp/guanxi-bench/cache   # ingest and queries")
    p("guanxi-cli ingest --jobs 2 --published 2024-08-11 DIR/article_*.txt                   # parallel extraction")
    p("QT_QPA_PLATFORM=offscreen /usr/bin/time -v guanxi --db DB --screenshot shot.png         # viewer peak memory")
    p("/usr/bin/python3 bench/jieba_posseg.py big.txt --megabytes 2 [--hmm]")
    p("```")
    p()
    p("Raw outputs (Google Benchmark JSON, console logs) are left in `build/release/bench-full/`.")
    for name, block in keep.items():
        if name not in used:
            p()
            p(block)


if __name__ == "__main__":
    main()
