import { useState } from 'react';
import { Button, Card, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  cadreStatusLabels,
  LazyPart,
  rankLabels,
  useLabel,
  useMountedPlugins,
  usePageTitle,
  useViewer,
} from '@cadre/ui';
import { ArchiveRecords } from './archive/archive-records.tsx';
import { CadrePhoto } from './archive/cadre-photo.tsx';
import { RestrictionsBanner } from './archive/restrictions-banner.tsx';
import { useCadreRecords } from './archive/use-cadre-records.ts';
import { CadreEditDrawer } from './cadre-edit-drawer.tsx';
import { useProfileMessages } from './messages.ts';
import { ArchiveFacts } from './profile-archive.tsx';
import { DueItemsCard, PoolsCard, PostsCard } from './profile-lists.tsx';
import { CadreProfileQuery } from './profile-query.ts';
import './profile.css';

/** 干部数字档案: one cadre's archive, history, pools, deadlines and each enabled plugin's section. */
export default function CadrePage() {
  const m = useProfileMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { profileSections } = useMountedPlugins();
  const { id = '' } = useParams();
  const [{ data, fetching }, refetch] = useQuery({ query: CadreProfileQuery, variables: { id } });
  const { records, reload } = useCadreRecords(id);
  const [editing, setEditing] = useState(false);
  const cadre = data?.cadre;
  const reloadProfile = () => refetch({ requestPolicy: 'network-only' });
  usePageTitle(cadre ? `${cadre.name} · ${m.title}` : m.title, cadre?.name);

  if (!cadre)
    return fetching || !data ? (
      <Skeleton active paragraph={{ rows: 12 }} />
    ) : (
      <Result
        status="404"
        title={m.notFound}
        extra={<Link to="/cadres">{m.backToRegistry}</Link>}
      />
    );

  return (
    <article aria-labelledby="profile-name" className="profile">
      <header className="profile-head">
        <Link to="/cadres" aria-label={m.backToRegistry}>
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title level={3} id="profile-name" style={{ margin: 0 }}>
          {cadre.name}
        </Typography.Title>
        <Space wrap size={4}>
          <Tag>{cadre.unit.name}</Tag>
          {cadre.currentPost && <Tag>{cadre.currentPost.title}</Tag>}
          <Tag color="blue">{t(rankLabels[cadre.rank])}</Tag>
          <Tag color={cadre.status === 'ACTIVE' ? 'green' : 'default'}>
            {t(cadreStatusLabels[cadre.status])}
          </Tag>
        </Space>
        <Space className="profile-actions">
          <Button icon={<PrinterOutlined />} href={`/cadres/${cadre.id}/card`} target="_blank">
            {m.print}
          </Button>
          {can('core.cadre.write') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {m.edit}
            </Button>
          )}
        </Space>
      </header>
      <RestrictionsBanner restrictions={records?.restrictions} />
      <ArchiveFacts
        cadre={cadre}
        photo={
          <CadrePhoto
            cadreId={cadre.id}
            path={cadre.photo?.downloadPath}
            canWrite={can('core.cadre.write')}
            onChanged={reloadProfile}
          />
        }
      />
      <PostsCard cadre={cadre} onChanged={reloadProfile} />
      {records && <ArchiveRecords records={records} reload={reload} />}
      {can('core.reserve-pool.read') && <PoolsCard cadre={cadre} />}
      {can('core.due-item.read') && <DueItemsCard cadreId={cadre.id} />}
      {profileSections.map((section) => (
        <Card key={section.key} title={t(section.title)} size="small" className="profile-card">
          <LazyPart load={section.load} props={{ cadreId: cadre.id }} />
        </Card>
      ))}
      {editing && (
        <CadreEditDrawer cadre={cadre} open={editing} onClose={() => setEditing(false)} />
      )}
    </article>
  );
}
