import type { Transaction } from '@cadre/db';
import {
  type AttachmentChange,
  type AttachmentOwner,
  type AttachmentOwnerQuery,
  DOCUMENT_KINDS,
  type FoundOwner,
} from '../contract/attachments.ts';
import type { CadrePlugin } from '../contract/plugin.ts';
import type { Audit } from './audit.ts';

// The types files can be attached to: core's own, and those of the district's enabled plugins.

export const CADRE_PHOTO = 'CadrePhoto';

interface RowDelegate {
  findFirst(args: {
    where: { id: string; districtId: string };
    select: { id: true };
  }): Promise<{ id: string } | null>;
}

/** `find` for an owner that is one row of a district table: `ownerRow((tx) => tx.cadreReward)`. */
export function ownerRow(
  delegate: (tx: Transaction) => RowDelegate,
): (query: AttachmentOwnerQuery) => Promise<FoundOwner | null> {
  return async ({ tx, districtId, ownerId }) =>
    (await delegate(tx).findFirst({ where: { id: ownerId, districtId }, select: { id: true } }))
      ? {}
      : null;
}

const MIB = 1024 * 1024;

/**
 * The photo (照片): the cadre's current one is `Cadre.photoId`; an upload replaces the former
 * photo, which is marked removed.
 */
const cadrePhoto: AttachmentOwner = {
  label: { zh: '干部', en: 'Cadre' },
  readPermission: 'core.cadre.read',
  writePermission: 'core.cadre.write',
  accepts: ['jpeg', 'png'],
  maxBytes: 2 * MIB,
  single: true,
  find: ownerRow((tx) => tx.cadre),
  attached: async ({ tx, audit, districtId, ownerId, attachmentId }: AttachmentChange) => {
    const { photoId } = await tx.cadre.findFirstOrThrow({
      where: { id: ownerId, districtId },
      select: { photoId: true },
    });
    await tx.cadre.updateMany({
      where: { id: ownerId, districtId },
      data: { photoId: attachmentId },
    });
    await auditPhoto(audit, ownerId, photoId, attachmentId);
  },
  removed: async ({ tx, audit, districtId, ownerId, attachmentId }: AttachmentChange) => {
    const { count } = await tx.cadre.updateMany({
      where: { id: ownerId, districtId, photoId: attachmentId },
      data: { photoId: null },
    });
    if (count > 0) await auditPhoto(audit, ownerId, attachmentId, null);
  },
};

const auditPhoto = (audit: Audit, cadreId: string, before: string | null, after: string | null) =>
  audit({
    operation: 'cadre.update',
    targetType: 'Cadre',
    targetId: cadreId,
    changes: { photoId: [before, after] },
  });

/** Documents of an archive record: what a cadre's record may be read and edited with. */
const archiveRecord = (
  label: AttachmentOwner['label'],
  read: string,
  write: string,
  delegate: (tx: Transaction) => RowDelegate,
): AttachmentOwner => ({
  label,
  readPermission: read,
  writePermission: write,
  accepts: DOCUMENT_KINDS,
  find: ownerRow(delegate),
});

/**
 * Documents of a case's steps (考察报告, 会议纪要 …). Whoever reads cases reads them; attaching
 * needs that too, and one of the permissions of the case type's steps: the people who move a
 * case are the ones who file its documents, and a role working on other plugins' cases is not.
 */
const workflowCase: AttachmentOwner = {
  label: { zh: '办理事项', en: 'Case' },
  readPermission: 'core.case.read',
  writePermission: 'core.case.read',
  accepts: DOCUMENT_KINDS,
  find: async ({ tx, districtId, ownerId, workflows }) => {
    const found = await tx.workflowCase.findFirst({
      where: { id: ownerId, districtId },
      select: { caseType: true },
    });
    const definition = found && workflows(found.caseType);
    if (!definition) return null;
    return { writableWith: Object.values(definition.transitions).map((step) => step.permission) };
  },
};

export const CORE_ATTACHMENT_OWNERS: Readonly<Record<string, AttachmentOwner>> = {
  [CADRE_PHOTO]: cadrePhoto,
  CadreReward: archiveRecord(
    { zh: '奖励', en: 'Reward' },
    'core.cadre.read',
    'core.cadre.write',
    (tx) => tx.cadreReward,
  ),
  CadreSanction: archiveRecord(
    { zh: '处分、组织处理或诫勉', en: 'Sanction' },
    'core.sanction.read',
    'core.sanction.write',
    (tx) => tx.cadreSanction,
  ),
  CadreAnnualGrade: archiveRecord(
    { zh: '年度考核结果', en: 'Annual grade' },
    'core.cadre.read',
    'core.cadre.write',
    (tx) => tx.cadreAnnualGrade,
  ),
  WorkflowCase: workflowCase,
};

interface Registered {
  owner: AttachmentOwner;
  /** The plugin that declared it; core's are always there. */
  pluginId: string | null;
}

const registries = new WeakMap<readonly CadrePlugin[], ReadonlyMap<string, Registered>>();

/** Every owner type of a gateway's installed plugins and core, built once; a clash is an error. */
function registryOf(plugins: readonly CadrePlugin[]): ReadonlyMap<string, Registered> {
  let registry = registries.get(plugins);
  if (!registry) {
    const all = new Map<string, Registered>(
      Object.entries(CORE_ATTACHMENT_OWNERS).map(([type, owner]) => [
        type,
        { owner, pluginId: null },
      ]),
    );
    for (const plugin of plugins) {
      for (const [type, owner] of Object.entries(plugin.attachmentOwners ?? {})) {
        if (all.has(type)) throw new Error(`Attachment owner type ${type} is declared twice`);
        all.set(type, { owner, pluginId: plugin.id });
      }
    }
    registries.set(plugins, (registry = all));
  }
  return registry;
}

/** The owner type of that name in a district with these plugins on; null for any other name. */
export function attachmentOwnerOf(
  plugins: readonly CadrePlugin[],
  enabledPlugins: readonly string[],
  ownerType: string,
): AttachmentOwner | null {
  const found = registryOf(plugins).get(ownerType);
  return found && (found.pluginId === null || enabledPlugins.includes(found.pluginId))
    ? found.owner
    : null;
}
