import { describe, expect, it } from 'vitest';
import { detectFileKind, FILE_NAME_MAX, storedFileName, zipEntryNames } from './file-content.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...Buffer.from(text, 'utf16le')];

/** An empty zip: no entries, only the end-of-central-directory record. */
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06, ...Array<number>(18).fill(0)];

describe('detectFileKind', () => {
  it('reads the kind from the first bytes', () => {
    expect(detectFileKind(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(detectFileKind(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('png');
    expect(detectFileKind(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectFileKind(bytes(OLE2, Array(64).fill(0), utf16('WordDocument')))).toBe('doc');
  });

  it('refuses programs, web pages, empty files and near misses whatever they are called', () => {
    expect(detectFileKind(bytes('MZ\x90\x00'))).toBeNull();
    expect(detectFileKind(bytes('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(detectFileKind(new Uint8Array())).toBeNull();
    expect(detectFileKind(bytes(' %PDF-1.4'))).toBeNull();
    expect(detectFileKind(bytes([0xff, 0xd8]))).toBeNull();
  });

  it('takes an OLE2 file only with a WordDocument stream (not a spreadsheet or installer)', () => {
    expect(detectFileKind(bytes(OLE2, utf16('Workbook')))).toBeNull();
    expect(detectFileKind(bytes(OLE2, 'WordDocument'))).toBeNull();
  });

  it('takes a zip only with word/document.xml in it', () => {
    expect(detectFileKind(bytes('PK\x03\x04', EMPTY_ZIP))).toBeNull();
    expect(zipEntryNames(bytes('PK\x03\x04', EMPTY_ZIP))).toEqual([]);
    expect(zipEntryNames(bytes('PK\x03\x04 truncated'))).toEqual([]);
  });
});

describe('storedFileName', () => {
  it('keeps Chinese names and a fitting extension', () => {
    expect(storedFileName('关于张三同志任职的通知.pdf', 'pdf')).toBe('关于张三同志任职的通知.pdf');
    expect(storedFileName('照片.JPEG', 'jpeg')).toBe('照片.JPEG');
    expect(storedFileName('照片.jpg', 'jpeg')).toBe('照片.jpg');
  });

  it('drops folders, control and direction-override characters, and leading dots', () => {
    expect(storedFileName('C:\\Users\\x\\..\\考察报告.docx', 'docx')).toBe('考察报告.docx');
    expect(storedFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(storedFileName('...hidden.pdf', 'pdf')).toBe('hidden.pdf');
    expect(storedFileName('a\u0000b\r\n.pdf', 'pdf')).toBe('ab.pdf');
    expect(storedFileName('report\u202Efdp.exe', 'pdf')).toBe('reportfdp.exe.pdf');
    expect(storedFileName('a"b<c>.pdf', 'pdf')).toBe('a_b_c_.pdf');
  });

  it('ends in the extension of the detected kind, not the claimed one', () => {
    expect(storedFileName('scan.png', 'pdf')).toBe('scan.png.pdf');
    expect(storedFileName('决定书', 'doc')).toBe('决定书.doc');
    expect(storedFileName('page.html', 'png')).toBe('page.html.png');
  });

  it('caps the length in characters, keeping the extension', () => {
    const name = storedFileName(`${'档'.repeat(300)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(FILE_NAME_MAX);
    expect(name.endsWith('档.pdf')).toBe(true);
  });

  it('is empty when nothing of the name is left', () => {
    expect(storedFileName('', 'pdf')).toBe('');
    expect(storedFileName('/\u0000/ ..', 'pdf')).toBe('');
  });
});
