/**
 * OUT: checked before the (slow) evaluation and again before writing; written whole or not at all. IN is found by
 * device and inode, so no alias of it — symbolic link, hard link, linked folder, other letter case — is written.
 */
import { randomBytes } from "node:crypto";
import {
  BigIntStats,
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { Lang } from "../../model/errors";
import { UsageError } from "./usageError";

export interface OutputOptions {
  /** The workbook read, which must never be written (absent for `example`). */
  input?: string;
  force: boolean;
  lang: Lang;
}

export function checkOutputPath(out: string, options: OutputOptions): void {
  outputTarget(out, options);
}

export function writeWorkbookFile(out: string, bytes: Uint8Array, options: OutputOptions): void {
  const target = outputTarget(out, options);
  try {
    writeAtomically(target, bytes);
  } catch (error) {
    throw new UsageError((t) => t.cannotWrite(out, t.reason(error)), options.lang);
  }
}

/** The real path OUT's bytes go to, after every check. */
function outputTarget(out: string, { input, force, lang }: OutputOptions): string {
  const refuse = (message: ConstructorParameters<typeof UsageError>[0]) => new UsageError(message, lang);
  let target: string;
  if (absent(() => lstatSync(out))?.isSymbolicLink()) {
    // A link is followed (its target replaced, the link kept), but a dangling one would create a file elsewhere.
    try {
      target = realpathSync(out);
    } catch {
      throw refuse((t) => t.danglingLink(out));
    }
  } else {
    const folder = dirname(out);
    const folderStats = absent(() => statSync(folder));
    if (!folderStats) throw refuse((t) => t.missingFolder(out, folder));
    if (!folderStats.isDirectory()) throw refuse((t) => t.notAFolder(out, folder));
    target = join(realpathSync(folder), basename(out));
  }
  const existing = absent(() => statSync(target, { bigint: true }));
  if (existing?.isDirectory()) throw refuse((t) => t.outputIsFolder(out, join(out, "ny.xlsx")));

  const expected = input && extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  if (extname(out).toLowerCase() !== expected) throw refuse((t) => t.wrongExtension(out, expected));
  if (!existing) return target;
  if (!existing.isFile()) throw refuse((t) => t.notAFile(out));
  if (input !== undefined && sameFile(target, existing, input)) throw refuse((t) => t.outputIsInput(out, input));
  if (!force) throw refuse((t) => t.outputExists(out));
  return target;
}

/** The stats, or undefined where there is no such file (a missing folder or a file in the path included). */
function absent<T>(stat: () => T): T | undefined {
  try {
    return stat();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";

function sameFile(target: string, stats: BigIntStats, input: string): boolean {
  const inStats = absent(() => statSync(input, { bigint: true }));
  if (!inStats) return false;
  if (stats.ino !== 0n && inStats.ino !== 0n) return stats.dev === inStats.dev && stats.ino === inStats.ino;
  // Some network and FAT drives report no inode: compare real paths, ignoring case where the system does.
  const [a, b] = [realpathSync.native(target), realpathSync.native(input)];
  return CASE_INSENSITIVE ? a.toLowerCase() === b.toLowerCase() : a === b;
}

type Write = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/**
 * Writes the whole file or nothing: a temporary file beside the target (same file system, so the rename is
 * atomic), flushed to disk, then renamed over it. On failure the temporary file is removed and the old target
 * is untouched; after a kill only the hidden temporary file can be left.
 */
export function writeAtomically(target: string, bytes: Uint8Array, write: Write = writeSync): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const previous = statSync(target, { throwIfNoEntry: false });
  const fd = openSync(temp, "wx");
  try {
    try {
      // A replaced OUT keeps its permissions.
      if (previous) fchmodSync(fd, previous.mode & 0o777);
      for (let done = 0; done < bytes.length;) done += write(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

/** Makes the rename itself durable. Folders cannot be opened on Windows, where it is not needed. */
function syncFolder(folder: string) {
  try {
    const fd = openSync(folder, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}
