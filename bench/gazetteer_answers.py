"""Same answers after a speed change: `resolve --jsonl` over a fixed batch of names, compared with a reference run.

The batch: every GED 2016-17 `where_coor` name with and without its governorate hint, every name of the
built-in layers (OSM villages included), the forms with their own code paths ("X Camp", "City - Part",
"Western X", "countryside of X", "ريف X") and misspellings, all in a fixed order. The CLI of `--repo`
(default: this checkout) answers them; `--save FILE` keeps the output, `--against FILE` counts the lines
whose parsed JSON differs (best place, score, every field of every candidate, warning, error).
Usage: python -m bench.gazetteer_answers --repo /path/to/main --save /tmp/main.jsonl
       python -m bench.gazetteer_answers --against /tmp/main.jsonl
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.gazetteer_speed import SHARED, misspell
from gazetteer.builtin import builtin_entries

REPO = Path(__file__).resolve().parents[1]


def queries(ged: Path, seed: int = 11) -> list[dict]:
    """The fixed batch: dataset names (hinted and not), the gazetteer's own names, name forms, misspellings."""
    rng = random.Random(seed)
    out: list[dict] = []
    with open(ged, encoding="utf-8", newline="") as handle:
        places = dict.fromkeys((r["where_coor"], r["adm_1"]) for r in csv.DictReader(handle))
    for name, adm1 in places:
        out += [{"name": name}, {"name": name, "admin1": adm1.replace(" Governorate", "")}]
    names = list(dict.fromkeys(n for e in builtin_entries() for n in e.all_names()))
    out += [{"name": n} for n in names]
    hinted = [(n, e.admin1_pcode) for e in builtin_entries() for n in e.all_names() if e.admin1_pcode]
    out += [{"name": n, "admin1": code} for n, code in rng.sample(hinted, 3000)]
    pick = [n for n in names if len(n) >= 4]
    out += [{"name": misspell(rng.choice(pick), rng)} for _ in range(4000)]
    out += [{"name": misspell(n, rng), "admin1": c} for n, c in rng.sample(hinted, 2000) if len(n) >= 4]
    latin = [n for n in pick if n.isascii()]
    arabic = [n for n in pick if not n.isascii()]
    for _ in range(400):
        a, b = rng.choice(latin), rng.choice(latin)
        out += [{"name": f"{a} Camp"}, {"name": f"{a} - {b}"}, {"name": f"Western {a}"},
                {"name": f"countryside of {a}"}, {"name": f"{a} village"}, {"name": f"ريف {rng.choice(arabic)}"},
                {"name": f"قرية {rng.choice(arabic)}"}, {"name": f"و{rng.choice(arabic)}"}]
    out += [{"name": "Hama", "admin1": "nowhere"}, {"name": "   "}, {"name": "حماة", "admin1": "SY05"}]
    return out


def run(repo: Path, lines: list[dict]) -> list[str]:
    """The output lines of `repo`'s `resolve --jsonl` over `lines` (no learned places, no online fallback)."""
    env = {k: v for k, v in os.environ.items() if k not in ("GAZETTEER", "GAZETTEER_ONLINE", "PYTHONPATH")}
    with tempfile.TemporaryDirectory() as tmp:
        env["GAZETTEER_LEARNED"] = str(Path(tmp) / "none.csv")
        env["PYTHONPATH"] = str(repo)
        data = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in lines).encode("utf-8")
        out = subprocess.run([sys.executable, "-m", "gazetteer", "resolve", "--jsonl"], cwd=repo, env=env,
                             input=data, capture_output=True, check=False)
    result = out.stdout.decode("utf-8").splitlines()
    assert len(result) == len(lines), out.stderr[-500:]
    return result


def _best(line: str) -> tuple | None:
    """The best place of a result line, in short."""
    m = json.loads(line)["match"]
    return m and (m["name_en"], m["name_ar"], m["lat"], m["lon"], m["level"], m["score"], m["source"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout whose CLI answers")
    parser.add_argument("--ged", type=Path, default=SHARED / "ucdp-ged-syria" / "ged_syria_2016_2017.csv")
    parser.add_argument("--save", type=Path, help="write the output lines here")
    parser.add_argument("--against", type=Path, help="a saved reference output to compare with")
    args = parser.parse_args(argv)
    lines = queries(args.ged)
    result = run(args.repo, lines)
    digest = hashlib.sha256("\n".join(result).encode("utf-8")).hexdigest()[:16]
    answered = sum(json.loads(r)["match"] is not None for r in result)
    print(f"{len(lines):,} queries, {answered:,} answered; output sha256 {digest}")
    if args.save:
        args.save.write_text("\n".join(result) + "\n", encoding="utf-8")
    if args.against:
        reference = args.against.read_text(encoding="utf-8").splitlines()
        differ = [(q, a, b) for q, a, b in zip(lines, reference, result) if json.loads(a) != json.loads(b)]
        identical = sum(a == b for a, b in zip(reference, result))
        print(f"against {args.against}: {len(differ)} answers differ, {identical:,} of {len(result):,} lines "
              f"byte-identical")
        for query, before, after in differ[:10]:
            print(f"  {query}\n    before {_best(before)}\n    after  {_best(after)}")
        return 1 if differ or len(reference) != len(result) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
