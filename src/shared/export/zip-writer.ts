/**
 * Builds a zip in memory from streamed parts, so a 100 MB worksheet is deflated
 * chunk by chunk instead of held as one string and one byte array at once.
 */
import { Zip, ZipDeflate } from 'fflate';

const FLUSH_AT = 1 << 20;

export interface TextPart {
  write(s: string): void;
  end(): void;
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private error: Error | null = null;
  private readonly encoder = new TextEncoder();

  constructor(private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6) {
    this.zip = new Zip((err, data) => {
      if (err) this.error = err;
      else this.chunks.push(data);
    });
  }

  addFile(name: string, data: Uint8Array | string): void {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    file.push(typeof data === 'string' ? this.encoder.encode(data) : data, true);
  }

  /** A file written piece by piece; call end() before the next file. */
  addText(name: string): TextPart {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    let pending: string[] = [];
    let size = 0;
    const flush = (final: boolean): void => {
      file.push(this.encoder.encode(pending.join('')), final);
      pending = [];
      size = 0;
    };
    return {
      write: (s) => {
        pending.push(s);
        size += s.length;
        if (size >= FLUSH_AT) flush(false);
      },
      end: () => flush(true),
    };
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.error) throw this.error;
    let total = 0;
    for (const c of this.chunks) total += c.length;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
