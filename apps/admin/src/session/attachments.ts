import { useEffect, useState } from 'react';
import type { Label } from '@cadre/ui';
import { sessionToken } from './token.ts';

// Files go up and come down outside GraphQL (`POST /attachments`, `GET /attachments/<id>`), with
// the session's credential in the `Authorization` header, as /graphql takes it.

const authorization = (): Record<string, string> => {
  const token = sessionToken.get();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** The server's refusal, in both languages (its body is shaped like a GraphQL error). */
async function refusal(response: Response): Promise<Label> {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message: string; extensions?: { messageZh?: string; messageEn?: string } }[];
  } | null;
  const first = body?.errors?.[0];
  const fallback = first?.message ?? `HTTP ${response.status}`;
  return {
    zh: first?.extensions?.messageZh ?? fallback,
    en: first?.extensions?.messageEn ?? fallback,
  };
}

/** Attaches `file` to its owner (`CadrePhoto` and the cadre's id): null, or why it was refused. */
export async function uploadAttachment(
  owner: { ownerType: string; ownerId: string },
  file: File,
): Promise<Label | null> {
  const query = new URLSearchParams({ ...owner, fileName: file.name });
  const response = await fetch(`/attachments?${query}`, {
    method: 'POST',
    headers: authorization(),
    body: file,
  });
  return response.ok ? null : refusal(response);
}

/**
 * An attachment's download path (`/attachments/<id>`) as an address an `<img>` can show: fetched
 * with the credential, kept as an object URL while shown. Null while it loads, or without a path.
 */
export function useAttachmentUrl(path: string | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (!path) return;
    let objectUrl: string | undefined;
    let current = true;
    void fetch(path, { headers: authorization() })
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (!blob || !current) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path]);
  return url;
}
