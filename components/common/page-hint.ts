// A hint kept in the extension pages' own storage: read at once, with no round trip. Storage turned
// off only means no hint (the page then reads one step later).
export function pageHint(key: string) {
  return {
    read(): string | undefined {
      try {
        return localStorage.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    keep(value: string | undefined): void {
      try {
        if (value !== undefined) localStorage.setItem(key, value);
      } catch {
        // No hint next time.
      }
    },
  };
}
