// The single-file build's basemap archives, base64 by file name (scripts/single-file-basemap.ts).
declare module 'virtual:sandtable-single-basemap' {
  const archives: Record<string, string>;
  export default archives;
}
