import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm run dist` left the unpacked app for this platform: the path the fuses are
 * read from (the .app bundle on macOS) and the executable to start.
 */
export interface PackagedApp {
  fusesPath: string;
  executable: string;
}

export function findPackagedApp(distDir: string, platform: NodeJS.Platform): PackagedApp {
  const folders = existsSync(distDir) ? readdirSync(distDir) : [];
  const pick = (prefix: string): string => {
    const folder = folders.find((name) => name.startsWith(prefix) && name.endsWith('unpacked'));
    const mac = folders.find((name) => name === 'mac' || name.startsWith('mac-'));
    const found = platform === 'darwin' ? mac : folder;
    if (!found) throw new Error(`no ${prefix}* folder in ${distDir}: run npm run dist first`);
    return join(distDir, found);
  };
  if (platform === 'darwin') {
    const bundle = join(pick('mac'), 'Unknot.app');
    return { fusesPath: bundle, executable: join(bundle, 'Contents/MacOS/Unknot') };
  }
  if (platform === 'win32') {
    const exe = join(pick('win'), 'Unknot.exe');
    return { fusesPath: exe, executable: exe };
  }
  const bin = join(pick('linux'), 'unknot');
  return { fusesPath: bin, executable: bin };
}
