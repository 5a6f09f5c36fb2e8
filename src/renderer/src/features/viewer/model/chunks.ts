/**
 * How the rendered blocks are grouped into chunks (plugins/chunk-node.ts): the
 * browser skips laying out a chunk far from the view, and watches one element per
 * chunk, not per paragraph.
 */
import type { BlockSpec } from './blocks';

/** A chunk ends after this many characters (UTF-16 units) or blocks. */
const CHUNK_UNITS = 3000;
const CHUNK_BLOCKS = 32;

/**
 * [from, to) block index ranges of the chunks. A heading starts a chunk, so a section's
 * label can sit at its chunk's top while the browser skips the chunk.
 */
export function chunkBlocks(blocks: readonly BlockSpec[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let units = 0;
  blocks.forEach((b, i) => {
    if (i > from && b.headingLevel !== null) {
      out.push([from, i]);
      from = i;
      units = 0;
    }
    units += b.text.length;
    if (units >= CHUNK_UNITS || i + 1 - from >= CHUNK_BLOCKS) {
      out.push([from, i + 1]);
      from = i + 1;
      units = 0;
    }
  });
  if (from < blocks.length) out.push([from, blocks.length]);
  return out;
}
