/**
 * A pass-through stream that notes the line numbers holding bytes that are not valid UTF-8.
 * A newline byte never occurs inside a multi-byte UTF-8 sequence, so checking whole lines is
 * exact; the check runs on each chunk's complete lines at once and looks line by line only
 * when that chunk fails.
 */

import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

const NEWLINE = 0x0a;

export class Utf8Guard extends Transform {
  /** Line numbers (first line = 1) with invalid bytes; few in practice, so memory stays small. */
  readonly invalidLines = new Set<number>();
  private carry: Buffer = Buffer.alloc(0);
  private line = 1;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = bytes.lastIndexOf(NEWLINE) + 1;
    this.checkLines(bytes.subarray(0, end));
    this.carry = Buffer.from(bytes.subarray(end));
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.checkLines(this.carry);
    callback();
  }

  private checkLines(bytes: Buffer): void {
    if (bytes.length === 0) return;
    const valid = isUtf8(bytes);
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(NEWLINE, start);
      const stop = newline === -1 ? bytes.length : newline + 1;
      if (!valid && !isUtf8(bytes.subarray(start, stop))) this.invalidLines.add(this.line);
      this.line += 1;
      start = stop;
    }
  }
}
