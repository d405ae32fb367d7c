import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database, Prisma } from '@cadre/db';
import type { AttachmentOwner } from '../contract/attachments.ts';
import type { CadrePlugin, Label } from '../contract/plugin.ts';
import {
  CONTENT_TYPES,
  detectFileKind,
  type FileKind,
  storedFileName,
} from '../domain/file-content.ts';
import { isUuid } from '../domain/ids.ts';
import type { PermissionSet } from '../domain/permissions.ts';
import { REDACTED } from '../domain/sensitive-fields.ts';
import {
  ForbiddenError,
  InputError,
  NotFoundError,
  RuleViolationError,
} from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { attachmentOwnerOf } from './attachment-owners.ts';
import { type Actor, type Audit, changedFields, type Transaction, writeAudited } from './audit.ts';
import { workflowLookup } from './workflow.ts';

// Files attached to archive records, cases and cadres, kept in the database. What a file is comes
// from its bytes; its hash goes into the audit record of the upload (never its content); a file
// is removed by marking it, with a reason, and every download is audited.

export const ATTACHMENT: Label = { zh: '附件', en: 'Attachment' };

/** The largest file any owner takes; an owner type may take less. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Refused content and sizes, answered 415 and 413 over HTTP. */
export const ATTACHMENT_TYPE_REFUSED = 'CORE_ATTACHMENT_TYPE_REFUSED';
export const ATTACHMENT_TOO_LARGE = 'CORE_ATTACHMENT_TOO_LARGE';

/** What a request attaches with: who it is, what it may do, which plugins its district has on. */
export interface AttachmentScope {
  db: Database;
  actor: Actor;
  /** The user, or for a partner system its API key: stored as the uploader. */
  uploaderId: string;
  permissions: PermissionSet;
  plugins: readonly CadrePlugin[];
  enabledPlugins: readonly string[];
}

/** Everything but the content, which only a download reads. */
export const ATTACHMENT_INFO = {
  id: true,
  ownerType: true,
  ownerId: true,
  fileName: true,
  contentType: true,
  byteSize: true,
  sha256: true,
  uploadedBy: true,
  uploadedAt: true,
} as const satisfies Prisma.AttachmentSelect;

export type AttachmentInfo = Prisma.AttachmentGetPayload<{ select: typeof ATTACHMENT_INFO }>;

/** The owner type, if the district has it; any other name is the caller's mistake. */
export function ownerTypeIn(scope: AttachmentScope, ownerType: string): AttachmentOwner {
  const owner = attachmentOwnerOf(scope.plugins, scope.enabledPlugins, ownerType);
  if (owner) return owner;
  throw new InputError([
    {
      path: 'ownerType',
      code: 'UNKNOWN_OWNER_TYPE',
      text: { zh: '不能向此类对象添加附件', en: 'Files cannot be attached to this type' },
    },
  ]);
}

/** The owner type of a stored file, or "not found" when its plugin is off in the district. */
const ownerTypeOfRow = (scope: AttachmentScope, ownerType: string) => {
  const owner = attachmentOwnerOf(scope.plugins, scope.enabledPlugins, ownerType);
  if (!owner) throw new NotFoundError(ATTACHMENT);
  return owner;
};

function need(scope: AttachmentScope, permission: string): void {
  if (!scope.permissions.has(permission)) throw new ForbiddenError(permission);
}

/** The owner type, once the credential is known to read its files. */
export function readableOwnerType(scope: AttachmentScope, ownerType: string): AttachmentOwner {
  const owner = ownerTypeIn(scope, ownerType);
  need(scope, owner.readPermission);
  return owner;
}

/** Whether what the owner type holds is sensitive: its file names stay out of the trail too. */
export const isSensitiveOwner = (scope: AttachmentScope, owner: AttachmentOwner) =>
  scope.permissions.catalog.get(owner.readPermission)?.sensitive === true;

const maxBytesOf = (owner: AttachmentOwner) =>
  Math.min(owner.maxBytes ?? MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_BYTES);

/** The largest file the credential may attach to `ownerType`: asked before an upload is read. */
export function uploadLimit(scope: AttachmentScope, ownerType: string): number {
  const owner = ownerTypeIn(scope, ownerType);
  need(scope, owner.writePermission);
  return maxBytesOf(owner);
}

