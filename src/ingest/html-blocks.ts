import type { DomNode, FormatCallback } from 'html-to-text';

const HEADING = /^h[1-6]$/u;

/** Text of a node and its descendants, white space folded. */
export function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' || node.name === 'script' || node.name === 'style') return '';
  return (node.children ?? []).map(textOf).join(' ').replace(/\s+/gu, ' ').trim();
}

/** Descendants of `node` (not itself) whose tag name passes `test`, in document order, not looking inside a match. */
function findAll(node: DomNode, test: (name: string) => boolean): DomNode[] {
  return (node.children ?? []).flatMap((child) => (child.type === 'tag' && test(child.name ?? '') ? [child] : findAll(child, test)));
}

/**
 * A table as one paragraph per row that pairs each cell with its column's header ("Time: 17:00 ·
 * Session: Demos and judging."), so a row can be found and cited on its own; without a header
 * row, the cells joined by " · ".
 */
export const tableAsRows: FormatCallback = (elem, _walk, builder) => {
  const rows = findAll(elem, (name) => name === 'tr').map((row) => findAll(row, (name) => name === 'td' || name === 'th'));
  const first = rows[0] ?? [];
  const headed = first.length > 0 && first.every((cell) => cell.name === 'th');
  const headers = headed ? first.map(textOf) : [];
  for (const cells of headed ? rows.slice(1) : rows) {
    const parts = cells
      .map((cell, i) => [headers[i] ?? '', textOf(cell)] as const)
      .filter(([, text]) => text.length > 0)
      .map(([header, text]) => (header ? `${header}: ${text}` : text));
    if (parts.length === 0) continue;
    const line = parts.join(' · ');
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addLiteral(/[.!?]$/u.test(line) ? line : `${line}.`);
    builder.closeBlock({ trailingLineBreaks: 2 });
  }
};

/**
 * A page header: its headings are kept (an article's title often sits in its <header>), the rest
 * (site name, menus, log-in links) is page furniture, not content.
 */
export const headingsOnly: FormatCallback = (elem, walk, builder) => {
  walk(findAll(elem, (name) => HEADING.test(name)), builder);
};
