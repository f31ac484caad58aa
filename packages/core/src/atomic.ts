import { open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Flushes a file or directory entry to disk (a directory fsync makes renames inside it durable). */
export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a file under a temporary name beside it, fsyncs it, then renames it into place. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Publishes a fully written temporary directory under its final name: every file in it is
 * fsynced, then the directory is renamed and its parent fsynced. Readers see all of it or none.
 */
export async function publishDirectory(temporary: string, final: string): Promise<void> {
  for (const entry of await readdir(temporary, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) await fsyncPath(join(entry.parentPath, entry.name));
  }
  await fsyncPath(temporary);
  await rm(final, { recursive: true, force: true });
  await rename(temporary, final);
  await fsyncPath(dirname(final));
}
