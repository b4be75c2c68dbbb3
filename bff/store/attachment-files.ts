import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * An attachment's bytes, a file each under the attachments folder, named by the attachment's id (random,
 * checked to be a plain name: never a path a caller could steer). Written to a temporary name and renamed,
 * so a reader never sees half a file.
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

function pathOf(dir: string, attachmentId: string): string {
  if (!SAFE_ID.test(attachmentId)) throw new Error(`Not an attachment id: ${attachmentId}`);
  return join(dir, attachmentId);
}

export async function writeAttachmentFile(dir: string, attachmentId: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = pathOf(dir, attachmentId);
  await writeFile(`${target}.part`, bytes);
  await rename(`${target}.part`, target);
}

/** The bytes, or null when the file is gone (the folder was wiped under a store that remembers it). */
export async function readAttachmentFile(dir: string, attachmentId: string): Promise<Buffer | null> {
  try {
    return await readFile(pathOf(dir, attachmentId));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