/** A row id, or the global ID GraphQL gives the row (`Type:<uuid>` in base64); null otherwise. */
export function rowIdOf(raw: string): string | null {
  if (isUuid(raw)) return raw;
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64').toString() : '';
  const id = /^[A-Za-z_]\w*:(.+)$/.exec(decoded)?.[1] ?? '';
  return isUuid(id) ? id : null;
}

/**
 * The owner row in the actor's district, within the write's transaction: "not found" when it is
 * not there, refused when the row asks for a permission the credential lacks.
 */
async function findOwner(
  scope: AttachmentScope,
  owner: AttachmentOwner,
  tx: Transaction,
  ownerId: string,
): Promise<void> {
  const found = await owner.find({
    tx,
    districtId: scope.actor.districtId,
    ownerId,
    workflows: workflowLookup(scope.plugins, scope.enabledPlugins),
  });
  if (!found) throw new NotFoundError(owner.label);
  const extra = found.writableWith;
  if (extra && !extra.some((permission) => scope.permissions.has(permission)))
    throw new ForbiddenError(extra.join(' | '));
}

function tooLarge(limit: number): RuleViolationError {
  const mib = Math.round((limit / 1024 / 1024) * 10) / 10;
  return new RuleViolationError(ATTACHMENT_TOO_LARGE, {
    zh: `文件超过 ${mib} MiB 的上限`,
    en: `The file exceeds the limit of ${mib} MiB`,
  });
}

const KIND_NAMES: Record<FileKind, string> = {
  pdf: 'PDF',
  png: 'PNG',
  jpeg: 'JPEG',
  docx: 'Word (.docx)',
  doc: 'Word (.doc)',
  xlsx: 'Excel (.xlsx)',
};

function typeRefused(owner: AttachmentOwner): RuleViolationError {
  const kinds = owner.accepts.map((kind) => KIND_NAMES[kind]).join(', ');
  return new RuleViolationError(ATTACHMENT_TYPE_REFUSED, {
    zh: `文件内容不是可接受的类型（${kinds}）`,
    en: `The file's content is not of an accepted type (${kinds})`,
  });
}

const NO_NAME: Label = { zh: '须给出文件名', en: 'A file name is needed' };

const uploadParams = z.object({
  ownerId: z.string().min(1, bilingual('须指明所属对象', 'Name the owner (ownerId)')),
  fileName: z
    .string()
    .min(1, bilingual(NO_NAME.zh, NO_NAME.en))
    .max(1000, bilingual('文件名过长', 'The file name is too long')),
});

export interface Upload {
  ownerType: string;
  /** The owner's row id or GraphQL global ID. */
  ownerId: string;
  /** As the client names it; stored cleaned (`storedFileName`). */
  fileName: string;
  content: Uint8Array<ArrayBuffer>;
}

/**
 * Attaches a file, or writes nothing: the owner type must exist in the district and the
 * credential hold its write permission, the owner row must be in the district, and the content
 * must be of a kind the owner accepts (read from the bytes) within its size limit.
 */
export async function attachFile(scope: AttachmentScope, upload: Upload): Promise<AttachmentInfo> {
  const owner = ownerTypeIn(scope, upload.ownerType);
  need(scope, owner.writePermission);
  const { content, ownerType } = upload;
  const params = parseInput(uploadParams, upload, []);
  const ownerId = rowIdOf(params.ownerId);
  if (!ownerId) throw new NotFoundError(owner.label);
  const limit = maxBytesOf(owner);
  if (content.length > limit) throw tooLarge(limit);
  const kind = detectFileKind(content);
  if (!kind || !owner.accepts.includes(kind)) throw typeRefused(owner);
  const fileName = storedFileName(params.fileName, kind);
  if (!fileName) throw new InputError([{ path: 'fileName', code: 'REQUIRED', text: NO_NAME }]);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const districtId = scope.actor.districtId;
  return writeAudited(scope.db, scope.actor, async (tx, audit, emit) => {
    await findOwner(scope, owner, tx, ownerId);
    if (owner.single) await removeFormer(tx, audit, districtId, ownerType, ownerId);
    const stored = {
      ownerType,
      ownerId,
      fileName,
      contentType: CONTENT_TYPES[kind],
      byteSize: content.length,
      sha256,
    };
    const info = await tx.attachment.create({
      data: { ...stored, districtId, content, uploadedBy: scope.uploaderId },
      select: ATTACHMENT_INFO,
    });
    await audit({
      operation: 'attachment.add',
      targetType: 'Attachment',
      targetId: info.id,
      changes: changedFields(
        {},
        isSensitiveOwner(scope, owner) ? { ...stored, fileName: REDACTED } : stored,
      ),
    });
    await owner.attached?.({ tx, audit, districtId, ownerId, attachmentId: info.id });
    await emit('core.attachment.added', { attachmentId: info.id, ownerType, ownerId, sha256 });
    return info;
  });
}

