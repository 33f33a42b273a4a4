"""A seeded mutation fuzz of every reader, run as a user runs Travaux: ``main.py parse`` in a separate
process with a memory limit, one case after another, each under a time limit.

Seeds are small valid files built in code (one per format); each case is a seed mutated by a
generator seeded with the case's number, so that a failing case is reproduced by its number alone.
Mutations: bytes flipped, cut, repeated or dropped; hostile fragments inserted (huge list starts and
space counts, deep nesting, long words, NUL bytes, numbers of thousands of digits); for Word and
OpenDocument files the XML inside the zip is mutated and the zip rebuilt whole (so that the readers,
not only the zip checks, see the damage), parts dropped or doubled.

What a case must do: exit 0 with nothing on stderr, or exit 2 with one line ``error: …``; within the
time limit and the memory limit. :func:`run_cases` returns one record per case.
Sample text: United Nations (see resources/samples/SOURCES.md).
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
PARA = "Prie instamment les États Membres de renforcer la coopération internationale contre la traite des personnes"

FRAGMENTS = [
    b'<ol type="i" start="999999999999"><li>x</li></ol>',
    b'<text:s text:c="999999999"/>',
    b'text:display-levels="999999999" text:start-value="999999999999"',
    b'<w:start w:val="999999999999"/>',
    b"<div>" * 3000,
    b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>",
    b"\x00" * 64,
    b"9" * 5000,
    ("x" * 20000).encode(),
    ("1. " * 2000).encode(),
    ("a) " * 2000).encode(),
    "\u202e\u200b\ufeff\ud7ff".encode("utf-8", "ignore"),
    b"<sup>1</sup>" * 500,
    b"\n\n" * 5000,
    b"*" * 3000,
    b"&#x0;&#xD800;&amp;&lt;",
    b"/Length 999999999 /Filter /FlateDecode",
    b"%PDF-1.7\n",
    b"]]>",
]


@dataclass(frozen=True)
class Result:
    case: int
    name: str
    rc: int
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def ok(self) -> bool:
        lines = self.stderr.splitlines()
        if self.rc == 0:
            return not lines
        return self.rc == 2 and len(lines) == 1 and lines[0].startswith("error: ")


# ---------------------------------------------------------------- seeds


def _small_paragraphs(n: int = 6) -> list[str]:
    return [f"{i}. {PARA}, alinéa {i} ; « cf. résolution 76/7 »." for i in range(1, n + 1)]


@lru_cache(maxsize=1)
def seeds() -> dict[str, bytes]:
    """One small valid file per format, by file name."""
    from tests.fixtures_build import Item, build_pdf
    from tests.robustness.cases import small_docx, small_odt
    from tests.safety.builders import docx_list, odt_list

    paragraphs = _small_paragraphs()
    akn = (SAMPLES / "A_RES_80_9.en.akn.xml").read_bytes()
    html = "<html><body><h1>Résolution</h1><p>L'Assemblée générale,</p><ol>" + "".join(f"<li>{p[3:]}</li>" for p in paragraphs) + "</ol></body></html>"
    return {
        "seed.txt": ("L'Assemblée générale,\n\n" + "\n\n".join(paragraphs) + "\n\n73e séance plénière\n").encode(),
        "seed.md": ("# Résolution\n\n*Rappelant* sa résolution [76/7](#),\n\n" + "\n\n".join(paragraphs) + "\n\n<sup>1</sup> Note.\n").encode(),
        "seed.akn.xml": akn,
        "seed.html": html.encode(),
        "seed.pdf": build_pdf([Item(f"{PARA}, alinéa {i}.", f"{i}.") for i in range(1, 5)]),
        "seed.docx": small_docx(),
        "list.docx": docx_list(4, fmt="lowerRoman"),
        "seed.odt": small_odt(),
        "list.odt": odt_list(4, fmt="i"),
    }


# ---------------------------------------------------------------- mutations


def _bytes_mutation(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0:  # flip a few bytes
        for _ in range(rng.randint(1, 24)):
            if out:
                out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == 1:  # cut
        del out[rng.randrange(len(out) + 1) :]
    elif kind == 2:  # repeat a chunk
        a = rng.randrange(len(out) + 1)
        b = min(len(out), a + rng.randint(1, 4000))
        out[b:b] = out[a:b] * rng.randint(1, 30)
    elif kind == 3:  # drop a chunk
        a = rng.randrange(len(out) + 1)
        del out[a : a + rng.randint(1, 2000)]
    else:  # insert a hostile fragment
        at = rng.randrange(len(out) + 1)
        out[at:at] = rng.choice(FRAGMENTS)
    return bytes(out)


def _zip_mutation(data: bytes, rng: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(info.filename, z.read(info)) for info in z.infolist()]
    kind = rng.randrange(5)
    xml = [i for i, (n, _) in enumerate(members) if n.endswith(".xml")]
    if kind <= 2 and xml:  # the XML inside, mutated; the zip rebuilt whole
        i = rng.choice(xml)
        members[i] = (members[i][0], _bytes_mutation(members[i][1], rng))
    elif kind == 3 and members:  # a part dropped
        del members[rng.randrange(len(members))]
    else:  # a part doubled (with other content)
        i = rng.randrange(len(members))
        members.insert(rng.randrange(len(members) + 1), (members[i][0], _bytes_mutation(members[i][1], rng)))
    from tests.safety.builders import zip_of

    return zip_of(members)


def mutate(name: str, data: bytes, rng: random.Random) -> bytes:
    if name.endswith((".docx", ".odt")) and rng.random() < 0.7:
        return _zip_mutation(data, rng)
    out = data
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        out = _bytes_mutation(out, rng)
    return out


def write_cases(folder: Path, count: int, seed: int = 20) -> list[Path]:
    """``count`` mutated files in ``folder``, spread evenly over the seeds; case k from seed + k."""
    names = sorted(seeds())
    paths = []
    for k in range(count):
        name = names[k % len(names)]
        rng = random.Random(seed * 1_000_003 + k)
        path = folder / f"{k:05d}-{name}"
        path.write_bytes(mutate(name, seeds()[name], rng))
        paths.append(path)
    return paths


# ---------------------------------------------------------------- running


def run_cases(paths: list[Path], *, case_timeout: float, memory_limit_mb: int, total_timeout: float) -> list[Result]:
    """Parse each file in one worker process (address space limited to ``memory_limit_mb``)."""
    listing = "\n".join(str(p) for p in paths)
    out = paths[0].parent / "results.jsonl"
    command = [sys.executable, "-m", "tests.safety.fuzz_worker", str(out), str(case_timeout)]
    env = dict(os.environ, PYTHONPATH=str(ROOT), TRAVAUX_DEBUG="")
    env.pop("TRAVAUX_DEBUG")

    def limit() -> None:
        import resource

        cap = memory_limit_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    proc = subprocess.run(
        command, input=listing, capture_output=True, text=True, cwd=ROOT, env=env, timeout=total_timeout, preexec_fn=limit
    )
    results = [Result(**json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    if proc.returncode != 0 or proc.stderr.strip():
        raise AssertionError(f"the fuzz worker failed (status {proc.returncode}): {proc.stderr[-2000:]}")
    return results
