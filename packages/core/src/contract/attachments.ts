import type { Transaction } from '@cadre/db';
import type { FileKind } from '../domain/file-content.ts';
import type { Audit } from '../services/audit.ts';
import type { WorkflowLookup } from '../services/workflow.ts';
import type { Label } from './plugin.ts';

// Files (decision documents, evidence, photos) are attached to rows of types that core and
// plugins declare: each says who may read and attach, what it accepts, and how to find its row.

export type { FileKind };

/** Where an owner row is looked for: in the request's district, within its transaction. */
export interface AttachmentOwnerQuery {
  tx: Transaction;
  districtId: string;
  /** A row id (a UUID). */
  ownerId: string;
  /** The case types of the district's enabled plugins. */
  workflows: WorkflowLookup;
}

/** An owner row found in the district. */
export interface FoundOwner {
  /**
   * For owners whose row decides who may attach (a case: the permissions of its type's steps):
   * besides the type's `writePermission`, one of these is needed.
   */
  writableWith?: readonly string[];
}

/** Runs in the transaction that attached or removed a file, after the attachment row is written. */
export interface AttachmentChange {
  tx: Transaction;
  audit: Audit;
  districtId: string;
  ownerId: string;
  attachmentId: string;
}

export interface AttachmentOwner {
  /** What the owner is, for messages: 干部, 处分 … */
  label: Label;
  /** Needed to list and download its files. */
  readPermission: string;
  /** Needed to attach and remove files. */
  writePermission: string;
  /** The kinds of content it takes; anything else is refused (415). */
  accepts: readonly FileKind[];
  /** The largest file it takes, in bytes: lower than the default 10 MiB, never higher. */
  maxBytes?: number;
  /** One live file at a time (a photo): attaching another removes the former. */
  single?: boolean;
  /** The owner row, if it is in the district; null answers "not found" (404). */
  find(query: AttachmentOwnerQuery): Promise<FoundOwner | null>;
  /** Keeps the owner in step (a cadre's photo id) when a file is attached. */
  attached?(change: AttachmentChange): Promise<void>;
  /** …and when one is removed (not when a new one replaces it: `attached` runs then). */
  removed?(change: AttachmentChange): Promise<void>;
}

/** Documents as archive records and cases hold them. */
export const DOCUMENT_KINDS: readonly FileKind[] = ['pdf', 'png', 'jpeg', 'docx', 'doc'];
