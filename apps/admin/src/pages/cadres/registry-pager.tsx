import { Button, Select, Space } from 'antd';
import { format } from '@cadre/ui';
import { useRegistryMessages } from './messages.ts';
import { PAGE_SIZES, type PageTurn, type RegistryView } from './registry-state.ts';

/** Keyset pages: first, previous, next and last, and the page size. */
export function RegistryPager({
  view,
  total,
  onTurn,
  onSize,
}: {
  view: RegistryView;
  total: number;
  onTurn: (direction: PageTurn) => void;
  onSize: (size: number) => void;
}) {
  const m = useRegistryMessages();
  const pages = Math.max(1, Math.ceil(total / view.size));
  const atStart = view.page <= 1;
  const atEnd = view.page >= pages;
  return (
    <nav aria-label={format(m.pageOf, { page: view.page, pages })} className="registry-pager">
      <Space wrap>
        <Button onClick={() => onTurn('first')} disabled={atStart}>
          {m.first}
        </Button>
        <Button onClick={() => onTurn('previous')} disabled={atStart}>
          {m.previous}
        </Button>
        <span aria-current="page">{format(m.pageOf, { page: view.page, pages })}</span>
        <Button onClick={() => onTurn('next')} disabled={atEnd}>
          {m.next}
        </Button>
        <Button onClick={() => onTurn('last')} disabled={atEnd}>
          {m.last}
        </Button>
        <Select
          aria-label={m.pageSize}
          value={view.size}
          onChange={onSize}
          options={PAGE_SIZES.map((size) => ({ value: size, label: format(m.perPage, { size }) }))}
          style={{ width: 120 }}
        />
      </Space>
    </nav>
  );
}
