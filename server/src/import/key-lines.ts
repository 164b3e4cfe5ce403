/**
 * The line on which each natural key of a file first appeared, for finding repeated keys during
 * validation. At a million rows a Map of key strings was V8's largest live object (~55 MB), and
 * V8 lets the heap grow to several times its live size before collecting, so the key set set the
 * import's peak memory. Here the keys are kept as UTF-8 bytes in one growing buffer with an
 * open-addressing table of typed arrays: ~30 bytes a key, outside the collected heap.
 */
export class KeyLines {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  /** Key i occupies bytes starts[i] … starts[i + 1]. */
  private starts = new Uint32Array(1 << 12);
  private lines = new Uint32Array(1 << 12);
  private count = 0;
  /** Key index + 1 per slot; 0 = empty. Kept at most half full. */
  private slots = new Int32Array(1 << 13);

  /** The line recorded for `key`, if any. */
  get(key: string): number | undefined {
    const index = this.find(key);
    return index < 0 ? undefined : this.lines[index];
  }

  /** Records the line of a key not yet recorded (callers check with `get` first). */
  set(key: string, line: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    if (this.count + 2 > this.starts.length) {
      this.starts = grow(this.starts, this.starts.length * 2);
      this.lines = grow(this.lines, this.lines.length * 2);
    }
    const start = this.used;
    const end = this.writeKey(key);
    this.starts[this.count + 1] = end;
    this.lines[this.count] = line;
    this.used = end;
    this.count += 1;
    this.slots[this.emptySlotFor(this.hashOf(start, end))] = this.count;
  }

  /** Writes the key's bytes after the stored keys (without keeping them) and returns where they end. */
  private writeKey(key: string): number {
    const length = Buffer.byteLength(key);
    if (this.used + length > this.bytes.length) {
      const larger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(larger, 0, 0, this.used);
      this.bytes = larger;
    }
    return this.used + this.bytes.write(key, this.used);
  }

  private find(key: string): number {
    const end = this.writeKey(key);
    const mask = this.slots.length - 1;
    for (let slot = this.hashOf(this.used, end) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const index = this.slots[slot]! - 1;
      if (this.bytes.compare(this.bytes, this.used, end, this.starts[index]!, this.starts[index + 1]!) === 0)
        return index;
    }
    return -1;
  }

  private emptySlotFor(hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.count; index++) {
      this.slots[this.emptySlotFor(this.hashOf(this.starts[index]!, this.starts[index + 1]!))] = index + 1;
    }
  }

  /** FNV-1a over the bytes start … end. */
  private hashOf(start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ this.bytes[i]!, 0x01000193);
    return hash >>> 0;
  }
}

function grow(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(size);
  larger.set(array);
  return larger;
}
