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
