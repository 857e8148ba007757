#!/usr/bin/env python3
"""Writes pallets/primitives/test-vectors/merkle.json from an independent Python
implementation of the datdot Merkle format (README, "Merkle format"), with chunk
and segment proofs. The Rust
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


SEGMENT = 1024


def segment_count(chunk_size):
    return max(1, -(-chunk_size // SEGMENT))


def segment(chunk, j):
    return chunk[j * SEGMENT:(j + 1) * SEGMENT]


def segment_levels(chunk, chunk_size):
    count = max(segment_count(chunk_size), -(-len(chunk) // SEGMENT))
    return levels([leaf(segment(chunk, j)) for j in range(count)])


def chunk_leaf(chunk, chunk_size):
    return segment_levels(chunk, chunk_size)[-1][0]


def hexes(hashes):
    return ["0x" + h.hex() for h in hashes]


def case(name, chunks, chunk_size=1024):
    lv = levels([chunk_leaf(c, chunk_size) for c in chunks])
    segment_proofs = []
    for i, c in enumerate(chunks):
        seg_lv = segment_levels(c, chunk_size)
        for j in range(segment_count(chunk_size)):
            segment_proofs.append({
                "index": i,
                "segment": j,
                "piece": "0x" + segment(c, j).hex(),
                "siblings": hexes(proof(seg_lv, j) + proof(lv, i)),
            })
    return {
        "name": name,
        "chunk_size": chunk_size,
        "chunks": ["0x" + c.hex() for c in chunks],
        "root": "0x" + lv[-1][0].hex(),
        "proofs": [{"index": i, "siblings": hexes(proof(lv, i))} for i in range(len(chunks))],
        "segment_proofs": segment_proofs,
    }


def pattern(n, salt):
    return bytes((i * 7 + salt) % 256 for i in range(n))


cases = [
    case("one chunk", [b"datdot"]),
    case("two chunks", [b"hello", b"world"]),
    case("three chunks (last promoted)", [b"a", b"b", b"c"]),
    case("five chunks of 16 bytes", [bytes([i]) * 16 for i in range(5)]),
    case("seven chunks incl. empty", [b"", b"x", b"yy", b"zzz", b"0" * 64, b"1" * 65, bytes(range(256))]),
    case("eight chunks", [f"chunk {i}".encode() for i in range(8)]),
    case("4 KiB chunks: four segments, the last chunk short", [pattern(4096, 1), pattern(4096, 2), pattern(1500, 3)], 4096),
    case("3,000-byte chunks: three segments (the last promoted)", [pattern(3000, 4), pattern(2999, 5)], 3000),
    case("5 KiB chunk size, one short chunk", [pattern(10, 6)], 5 * 1024),
]
doc = {
    "format": "binary Merkle tree, BLAKE2b-256; leaf = H(0x00 || piece); node = H(0x01 || left || right); "
    "an odd last node is promoted unchanged; a chunk's leaf is the root of the tree over its "
    "S = max(1, ceil(chunk_size / 1024)) segments of 1 KiB (those past its end empty), so with "
    "chunk_size <= 1024 it is H(0x00 || chunk); proof = sibling hashes from the leaf upwards, "
    "skipping levels where the node is promoted; a segment proof is the segment's siblings in "
    "its chunk's tree followed by the chunk's",
    "cases": cases,
}
out = pathlib.Path(__file__).resolve().parent.parent / "pallets/primitives/test-vectors/merkle.json"
out.write_text(json.dumps(doc, indent=1) + "\n")
print(f"wrote {out} ({len(cases)} cases)")
