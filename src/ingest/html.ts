import { convert, type FormatCallback } from 'html-to-text';

// Headings become Markdown headings ("## Setup") so that the chunker and the title finder treat
// HTML and Markdown documents alike.
const markdownHeading: FormatCallback = (elem, walk, builder, formatOptions) => {
  const level = Number(formatOptions['level'] ?? 1);
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(`${'#'.repeat(level)} `);
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2 });
};

const headingSelectors = [1, 2, 3, 4, 5, 6].map((level) => ({
  selector: `h${level}`,
  format: 'markdownHeading',
  options: { level },
}));

/** Plain text of an HTML document: paragraphs separated by blank lines, headings kept as "# …". */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters: { markdownHeading },
    selectors: [
      ...headingSelectors,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
    ],
  }).trim();
}
