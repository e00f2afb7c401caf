const loading = new Map<string, Promise<void>>();

/**
 * Adds `<link rel="stylesheet" href>` to the page once and resolves when it has loaded. The styles of
 * bpmn-js are built as separate, non-injected bundles (angular.json) so that pages without a
 * diagram do not pay for them.
 */
export function loadStylesheet(document: Document, href: string): Promise<void> {
  let loaded = loading.get(href);
  if (loaded === undefined) {
    loaded = new Promise<void>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      // A missing stylesheet leaves the diagram plain, not broken: go on either way.
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
      document.head.append(link);
    });
    loading.set(href, loaded);
  }
  return loaded;
}
