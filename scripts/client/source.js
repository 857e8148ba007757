// A file published as a data set, read chunk by chunk: the Merkle tree is built in one
// streaming pass and the frames are read from the file when asked for, so memory grows
// with the number of chunks (the tree's hashes, 64 bytes a chunk), not with the file.
import fs from 'node:fs';

import { encodeFrame } from './frames.js';
import { chunkLeaf, levels, proof } from './merkle.js';

export class FileSource {
  constructor (fh, size, chunkSize, lv) {
    this.fh = fh;
    this.size = size;
    this.chunkSize = chunkSize;
    this.lv = lv;
    this.count = lv[0].length;
    this.root = lv[lv.length - 1][0];
  }

  /** Opens `file` and hashes it in chunks of `chunkSize` bytes; `onProgress(bytes)` now and then. */
  static async open (file, chunkSize, onProgress = () => {}) {
    const fh = await fs.promises.open(file, 'r');
    try {
      const { size } = await fh.stat();
      if (size === 0) throw new Error('cannot publish an empty file');
      const buf = Buffer.alloc(chunkSize);
      const leaves = [];
      let last = Date.now();
      for (let at = 0; at < size; at += chunkSize) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(chunkSize, size - at), at);
        leaves.push(chunkLeaf(buf.subarray(0, bytesRead), chunkSize));
        if (Date.now() - last > 1000) { last = Date.now(); onProgress(at + bytesRead, size); }
      }
      return new FileSource(fh, size, chunkSize, levels(leaves));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** Chunk `i` read from the file. */
  async chunk (i) {
    const at = i * this.chunkSize;
    const len = Math.min(this.chunkSize, this.size - at);
    const buf = Buffer.alloc(len);
    await this.fh.read(buf, 0, len, at);
    return new Uint8Array(buf.buffer, buf.byteOffset, len);
  }

  /** The frame of chunk `i` (the chunk and its Merkle path), or null out of range. */
  async frame (i) {
    if (!(Number.isInteger(i) && i >= 0 && i < this.count)) return null;
    return encodeFrame(await this.chunk(i), proof(this.lv, i));
  }

  close () { return this.fh.close(); }
}
