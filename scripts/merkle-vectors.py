#!/usr/bin/env python3
"""Writes pallets/primitives/test-vectors/merkle.json from an independent Python
implementation of the datdot Merkle format (README, "Merkle format"). The Rust
implementation (pallets/primitives/src/merkle.rs) and the JavaScript client test
themselves against this file."""
import hashlib
import json
import pathlib


def h(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()


def leaf(chunk: bytes) -> bytes:
    return h(b"\x00" + chunk)


def node(left: bytes, right: bytes) -> bytes:
    return h(b"\x01" + left + right)


def levels(leaves):
    out = [leaves]
    while len(out[-1]) > 1:
        cur = out[-1]
        nxt = [node(cur[i], cur[i + 1]) if i + 1 < len(cur) else cur[i] for i in range(0, len(cur), 2)]
        out.append(nxt)
    return out


def proof(lv, index):
    sibs = []
    for level in lv[:-1]:
        s = index ^ 1
        if s < len(level):
            sibs.append(level[s])
        index //= 2
    return sibs


def case(name, chunks):
    lv = levels([leaf(c) for c in chunks])
    return {
        "name": name,
        "chunks": ["0x" + c.hex() for c in chunks],
        "root": "0x" + lv[-1][0].hex(),
        "proofs": [
            {"index": i, "siblings": ["0x" + s.hex() for s in proof(lv, i)]} for i in range(len(chunks))
        ],
    }


cases = [
    case("one chunk", [b"datdot"]),
    case("two chunks", [b"hello", b"world"]),
    case("three chunks (last promoted)", [b"a", b"b", b"c"]),
    case("five chunks of 16 bytes", [bytes([i]) * 16 for i in range(5)]),
    case("seven chunks incl. empty", [b"", b"x", b"yy", b"zzz", b"0" * 64, b"1" * 65, bytes(range(256))]),
    case("eight chunks", [f"chunk {i}".encode() for i in range(8)]),
]
doc = {
    "format": "binary Merkle tree, BLAKE2b-256; leaf = H(0x00 || chunk); node = H(0x01 || left || right); "
    "an odd last node is promoted unchanged; proof = sibling hashes from the leaf upwards, "
    "skipping levels where the node is promoted",
    "cases": cases,
}
out = pathlib.Path(__file__).resolve().parent.parent / "pallets/primitives/test-vectors/merkle.json"
out.write_text(json.dumps(doc, indent=1) + "\n")
print(f"wrote {out} ({len(cases)} cases)")
