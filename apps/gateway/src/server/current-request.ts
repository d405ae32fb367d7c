import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '@cadre/core';

interface RequestTag {
  requestId: string;
  language: Language;
}

const storage = new AsyncLocalStorage<RequestTag>();

/** The request being served, for code Apollo calls without the context (error formatting). */
export const currentRequest = {
  run: <T>(tag: RequestTag, work: () => Promise<T>): Promise<T> => storage.run(tag, work),
  get: (): RequestTag => storage.getStore() ?? { requestId: 'unknown', language: 'zh' },
};
