/** Only http(s) links from data are followed; anything else (javascript:, data:, file:) is shown as text. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
