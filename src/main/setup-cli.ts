import { app } from 'electron';
import type { Server } from 'node:net';
import type { CliCommand, CliReply, CliRequest } from '../core/cli-args';
import type { EngineInput } from '../core/engine-types';
import { createCliRequestRunner, runCliCommand } from './cli-dispatch';
import type { Controller } from './controller';
import { showAppWindow } from './platform/app-windows';
import { ensurePrivateSocketFolder, getCliSocketPath, listenForCli } from './platform/cli-channel';
import type { IdleReader } from './platform/idle';
import { readClock } from './platform/timer';
import { formatText } from './i18n';

export interface CliSetup {
  runCli(command: CliCommand): CliReply;
  /** Runs a second instance's request once, however many copies of it arrive. */
  runCliRequest(request: CliRequest): CliReply;
  isListening(): boolean;
  close(): void;
}

/** The first instance's side of the CLI: commands run on the controller, the socket up. */
export function setupCli(deps: {
  dispatch: (input: EngineInput) => void;
  controller: Controller;
  idle: IdleReader;
}): CliSetup {
  let server: Server | null = null;
  const runCli = (command: CliCommand): CliReply =>
    runCliCommand(command, {
      dispatch: deps.dispatch,
      getStatus: () => deps.controller.getStatus(),
      nowWall: () => readClock().wall,
      showSummary: () => showAppWindow('summary'),
      isIdleUnavailable: () => deps.idle.isUnavailable(),
      format: formatText,
    });
  const runCliRequest = createCliRequestRunner(runCli);
  const userData = app.getPath('userData');
  const socketPath = getCliSocketPath(process.platform, userData);
  Promise.resolve()
    .then(() => {
      ensurePrivateSocketFolder(socketPath, userData);
      return listenForCli(socketPath, runCliRequest);
    })
    .then(
      (listening) => (server = listening),
      (error: unknown) => console.warn(`[cli] not listening for commands: ${String(error)}`),
    );
  return {
    runCli,
    runCliRequest,
    isListening: () => server !== null,
    close: () => server?.close(),
  };
}
