/**
 * Everything the app asked of the desktop that has no page to show it: dialogs, shell
 * calls, shortcuts, notifications, focus requests, the application menu. The test
 * process reads it over the control channel (see control.ts).
 */
export interface RecordedCall {
  api: string;
  args: unknown[];
}

const calls: RecordedCall[] = [];

/** Keeps only what survives a structured clone (functions become their names). */
function plain(value: unknown): unknown {
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

export function record(api: string, ...args: unknown[]): void {
  calls.push({ api, args: args.map(plain) });
}

export function recordedCalls(): RecordedCall[] {
  return calls.slice();
}
