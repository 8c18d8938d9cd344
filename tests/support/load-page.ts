import { Window } from 'happy-dom';

/** A saved page as a Document at its original URL, with scripts and styles inert. */
export function loadPage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Frees a page's window: suites that load thousands of pages would otherwise hold them all. */
export function closePage(doc: Document): void {
  void (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
}
