import { useState } from 'react';
import { App, Button, Checkbox, Popover, Progress, Space } from 'antd';
import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { downloadFile, format, useLabel } from '@cadre/ui';
import { useRegistryMessages } from './messages.ts';
import { DEFAULT_COLUMNS, REGISTRY_COLUMNS, storeColumns } from './registry-columns.tsx';
import type { RegistryView } from './registry-state.ts';

/** The column chooser and the export of the filtered list. */
export function RegistryToolbar({
  view,
  shown,
  onShownChange,
}: {
  view: RegistryView;
  shown: string[];
  onShownChange: (keys: string[]) => void;
}) {
  const m = useRegistryMessages();
  const t = useLabel();
  const client = useClient();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
    abort: AbortController;
  } | null>(null);

  const choose = (keys: string[]) => {
    const ordered = REGISTRY_COLUMNS.map((c) => c.key).filter(
      (k) => k === 'name' || keys.includes(k),
    );
    storeColumns(ordered);
    onShownChange(ordered);
  };

  const exportList = async () => {
    const abort = new AbortController();
    setProgress({ done: 0, total: 0, abort });
    try {
      // exceljs is large: it loads only now, in its own chunk.
      const { exportRegistry } = await import('./registry-export.ts');
      const { blob, count } = await exportRegistry({
        client,
        view,
        columns: REGISTRY_COLUMNS.filter((c) => shown.includes(c.key)).map((column) => ({
          column,
          title: column.title(m),
        })),
        t,
        sheetName: m.exportSheet,
        onProgress: (done, total) => setProgress({ done, total, abort }),
        signal: abort.signal,
      });
      downloadFile(blob, `${m.exportSheet}-${new Date().toISOString().slice(0, 10)}.xlsx`);
      void message.success(format(m.exportDone, { count }));
    } catch (error) {
      if (!abort.signal.aborted)
        void message.error(format(m.exportFailed, { reason: (error as Error).message }));
    } finally {
      setProgress(null);
    }
  };

  const chooser = (
    <Space orientation="vertical">
      <Checkbox.Group
        value={shown}
        onChange={(keys) => choose(keys.map(String))}
        options={REGISTRY_COLUMNS.map((c) => ({
          value: c.key,
          label: c.title(m),
          disabled: c.key === 'name',
        }))}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(120px, auto))', gap: 6 }}
      />
      <Button size="small" onClick={() => choose(DEFAULT_COLUMNS)}>
        {m.columnsDefault}
      </Button>
    </Space>
  );

  return (
    <Space className="registry-toolbar">
      <Popover trigger="click" content={chooser} title={m.columns} placement="bottomRight">
        <Button icon={<TableOutlined />}>{m.columns}</Button>
      </Popover>
      {progress ? (
        <Space>
          <span role="status">
            {format(m.exporting, { done: progress.done, total: progress.total })}
          </span>
          <Progress
            type="circle"
            size={28}
            percent={progress.total ? Math.round((progress.done / progress.total) * 100) : 0}
          />
          <Button onClick={() => progress.abort.abort()}>{m.exportCancel}</Button>
        </Space>
      ) : (
        <Button icon={<DownloadOutlined />} onClick={() => void exportList()}>
          {m.export}
        </Button>
      )}
    </Space>
  );
}
