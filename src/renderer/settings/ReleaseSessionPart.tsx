import type { Settings } from '../../shared/settings/schema';
import { ReleaseSessionSettings } from './ReleaseSessionSettings';
import { getDraftValue, type SettingsEditor } from './use-settings';

type Release = Settings['releaseSession'];

/** The draft's value when it has the session's shape, else what main last accepted. */
function getShown(editor: SettingsEditor): Release {
  const raw = getDraftValue(editor.draft, 'releaseSession');
  if (typeof raw !== 'object' || raw === null) return editor.saved.releaseSession;
  const { enabled, at } = raw as Record<string, unknown>;
  return typeof enabled === 'boolean' && typeof at === 'string'
    ? { enabled, at: at as Release['at'] }
    : editor.saved.releaseSession;
}

/** The release session's settings on a Settings page: each change is saved at once. */
export function ReleaseSessionPart({ editor }: { editor: SettingsEditor }) {
  const error = editor.errorFor('releaseSession');
  return (
    <>
      <ReleaseSessionSettings
        value={getShown(editor)}
        onChange={(next) => editor.change('releaseSession', next)}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
