// What an uploaded file is, read from its bytes — never from its name or the type the upload
// claims: a renamed program or web page is refused whatever it calls itself. The name it is
// stored under is cleaned of path parts and control characters and ends in the detected kind's
// extension, so a saved copy opens with the program that suits its content.

/** The kinds of file the system takes: decision documents, scans, photos and spreadsheets. */
export const FILE_KINDS = ['pdf', 'png', 'jpeg', 'docx', 'doc', 'xlsx'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const CONTENT_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The extensions a saved file of each kind may carry; the first is added when none fits. */
const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ['.pdf'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  docx: ['.docx'],
  doc: ['.doc'],
  xlsx: ['.xlsx'],
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // a local file header first
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** The kind the content is, or null for anything not accepted. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  // A zip is a Word document or a workbook only if it holds that kind's main part (not any zip).
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return null;
  }
  // OLE2 also holds spreadsheets and installers (.msi): a Word file has a WordDocument stream.
  if (startsWith(bytes, OLE2) && contains(bytes, utf16le('WordDocument'))) return 'doc';
  return null;
}

const EOCD = 0x06054b50; // end of central directory
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const EOCD_SIZE = 22;
const LOCAL_HEADER_SIZE = 30;
const MAX_ZIP_COMMENT = 0xffff;

/** One entry of a zip's central directory: what a reader of the zip will unpack. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else a spreadsheet never uses. */
  method: number;
  compressedSize: number;
  /** As declared: a zip bomb declares less than it unpacks to, so never trust it alone. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The entries of a zip's central directory; empty when it has none that can be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - EOCD_SIZE;
  let end = -1;
  for (let at = last; at >= 0 && at >= last - MAX_ZIP_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count && at + 46 <= end; i++) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) break;
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) break;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** The entry names of a zip's central directory; empty when it has none that can be read. */
export const zipEntryNames = (bytes: Uint8Array): string[] => zipEntries(bytes).map((e) => e.name);

/**
 * The packed bytes of an entry, found through its local header as an unzipping library finds
 * them; null when the header is not where the directory says or the data runs past the end.
 */
export function zipEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_ENTRY) return null;
  const start =
    at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const [first] = needle;
  if (first === undefined) return true;
  const fits = (i: number) => i >= 0 && i + needle.length <= haystack.length;
  for (let i = haystack.indexOf(first); fits(i); i = haystack.indexOf(first, i + 1)) {
    if (needle.every((b, j) => haystack[i + j] === b)) return true;
  }
  return false;
}

/** Longest stored file name, in characters (the extension included). */
export const FILE_NAME_MAX = 120;

// Control and bidirectional-override characters (a name can otherwise pretend `exe.pdf` is
// `fdp.exe`), and what no file system accepts in a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /[<>:"|?*]/g;

/**
 * The name to store a file of `kind` under: the last part of what the client sent (no folders),
 * without unsafe characters or leading dots, at most `FILE_NAME_MAX` characters, ending in an
 * extension of its kind. Empty when nothing of the name is left.
 */
export function storedFileName(raw: string, kind: FileKind): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(UNSAFE, '')
    .replace(RESERVED, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!clean) return '';
  const extensions = EXTENSIONS[kind];
  const dot = clean.lastIndexOf('.');
  const own = dot > 0 ? clean.slice(dot).toLowerCase() : '';
  const [stem, extension] = extensions.includes(own)
    ? [clean.slice(0, dot), clean.slice(dot)]
    : [clean, extensions[0] ?? ''];
  const room = FILE_NAME_MAX - extension.length;
  return Array.from(stem).slice(0, room).join('').trimEnd() + extension;
}
