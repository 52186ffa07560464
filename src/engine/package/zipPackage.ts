/**
 * An .xlsx package (a zip of XML parts) opened for editing in place: parts
 * are read on demand, only the parts the engine changes are replaced, and
 * every other part is written back with the same bytes. Inflating stops at a
 * size limit, so a small file that inflates to gigabytes is refused with a
 * message instead of exhausting memory.
 */
import JSZip from "jszip";
import { Lang } from "../../model/errors";

/** Thrown when the package cannot be used: the CLI reports the message and exits with 2. */
export class PackageError extends Error {}

/** The most text one part may inflate to (Node's strings end near 512 MiB). */
export const MAX_PART_BYTES = 400 * 1024 * 1024;
/** The most the parts the engine reads may inflate to together. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

const MiB = 1024 * 1024;

/** JSZip's chunked reader (public in its docs, missing from its typings). */
interface InternalStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", listener: (error: Error) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  pause(): InternalStream;
  resume(): InternalStream;
}

export class ZipPackage {
  private readonly changed = new Map<string, string | null>();
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly lang: Lang,
  ) {}

  static async open(bytes: Uint8Array, lang: Lang): Promise<ZipPackage> {
    try {
      return new ZipPackage(await JSZip.loadAsync(bytes), lang);
    } catch {
      throw new PackageError(
        lang === "sv"
          ? "filen är ingen .xlsx-arbetsbok (den går inte att öppna som zip-paket). Spara den som .xlsx i Excel."
          : "the file is not an .xlsx workbook (it cannot be opened as a zip package). Save it as .xlsx in Excel.",
      );
    }
  }

  has(path: string): boolean {
    if (this.changed.has(path)) return this.changed.get(path) !== null;
    return this.zip.file(path) !== null;
  }

  /** A part's text (UTF-8), or undefined when the package has no such part. */
  async read(path: string): Promise<string | undefined> {
    if (this.changed.has(path)) return this.changed.get(path) ?? undefined;
    const entry = this.zip.file(path);
    if (!entry) return undefined;
    const bytes = await this.inflate(entry);
    return new TextDecoder("utf-8").decode(bytes);
  }

  write(path: string, text: string): void {
    this.changed.set(path, text);
  }

  remove(path: string): void {
    this.changed.set(path, null);
  }

  /** The package with the changed parts; every other part keeps its content. */
  async bytes(): Promise<Uint8Array> {
    for (const [path, text] of this.changed) {
      if (text === null) this.zip.remove(path);
      else this.zip.file(path, text);
    }
    this.changed.clear();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }

  /** Inflates one part, counting bytes as they come so a zip bomb stops at the limit. */
  private inflate(entry: JSZip.JSZipObject): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const stream = (entry as unknown as { internalStream(type: "uint8array"): InternalStream }).internalStream(
        "uint8array",
      );
      const tooBig = (limit: number) =>
        new PackageError(
          this.lang === "sv"
            ? `delen ${entry.name} packas upp till mer än ${limit / MiB} MiB; så stora arbetsböcker hanteras inte.`
            : `the part ${entry.name} inflates to more than ${limit / MiB} MiB; workbooks this large are not handled.`,
        );
      stream
        .on("data", (chunk: Uint8Array) => {
          size += chunk.length;
          this.inflated += chunk.length;
          if (size > MAX_PART_BYTES || this.inflated > MAX_TOTAL_BYTES) {
            stream.pause();
            reject(tooBig(size > MAX_PART_BYTES ? MAX_PART_BYTES : MAX_TOTAL_BYTES));
            return;
          }
          chunks.push(chunk);
        })
        .on("error", (error: Error) => reject(new PackageError(`${entry.name}: ${error.message}`)))
        .on("end", () => {
          const out = new Uint8Array(size);
          let at = 0;
          for (const chunk of chunks) {
            out.set(chunk, at);
            at += chunk.length;
          }
          resolve(out);
        })
        .resume();
    });
  }
}
