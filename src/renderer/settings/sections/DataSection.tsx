import { useState } from 'react';
import type { ExportFormat } from '../../../shared/domain';
import type { UnknotApi } from '../../../shared/ipc';
import { Section } from '../Section';
import { DataProblems } from './DataProblems';

/** Turns a rejected IPC call into a sentence for the person. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Electron prefixes errors from main with "Error invoking remote method '…': Error: ".
  return text.replace(/^.*?Error: /, '');
}

/** Where settings and history live, and the history export. */
export function DataSection({ api, dataFolder }: { api: UnknotApi; dataFolder: string }) {
  const [status, setStatus] = useState<string>('');
  const [failed, setFailed] = useState(false);
  const report = (text: string, isError: boolean) => {
    setStatus(text);
    setFailed(isError);
  };
  const open = () =>
    api.openDataFolder().then(
      ({ path }) => report(`Opened ${path}.`, false),
      (error: unknown) => report(`The folder could not be opened: ${describeError(error)}`, true),
    );
  const exportAs = (format: ExportFormat) =>
    api.exportHistory({ format }).then(
      (result) =>
        report(
          result.saved ? `Saved ${result.rows} rows to ${result.path}.` : 'Export cancelled.',
          false,
        ),
      (error: unknown) => report(`The history was not exported: ${describeError(error)}`, true),
    );
  return (
    <Section id="data" title="Your data" intro="Settings and history stay on this computer.">
      <p>
        Folder: <code>{dataFolder}</code>
      </p>
      <DataProblems api={api} />
      <div className="actions">
        <button type="button" onClick={() => void open()}>
          Open data folder
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          Export history as CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export history as JSON
        </button>
      </div>
      <p role="status" className={failed ? 'field-error' : 'hint'}>
        {status}
      </p>
    </Section>
  );
}
