import { Button, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { format } from '@cadre/ui';
import { useRegistryMessages } from './messages.ts';
import { PAGE_SIZES, type PageTurn, type RegistryView } from './registry-state.ts';

/** Keyset pages: first, previous, next and last, a jump to a page by number, and the page size. */
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
  const [jumpTo, setJumpTo] = useState<number | null>(null);
  const jump = () => {
    if (jumpTo !== null) onTurn({ page: jumpTo });
    setJumpTo(null);
  };
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
        <Space.Compact>
          <InputNumber
            aria-label={m.jumpTo}
            placeholder={m.jumpTo}
            min={1}
            max={pages}
            precision={0}
            value={jumpTo}
            onChange={setJumpTo}
            onPressEnter={jump}
            style={{ width: 110 }}
          />
          <Button onClick={jump} disabled={jumpTo === null}>
            {m.jump}
          </Button>
        </Space.Compact>
        <Select
          aria-label={m.pageSize}
          value={view.size}
          onChange={onSize}
          options={PAGE_SIZES.map((size) => ({ value: size, label: format(m.perPage, { size }) }))}
          style={{ width: 130 }}
        />
      </Space>
    </nav>
  );
}
