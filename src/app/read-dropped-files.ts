import type { ImportInput } from '../import/import-files';

/** Reads picked files, keeping folder-relative paths (from a folder pick) so scenario folders import whole. */
export async function readPickedFiles(files: FileList | readonly File[]): Promise<ImportInput[]> {
  return Promise.all(
    [...files].map(async (file) => ({
      name: file.webkitRelativePath || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

async function readEntry(entry: FileSystemEntry, path: string, out: ImportInput[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ name: `${path}${file.name}`, bytes: new Uint8Array(await file.arrayBuffer()) });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the directory in batches until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const child of batch) await readEntry(child, `${path}${entry.name}/`, out);
  }
}

/** Reads what was dropped: files, or whole folders when the browser hands us directory entries. */
export async function readDroppedItems(data: DataTransfer): Promise<ImportInput[]> {
  const entries = [...data.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return readPickedFiles(data.files);
  const out: ImportInput[] = [];
  for (const entry of entries) await readEntry(entry, '', out);
  return out;
}