const REPLACED = '被新上传的文件替换 Replaced by a new upload';

/** A single-file owner's former file, removed; the owner is locked so two uploads keep one. */
async function removeFormer(
  tx: Transaction,
  audit: Audit,
  districtId: string,
  ownerType: string,
  ownerId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`attachment:${ownerId}`}, 0))`;
  const former = await tx.attachment.findMany({
    where: { districtId, ownerType, ownerId, removedAt: null },
    select: { id: true },
  });
  for (const { id } of former) await markRemoved(tx, audit, id, REPLACED);
}

async function markRemoved(tx: Transaction, audit: Audit, id: string, reason: string) {
  const removedAt = new Date();
  await tx.attachment.update({ where: { id }, data: { removedAt } });
  await audit({
    operation: 'attachment.remove',
    targetType: 'Attachment',
    targetId: id,
    changes: { removedAt: [null, removedAt.toISOString()], reason: [null, reason] },
  });
}

const removal = z.object({
  id: z.string(),
  reason: z
    .string()
    .trim()
    .min(2, bilingual('删除理由至少 2 个字', 'The reason needs 2 characters'))
    .max(200, bilingual('删除理由不能超过 200 个字', 'The reason has at most 200 characters')),
});

/**
 * Removes a file by marking it, with the reason in the audit record: its bytes stay for an
 * accountability review, but it is no longer listed or served.
 */
export async function removeAttachment(
  scope: AttachmentScope,
  id: string,
  reason: string,
): Promise<AttachmentInfo> {
  const input = parseInput(removal, { id, reason }, []);
  const districtId = scope.actor.districtId;
  return writeAudited(scope.db, scope.actor, async (tx, audit, emit) => {
    const info = isUuid(input.id)
      ? await tx.attachment.findFirst({
          where: { id: input.id, districtId, removedAt: null },
          select: ATTACHMENT_INFO,
        })
      : null;
    if (!info) throw new NotFoundError(ATTACHMENT);
    const owner = ownerTypeOfRow(scope, info.ownerType);
    need(scope, owner.writePermission);
    await findOwner(scope, owner, tx, info.ownerId);
    await markRemoved(tx, audit, info.id, input.reason);
    const change = { tx, audit, districtId, ownerId: info.ownerId, attachmentId: info.id };
    await owner.removed?.(change);
    await emit('core.attachment.removed', {
      attachmentId: info.id,
      ownerType: info.ownerType,
      ownerId: info.ownerId,
    });
    return info;
  });
}

/**
 * A file with its content, for a credential that may read its owner's files: the download's
 * audit record (with the hash of what was served) is written before the content is handed out.
 */
export async function downloadAttachment(
  scope: AttachmentScope,
  id: string,
): Promise<{ info: AttachmentInfo; content: Uint8Array }> {
  if (!isUuid(id)) throw new NotFoundError(ATTACHMENT);
  const districtId = scope.actor.districtId;
  return writeAudited(scope.db, scope.actor, async (tx, audit) => {
    const found = await tx.attachment.findFirst({
      where: { id, districtId, removedAt: null },
      select: { ...ATTACHMENT_INFO, content: true },
    });
    if (!found) throw new NotFoundError(ATTACHMENT);
    need(scope, ownerTypeOfRow(scope, found.ownerType).readPermission);
    const { content, ...info } = found;
    await audit({
      operation: 'attachment.download',
      targetType: 'Attachment',
      targetId: id,
      changes: { sha256: info.sha256 },
    });
    return { info, content };
  });
}
