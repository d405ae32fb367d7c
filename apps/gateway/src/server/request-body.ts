import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'CORE_BODY_TOO_LARGE', {
    zh: `请求体超过 ${limit} 字节`,
    en: `Request body exceeds ${limit} bytes`,
  });
}

/** The body's bytes, refused (413) as soon as they pass `limit`, without reading the rest. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer>> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      reject(tooLarge(limit));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
