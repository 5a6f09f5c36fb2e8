/**
 * Builds the read-only Lexical tree from the stored paragraphs: once per
 * document (and script), never on annotation changes. After the DOM exists it
 * tags each block with its paragraph index and start offset, and hands the
 * elements to the viewer's offset bridge.
 */
import { useEffect } from 'react';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BlockSpec } from '../model/blocks';
import { chunkBlocks } from '../model/chunks';
import { $createChunkNode } from './chunk-node';

const HEADING_TAGS: HeadingTagType[] = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** The text column's font size and line height (viewer.css .fz-viewer-text: 16px, 1.9). */
const EM_PX = 16;
const LINE_PX = 16 * 1.9;

function $createBlock(b: BlockSpec): LexicalNode {
  if (b.headingLevel !== null) {
    const h = $createHeadingNode(HEADING_TAGS[Math.min(b.headingLevel, HEADING_TAGS.length) - 1]);
    if (b.text) h.append($createTextNode(b.text));
    return h;
  }
  const p = $createParagraphNode();
  if (b.boldUnits > 0) {
    p.append($createTextNode(b.text.slice(0, b.boldUnits)).toggleFormat('bold'));
    p.append($createTextNode(b.text.slice(b.boldUnits)));
  } else if (b.text) p.append($createTextNode(b.text));
  return p;
}

/** Estimated height in px of blocks [from, to) with `perLine` characters to a line (viewer.css sizes). */
function estimateHeight(blocks: readonly BlockSpec[], from: number, to: number, perLine: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    const lines = Math.max(1, Math.ceil(b.text.length / perLine));
    h += b.headingLevel === null ? lines * LINE_PX + 0.6 * EM_PX : lines * 1.6 * EM_PX * 1.1 + 1.4 * EM_PX;
  }
  return h;
}

export function BuildDocumentPlugin({
  blocks,
  onBuilt,
}: {
  blocks: readonly BlockSpec[];
  onBuilt: (elements: HTMLElement[], root: HTMLElement) => void;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const keys: string[] = [];
    const groups = chunkBlocks(blocks);
    const chunkKeys: string[] = [];
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const [from, to] of groups) {
          const chunk = $createChunkNode();
          for (let i = from; i < to; i++) {
            const node = $createBlock(blocks[i]!);
            keys.push(node.getKey());
            chunk.append(node);
          }
          chunkKeys.push(chunk.getKey());
          root.append(chunk);
        }
      },
      { discrete: true },
    );
    const rootEl = editor.getRootElement();
    if (!rootEl) return;
    const elements: HTMLElement[] = [];
    keys.forEach((key, i) => {
      const el = editor.getElementByKey(key);
      if (!el) return;
      el.dataset.testid = 'viewer-paragraph';
      el.dataset.index = String(i);
      el.dataset.start = String(blocks[i]!.start);
      elements[i] = el;
    });
    // The height a chunk not yet shown takes: its blocks' lines at the column's width, so
    // the scrollbar and every offset below it are near right before it is first laid out.
    // (Reading the width lays the root out, cheaply: the chunks' contents are skipped.)
    const perLine = Math.max(8, Math.floor(rootEl.clientWidth / EM_PX));
    groups.forEach(([from, to], c) => {
      const el = editor.getElementByKey(chunkKeys[c]!);
      if (el) el.style.containIntrinsicBlockSize = `auto ${Math.round(estimateHeight(blocks, from, to, perLine))}px`;
    });
    onBuilt(elements, rootEl);
  }, [editor, blocks, onBuilt]);
  return null;
}
