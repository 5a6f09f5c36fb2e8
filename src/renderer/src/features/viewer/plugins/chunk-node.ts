/**
 * A run of consecutive blocks (paragraphs and headings) in one element. The
 * browser skips laying out and painting a chunk far from the view
 * (content-visibility in viewer.css); grouping blocks keeps the number of
 * elements it watches small (one per few thousand characters, not one per
 * paragraph), which is what kept scrolling a 300,000-character report slow.
 */
import { $applyNodeReplacement, ElementNode } from 'lexical';

export class ChunkNode extends ElementNode {
  override $config() {
    return this.config('fz-chunk', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'fz-chunk';
    return div;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Its children are blocks, as the root's are. */
  override isShadowRoot(): boolean {
    return true;
  }
}

export function $createChunkNode(): ChunkNode {
  return $applyNodeReplacement(new ChunkNode());
}
