import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../markdown';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.kind === 'text') return node.text;
    const children = renderInline(node.children);
    return node.kind === 'strong' ? <strong key={index}>{children}</strong> : <em key={index}>{children}</em>;
  });
}

/** A Smart Alerts message, rendered from its Markdown as React elements (text is never parsed as HTML). */
export function MarkdownView({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <>
      {parseMarkdown(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index} className={styles.paragraph}>
            {renderInline(block.content)}
          </p>
        ) : (
          <ul key={index} className={styles.list}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{renderInline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
