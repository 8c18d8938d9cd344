// The privacy policy's page in the package (privacy.html), written at build time from PRIVACY.md
// (wxt.config.ts) so the policy has one text. Only what that file uses: headings, paragraphs,
// "- " lists, **bold**, *emphasis*, `code` and [links](…). No script: the page is plain HTML.

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line of Markdown's inline marks as HTML (the text escaped first). */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

const STYLE = `body{font:15px/1.55 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#161823;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}code{font-size:.92em}a{color:#be123c}
@media (prefers-color-scheme:dark){body{color:#e8e8ea;background:#161823}a{color:#fb7185}}`;

/** PRIVACY.md → a whole HTML page; its first heading is the page's title. */
export function policyPage(markdown: string): string {
  const blocks = markdown.replace(/\r\n/g, '\n').trim().split(/\n\s*\n/);
  let title = 'Privacy policy';
  const body = blocks.map((block) => {
    const heading = /^(#{1,3})\s+(.*)$/.exec(block.trim());
    if (heading && !block.trim().includes('\n')) {
      if (heading[1].length === 1) title = heading[2];
      return `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`;
    }
    if (/^- /.test(block.trim())) {
      // A list item runs on over indented lines until the next "- ".
      const items = block.trim().split(/\n(?=- )/).map((item) => `<li>${inline(item.slice(2).replace(/\s*\n\s*/g, ' '))}</li>`);
      return `<ul>${items.join('')}</ul>`;
    }
    return `<p>${inline(block.trim().replace(/\s*\n\s*/g, ' '))}</p>`;
  });
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
