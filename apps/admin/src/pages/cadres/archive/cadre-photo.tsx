import { useState } from 'react';
import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { format, useLabel } from '@cadre/ui';
import { uploadAttachment, useAttachmentUrl } from '../../../session/attachments.ts';
import { useArchiveMessages } from './messages.ts';
import './records.css';

/** The photo (照片) as the archive keeps it, shown with the session's credential. */
export function PhotoImage({ path, className }: { path: string | undefined; className: string }) {
  const m = useArchiveMessages();
  const url = useAttachmentUrl(path);
  return url ? <img src={url} alt={m.photo} className={className} /> : null;
}

/** The photo on the profile; uploading one (JPEG or PNG) replaces the former. */
export function CadrePhoto({
  cadreId,
  path,
  canWrite,
  onChanged,
}: {
  cadreId: string;
  path: string | undefined;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    const refused = await uploadAttachment({ ownerType: 'CadrePhoto', ownerId: cadreId }, file);
    setBusy(false);
    if (refused) return void message.error(format(m.photoFailed, { reason: t(refused) }));
    void message.success(m.photoSaved);
    onChanged();
  };
  return (
    <figure className="profile-photo">
      {path ? (
        <PhotoImage path={path} className="profile-photo-image" />
      ) : (
        <div className="profile-photo-image profile-photo-empty">{m.noPhoto}</div>
      )}
      {canWrite && (
        <Upload
          accept="image/jpeg,image/png"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={busy}>
            {path ? m.replacePhoto : m.uploadPhoto}
          </Button>
        </Upload>
      )}
    </figure>
  );
}
