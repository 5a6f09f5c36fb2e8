/**
 * The read-only Lexical editor holding the text. Memoised: its props change only
 * when another document (or script) is opened, so annotation changes never
 * re-render it. Lexical's default role for its root is "textbox"; this text is
 * read, not edited, so it is an article.
 */
import { memo, useMemo } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode } from '@lexical/rich-text';
import type { BlockSpec } from '../model/blocks';
import { BuildDocumentPlugin } from '../plugins/build-document-plugin';
import { ChunkNode } from '../plugins/chunk-node';

const theme = {
  paragraph: 'fz-p',
  heading: { h2: 'fz-h1', h3: 'fz-h2', h4: 'fz-h3', h5: 'fz-h4', h6: 'fz-h5' },
  text: { bold: 'fz-bold' },
} satisfies InitialConfigType['theme'];

export interface ViewerSurfaceProps {
  blocks: readonly BlockSpec[];
  onBuilt: (elements: HTMLElement[], root: HTMLElement) => void;
  label: string;
}

export const ViewerSurface = memo(function ViewerSurface({ blocks, onBuilt, label }: ViewerSurfaceProps) {
  const initialConfig = useMemo(
    (): InitialConfigType => ({
      namespace: 'fazhi-viewer',
      editable: false,
      nodes: [HeadingNode, ChunkNode],
      theme,
      onError: (error: Error) => console.error(error),
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="fz-viewer-text" role="article" aria-label={label} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <BuildDocumentPlugin blocks={blocks} onBuilt={onBuilt} />
    </LexicalComposer>
  );
});
