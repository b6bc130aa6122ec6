import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Electron's single-instance lock across real processes: a lock file holding the first
 * instance's pid (a dead pid's lock is stale), and a drop folder the first instance
 * watches. The second instance's argv, cwd and additionalData are written there before
 * `requestSingleInstanceLock` returns, as Electron delivers them before answering.
 */
export interface SecondInstance {
  argv: string[];
  cwd: string;
  data: unknown;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class SingleInstanceLock {
  private watcher: FSWatcher | null = null;
  private held = false;

  constructor(private readonly folder: string) {}

  private get lockPath(): string {
    return join(this.folder, 'StandInSingletonLock');
  }

  private get dropFolder(): string {
    return join(this.folder, 'StandInSecondInstances');
  }

  /** True when this process now holds the lock; else the message went to the holder. */
  request(data: unknown, onSecond: (message: SecondInstance) => void): boolean {
    mkdirSync(this.folder, { recursive: true });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const fd = openSync(this.lockPath, 'wx');
        writeFileSync(fd, String(process.pid));
        closeSync(fd);
        this.held = true;
        this.listen(onSecond);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const pid = Number(readFileSync(this.lockPath, 'utf8'));
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
          this.deliver({ argv: process.argv, cwd: process.cwd(), data });
          return false;
        }
        rmSync(this.lockPath, { force: true });
      }
    }
    throw new Error('electron stand-in: could not take the single-instance lock');
  }

  has(): boolean {
    return this.held;
  }

  release(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.held) rmSync(this.lockPath, { force: true });
    this.held = false;
  }

  private deliver(message: SecondInstance): void {
    mkdirSync(this.dropFolder, { recursive: true });
    const name = `${process.pid}-${Date.now()}`;
    const temp = join(this.dropFolder, `${name}.tmp`);
    writeFileSync(temp, JSON.stringify(message));
    renameSync(temp, join(this.dropFolder, `${name}.json`));
  }

  private listen(onSecond: (message: SecondInstance) => void): void {
    // Messages left by an earlier run were for a process that is gone.
    rmSync(this.dropFolder, { recursive: true, force: true });
    mkdirSync(this.dropFolder, { recursive: true });
    const drain = (): void => {
      for (const name of readdirSync(this.dropFolder).filter((n) => n.endsWith('.json'))) {
        const path = join(this.dropFolder, name);
        if (!existsSync(path)) continue;
        const message = JSON.parse(readFileSync(path, 'utf8')) as SecondInstance;
        rmSync(path, { force: true });
        onSecond(message);
      }
    };
    this.watcher = watch(this.dropFolder, () => drain());
  }
}
