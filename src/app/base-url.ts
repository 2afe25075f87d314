/** The app's origin and base path, absolute: MapLibre's worker cannot resolve the basemap's relative URLs. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}
