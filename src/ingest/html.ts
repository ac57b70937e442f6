import { convert, type FormatCallback } from 'html-to-text';
import { headingsOnly, tableAsRows, textOf } from './html-blocks.js';

// Headings become Markdown headings ("## Setup") so that the chunker and the title finder treat
// HTML and Markdown documents alike.
const markdownHeading: FormatCallback = (elem, walk, builder, formatOptions) => {
  const level = Number(formatOptions['level'] ?? 1);
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(`${'#'.repeat(level)} `);
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2 });
};

// A rule (<hr>) ends a paragraph and says nothing: html-to-text would draw it as a line of dashes.
const paragraphBreak: FormatCallback = (_elem, _walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1 });
  builder.closeBlock({ trailingLineBreaks: 1 });
};

// Preformatted text (a program, a shell session) becomes a fenced code block, as in Markdown: one
// sentence to the reader, never split at its full stops, and its "# command" lines are no headings.
// The fence is longer than any run of backticks inside (CommonMark's rule); an empty one says nothing.
const fencedCode: FormatCallback = (elem, walk, builder) => {
  const text = textOf(elem);
  if (text.trim() === '') return;
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/gu)].map((run) => run[0].length + 1)));
  builder.openBlock({ isPre: true, leadingLineBreaks: 2 });
  builder.addLiteral(`${fence}\n`);
  walk(elem.children, builder);
  builder.addLiteral(`\n${fence}`);
  builder.closeBlock({ trailingLineBreaks: 2 });
};

const headingSelectors = [1, 2, 3, 4, 5, 6].map((level) => ({
  selector: `h${level}`,
  format: 'markdownHeading',
  options: { level },
}));

/**
 * Tables of contents, navigation bars and breadcrumbs as documentation generators mark them
 * (DocBook's `div.toc`, `.navheader`, `.navfooter`; Publican's `.docnav`; Sphinx's
 * `.toctree-wrapper`, `.sphinxsidebar`; MediaWiki's `#toc`; ARIA roles): their text is other
 * sections' headings or links, and a passage of them would outrank the sections themselves.
 */
const PAGE_FURNITURE = [
  '.toc', '#toc', '.toctree-wrapper', '.sphinxsidebar', '.navheader', '.navfooter', '.docnav', '.breadcrumb', '.breadcrumbs', '[role="navigation"]', '[role="doc-toc"]',
];
/** A page's banner, as `<header>` is: only its headings are kept (Publican's `#banner` holds a "Download the ebook" link). */
const BANNERS = ['header', '#banner', '[role="banner"]'];

/**
 * Plain text of an HTML document: paragraphs separated by blank lines, headings kept as "# …",
 * preformatted text as fenced code blocks,
 * table rows as "Header: cell · …" paragraphs; navigation, tables of contents, footers, asides,
 * rules, scripts, styles, <noscript> and <template> dropped, and of a page header or banner only its headings kept.
 */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters: { markdownHeading, tableAsRows, headingsOnly, paragraphBreak, fencedCode },
    selectors: [
      ...headingSelectors,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', format: 'tableAsRows' },
      ...BANNERS.map((selector) => ({ selector, format: 'headingsOnly' })),
      { selector: 'hr', format: 'paragraphBreak' },
      { selector: 'pre', format: 'fencedCode' },
      ...['nav', 'footer', 'aside', 'script', 'style', 'noscript', 'template', ...PAGE_FURNITURE].map((selector) => ({ selector, format: 'skip' })),
    ],
  }).trim();
}
