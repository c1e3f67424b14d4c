// The scripts and style sheets this page has loaded so far (module graph and
// lazy chunks alike), as absolute URLs.
export default function loadedResources() {
  const urls = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  for (const script of document.querySelectorAll('script[src]')) urls.add(script.src);
  for (const link of document.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"]'))
    urls.add(link.href);
  return [...urls].filter((url) => /\.(m?js|css)(\?|$)/.test(url));
}
