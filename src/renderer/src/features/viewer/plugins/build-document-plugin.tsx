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

const HEADING_TAGS: HeadingTagType[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

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
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const b of blocks) {
          const node = $createBlock(b);
          keys.push(node.getKey());
          root.append(node);
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
    onBuilt(elements, rootEl);
  }, [editor, blocks, onBuilt]);
  return null;
}
