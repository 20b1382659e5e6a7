/** "Copy embed code": an <iframe> for a host page, with a title for screen readers. Pure. */
export function iframeSnippet(src: string, title: string): string {
  const attr = (v: string) => v.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="620" style="border:0" loading="lazy"></iframe>`;
}
