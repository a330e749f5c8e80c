#!/usr/bin/env python3
"""Prints the figures the architecture is judged by: the largest files and classes, and the cycles between the
folders of each .NET project (folder A uses a namespace of folder B and B one of A), read from `using` directives
and qualified names. Run from the repository root: python3 scripts/architecture-report.py"""
import os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def files(top, exts):
    for base, dirs, names in os.walk(os.path.join(ROOT, top)):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", "node_modules", "dist")]
        for n in names:
            if n.endswith(exts):
                yield os.path.join(base, n)

def lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().count("\n")

def largest(top, exts, n=10):
    rows = sorted(((lines(p), os.path.relpath(p, ROOT)) for p in files(top, exts)), reverse=True)[:n]
    return rows

def classes(top):
    size = defaultdict(int)
    parts = defaultdict(int)
    for p in files(top, (".cs",)):
        text = open(p, encoding="utf-8").read()
        m = re.search(r"\b(?:partial\s+)?(?:class|record|struct|interface)\s+(\w+)", text)
        if m:
            size[m.group(1)] += text.count("\n")
            parts[m.group(1)] += 1
    return sorted(((v, k, parts[k]) for k, v in size.items()), reverse=True)[:8]

def folder_cycles(project):
    src = os.path.join(ROOT, "src", project)
    prefix = project + "."
    edges = defaultdict(set)
    folders = set()
    for p in files(os.path.join("src", project), (".cs",)):
        rel = os.path.relpath(p, src).split(os.sep)
        if len(rel) < 2:
            continue
        folder = rel[0]
        folders.add(folder)
        text = open(p, encoding="utf-8").read()
        for m in re.finditer(re.escape(prefix) + r"(\w+)", text):
            other = m.group(1)
            if other != folder:
                edges[folder].add(other)
    edges = {k: {v for v in vs if v in folders} for k, vs in edges.items()}
    # Tarjan's strongly connected components
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1
        stack.append(v); on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))
    sys.setrecursionlimit(10000)
    for v in sorted(folders):
        if v not in index:
            visit(v)
    pairs = sorted({tuple(sorted((a, b))) for a in edges for b in edges[a] if a in edges.get(b, ())})
    return out, pairs

def main():
    print("Largest C# files:")
    for n, p in largest("src", (".cs",)):
        print(f"  {n:5} {p}")
    print("Largest classes (all partial files together):")
    for n, k, parts in classes("src"):
        print(f"  {n:5} {k} ({parts} file{'s' if parts > 1 else ''})")
    print("Largest client files:")
    for n, p in largest("client/src", (".ts",), 6):
        print(f"  {n:5} {p}")
    total = 0
    for project in sorted(os.listdir(os.path.join(ROOT, "src"))):
        if not os.path.isdir(os.path.join(ROOT, "src", project)):
            continue
        cycles, pairs = folder_cycles(project)
        total += len(pairs)
        for c in cycles:
            print(f"Cycle in {project}: {' <-> '.join(c)}")
        for a, b in pairs:
            print(f"  mutual: {project}/{a} <-> {project}/{b}")
    print(f"{total} pairs of folders that use each other")

if __name__ == "__main__":
    main()
