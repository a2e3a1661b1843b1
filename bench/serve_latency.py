#!/usr/bin/env python3
"""Measures what a person editing the hub sees: the time from saving an update to `promisehub
serve` answering with the new text (inotify, the quiet period, the rebuild and the HTTP answer).

Usage: bench/serve_latency.py --binary build/promisehub --site DIR [--edits N] [--now DATE]

The site must build without errors. The newest update is edited N times (a line is appended);
after each save the update's page is fetched every 2 ms until it shows the new line. Prints the
median and the slowest edit. Standard library only.
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return ""


def newest_update(site):
    folder = os.path.join(site, "content", "updates")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md") and not n.startswith("."))
    for name in reversed(names):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        if not re.search(r"^draft:\s*true\s*$", text, re.M):
            return os.path.join(folder, name), name[:-3]
    sys.exit("serve_latency: the site has no published update to edit")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--now", default="2026-01-01")
    args = ap.parse_args()

    path, slug = newest_update(args.site)
    original = open(path, encoding="utf-8").read()
    port = free_port()
    base = "http://127.0.0.1:%d/" % port
    started = time.monotonic()
    serve = subprocess.Popen(
        [args.binary, "serve", "--site", args.site, "--port", str(port), "--now", args.now],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        page = base + "updates/%s/" % slug
        while not fetch(page):
            if serve.poll() is not None:
                sys.exit("serve_latency: serve stopped (does the site build?)")
            if time.monotonic() - started > 600:
                sys.exit("serve_latency: serve did not answer within 10 minutes")
            time.sleep(0.05)
        first = time.monotonic() - started
        times = []
        for e in range(args.edits):
            mark = "Latency check %d of %d." % (e + 1, args.edits)
            time.sleep(0.3)  # let the previous rebuild settle
            t = time.monotonic()
            with open(path, "a", encoding="utf-8") as f:
                f.write("\n%s\n" % mark)
            while mark not in fetch(page):
                if time.monotonic() - t > 30:
                    sys.exit("serve_latency: the edit did not show within 30 s")
                time.sleep(0.002)
            times.append((time.monotonic() - t) * 1000)
        print("serve: first page after %.1f s" % first)
        print("edit one update, until served: median %.0f ms, slowest %.0f ms (%d edits)"
              % (statistics.median(times), max(times), len(times)))
    finally:
        serve.terminate()
        serve.wait(timeout=30)
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)


if __name__ == "__main__":
    main()
