// Demo photos (照片): a drawn silhouette on an ID-photo blue, not a picture of anyone, as a real
// PNG that the attachment rules accept. Leaders and reserve-pool cadres have one, as the cadres
// whose 任免审批表 are printed.

import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Prisma } from '@cadre/db/client';
import { CONTENT_TYPES, detectFileKind, storedFileName } from '../domain/file-content.ts';
import type { Random } from './random.ts';

const WIDTH = 60;
const HEIGHT = 80;

type Rgb = readonly [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGB) of `pixel(x, y)`. */
function png(pixel: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // depth 8, colour type RGB, no interlace
  const rows = Buffer.alloc(HEIGHT * (1 + WIDTH * 3));
  for (let y = 0; y < HEIGHT; y += 1) {
    const row = y * (1 + WIDTH * 3); // filter byte 0, then the pixels
    for (let x = 0; x < WIDTH; x += 1) rows.set(pixel(x, y), row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BACKGROUND: Rgb = [67, 142, 219];
const SKIN: readonly Rgb[] = [
  [241, 204, 173],
  [226, 185, 150],
  [205, 160, 125],
];
const JACKETS: readonly Rgb[] = [
  [38, 42, 54],
  [52, 58, 74],
  [70, 70, 72],
];

/** Head and shoulders, with a little variety per cadre. */
export function silhouette(random: Random): Buffer {
  const skin = random.pick(SKIN);
  const jacket = random.pick(JACKETS);
  const hair: Rgb = [24, 22, 22];
  const headX = 30 + random.int(-2, 2);
  const headY = 32;
  return png((x, y) => {
    const head = ((x - headX) / 12) ** 2 + ((y - headY) / 15) ** 2 <= 1;
    if (head) return y < headY - 8 ? hair : skin;
    const shoulders = y > 52 && ((x - 30) / 28) ** 2 + ((y - 84) / 30) ** 2 <= 1;
    return shoulders ? jacket : BACKGROUND;
  });
}

/** The photo row of a cadre, typed and hashed as an upload would be. */
export function photoRow(
  random: Random,
  districtId: string,
  cadre: { id: string; name: string },
  uploadedAt: Date,
): Prisma.AttachmentCreateManyInput {
  const content = silhouette(random);
  const kind = detectFileKind(content);
  if (kind !== 'png') throw new Error('demo photo is not a PNG');
  return {
    id: random.uuid(),
    districtId,
    ownerType: 'CadrePhoto',
    ownerId: cadre.id,
    fileName: storedFileName(`${cadre.name}.png`, kind),
    contentType: CONTENT_TYPES[kind],
    byteSize: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content: new Uint8Array(content),
    uploadedBy: null,
    uploadedAt,
  };
}
