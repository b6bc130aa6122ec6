import { describe, expect, it, vi } from 'vitest';
import { createUnknotApi, ipcContract, type IpcTransport } from '../../../src/shared/ipc';

describe('createUnknotApi', () => {
  it('maps each named method to its contract channel and nothing else', async () => {
    const transport: IpcTransport = {
      invoke: vi.fn(async () => 'answer'),
      subscribe: vi.fn(() => () => undefined),
    };
    const api = createUnknotApi(transport);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(ipcContract.invoke), 'on'].sort());
    await expect(api.getStatus()).resolves.toBe('answer');
    expect(transport.invoke).toHaveBeenCalledWith(ipcContract.invoke.getStatus.channel, undefined);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('subscribes to events by their contract channel', () => {
    const off = vi.fn();
    const transport: IpcTransport = { invoke: vi.fn(), subscribe: vi.fn(() => off) };
    const listener = vi.fn();
    createUnknotApi(transport).on('status', listener)();
    expect(transport.subscribe).toHaveBeenCalledWith(
      ipcContract.events.status.channel,
      expect.any(Function),
    );
    expect(off).toHaveBeenCalled();
  });
});
