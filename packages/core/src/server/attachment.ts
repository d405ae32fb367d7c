import type { RequestContext } from '../contract/context.ts';
import { UnauthenticatedError } from '../errors/cadre-error.ts';
import { CADRE_PHOTO } from '../services/attachment-owners.ts';
import {
  ATTACHMENT_INFO,
  type AttachmentInfo,
  type AttachmentScope,
  isSensitiveOwner,
  readableOwnerType,
  removeAttachment,
  rowIdOf,
} from '../services/attachments.ts';
import type { Builder } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import { loaderFor } from './loaders.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';
import { auditSensitiveRead } from './sensitive-reads.ts';

// Files (附件) in GraphQL: what is attached to an owner, the cadre's photo, and removal. Files
// go up and come down over HTTP (`POST /attachments`, `GET /attachments/<id>`, the gateway).

/** The request as the attachment services need it. */
export function attachmentScope(ctx: RequestContext): AttachmentScope {
  const actor = actorOf(ctx);
  const uploaderId = ctx.viewer?.userId ?? ctx.credential?.id;
  if (!uploaderId) throw new UnauthenticatedError();
  return {
    db: ctx.db,
    actor,
    uploaderId,
    permissions: ctx.permissions,
    plugins: ctx.plugins,
    enabledPlugins: districtOf(ctx).enabledPlugins,
  };
}

/** Who uploaded: a staff member's name, or the name of a partner system's key. */
const uploaderLoader = (ctx: RequestContext) =>
  loaderFor<string>(
    ctx,
    'attachment.uploader',
    async (ids) => {
      const where = { districtId: districtOf(ctx).id, id: { in: [...ids] } };
      const [users, keys] = await Promise.all([
        ctx.prisma.user.findMany({ where, select: { id: true, displayName: true } }),
        ctx.prisma.apiKey.findMany({ where, select: { id: true, name: true } }),
      ]);
      return [
        ...users.map((u): [string, string] => [u.id, u.displayName]),
        ...keys.map((k): [string, string] => [k.id, k.name]),
      ];
    },
    '',
  );

/** Each cadre's current photo: the one live file of its `CadrePhoto` owner. */
const photoLoader = (ctx: RequestContext) =>
  loaderFor<AttachmentInfo | null>(
    ctx,
    'cadre.photo',
    async (cadreIds) => {
      const rows = await ctx.prisma.attachment.findMany({
        where: {
          districtId: districtOf(ctx).id,
          ownerType: CADRE_PHOTO,
          ownerId: { in: [...cadreIds] },
          removedAt: null,
        },
        orderBy: { uploadedAt: 'asc' },
        select: ATTACHMENT_INFO,
      });
      return rows.map((row) => [row.ownerId, row]);
    },
    null,
  );

export function registerAttachment(builder: Builder, Cadre: CadreRef) {
  const Attachment = builder.objectRef<AttachmentInfo>('Attachment').implement({
    description: '附件: a file attached to an archive record, a case or a cadre (the photo)',
    fields: (t) => ({
      id: t.exposeID('id'),
      ownerType: t.exposeString('ownerType', { description: '`CadreSanction`, `WorkflowCase` …' }),
      ownerId: t.exposeID('ownerId'),
      fileName: t.exposeString('fileName'),
      contentType: t.exposeString('contentType', {
        description: 'Detected from the content, not from the name or the upload’s claim',
      }),
      byteSize: t.exposeInt('byteSize'),
      sha256: t.exposeString('sha256', { description: 'SHA-256 of the content, hex' }),
      uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
      uploadedBy: t.string({
        nullable: true,
        description:
          'The staff member, or the partner system’s key, that uploaded it; null for the operator’s loads',
        resolve: (a, _args, ctx) => (a.uploadedBy ? uploaderLoader(ctx).load(a.uploadedBy) : null),
      }),
      downloadPath: t.string({
        description: 'GET it with the `Authorization` header sent to /graphql',
        resolve: (a) => `/attachments/${a.id}`,
      }),
    }),
  });

  builder.queryField('attachments', (t) =>
    t.field({
      type: [Attachment],
      description:
        'The files of an owner (a row id or global ID), oldest first; with the read permission ' +
        'of its type. Upload with POST /attachments (see the gateway README)',
      authScopes: { signedIn: true },
      complexity: listCost(LIST_BOUNDS.attachments),
      args: { ownerType: t.arg.string(), ownerId: t.arg.id() },
      resolve: async (_root, args, ctx) => {
        const scope = attachmentScope(ctx);
        const owner = readableOwnerType(scope, args.ownerType);
        const ownerId = rowIdOf(args.ownerId);
        if (!ownerId) return [];
        // A sanction's file names say what it was about: reading them is audited like the rest.
        if (isSensitiveOwner(scope, owner))
          await auditSensitiveRead(ctx, 'attachment.list', args.ownerType, ownerId);
        return ctx.prisma.attachment.findMany({
          where: {
            districtId: scope.actor.districtId,
            ownerType: args.ownerType,
            ownerId,
            removedAt: null,
          },
          orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
          take: LIST_BOUNDS.attachments,
          select: ATTACHMENT_INFO,
        });
      },
    }),
  );

  builder.mutationField('removeAttachment', (t) =>
    t.field({
      type: Attachment,
      description:
        'Remove a file, with a reason: it is kept for review but no longer listed or served. ' +
        'Needs the write permission of its owner type',
      authScopes: { signedIn: true },
      errors: {},
      args: { id: t.arg.id(), reason: t.arg.string() },
      resolve: (_root, args, ctx) => removeAttachment(attachmentScope(ctx), args.id, args.reason),
    }),
  );

  builder.objectField(Cadre, 'photo', (t) =>
    t.field({
      type: Attachment,
      nullable: true,
      description: '照片: POST /attachments?ownerType=CadrePhoto&ownerId=<cadre id> replaces it',
      authScopes: { permission: 'core.cadre.read' },
      resolve: (cadre, _args, ctx) => photoLoader(ctx).load(cadre.id),
    }),
  );
}
