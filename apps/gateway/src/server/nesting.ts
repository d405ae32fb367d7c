import { HttpError } from './http-error.ts';

/**
 * How deeply brackets may nest in a request body and in a query text. Parsing, validating and
 * coercing values recurse once per level, and a few thousand levels exhaust the stack; real
 * documents and variables stay far below this (the admin UI's deepest document nests 7 levels).
 */
export const MAX_NESTING = 64;

function tooDeep(what: { zh: string; en: string }): HttpError {
  return new HttpError(400, 'CORE_INPUT_TOO_DEEP', {
    zh: `${what.zh}嵌套超过 ${MAX_NESTING} 层`,
    en: `${what.en} nests deeper than ${MAX_NESTING} levels`,
  });
}

const BODY = tooDeep({ zh: '请求体', en: 'The request body' });
const QUERY = tooDeep({ zh: '查询', en: 'The query' });

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HASH = 0x23;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const isOpening = (c: number) => c === 0x7b || c === 0x5b || c === 0x28; // { [ (
const isClosing = (c: number) => c === 0x7d || c === 0x5d || c === 0x29; // } ] )

/**
 * Refuses JSON text nested deeper than `MAX_NESTING`, counted before it is parsed (one pass over
 * the bytes; brackets inside strings do not count). Malformed JSON is left to the parser.
 */
export function checkJsonNesting(bytes: Uint8Array): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_NESTING) throw BODY;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/**
 * Refuses a GraphQL document whose selections, arguments or value literals nest deeper than
 * `MAX_NESTING`, before it is parsed. Strings, block strings and comments are skipped as GraphQL
 * reads them.
 */
export function checkQueryNesting(query: string): void {
  let depth = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c === HASH) {
      while (i + 1 < query.length && query.charCodeAt(i + 1) !== NEWLINE) {
        if (query.charCodeAt(i + 1) === RETURN) break;
        i++;
      }
    } else if (c === QUOTE) {
      if (query.startsWith('"""', i)) {
        // Block strings end at the next unescaped `"""`; `\"""` is an escaped one.
        i += 3;
        while (i < query.length && !query.startsWith('"""', i)) {
          i += query.startsWith('\\"""', i) ? 4 : 1;
        }
        i += 2;
      } else {
        i++;
        while (i < query.length) {
          const s = query.charCodeAt(i);
          if (s === BACKSLASH) i += 2;
          else if (s === QUOTE || s === NEWLINE || s === RETURN) break;
          else i++;
        }
      }
    } else if (isOpening(c)) {
      if (++depth > MAX_NESTING) throw QUERY;
    } else if (isClosing(c)) depth--;
  }
}
