/** The draft's time zone for its date-time inputs; UTC while the one typed is not a zone (the problem list says so). */
export function zoneOf(manifest: Record<string, unknown>): string {
  const zone = manifest.timeZone;
  if (typeof zone !== 'string' || !zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
