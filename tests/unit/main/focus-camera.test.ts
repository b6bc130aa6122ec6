import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCameraSource, isCameraInUse } from '../../../src/main/platform/focus-camera';
import { tempDirPerTest } from '../../support/temp-dir';

/** Issue 15 §1: the camera source reads a /proc-shaped folder; here a fixture. */

const uid = process.getuid?.() ?? 0;
const makeTempDir = tempDirPerTest('unknot-proc-');

/** A fake /proc: each process with the links its fd folder holds. */
function procFixture(processes: Record<string, string[]>): string {
  const root = makeTempDir();
  for (const [pid, links] of Object.entries(processes)) {
    mkdirSync(join(root, pid, 'fd'), { recursive: true });
    links.forEach((target, fd) => symlinkSync(target, join(root, pid, 'fd', String(fd))));
  }
  mkdirSync(join(root, 'self'));
  return root;
}

describe('camera focus source', () => {
  it('says "call" while a process of this user holds /dev/video0 open', async () => {
    const root = procFixture({
      '101': ['/dev/null', 'socket:[1234]'],
      '202': ['/dev/pts/1', '/dev/video0'],
    });
    expect(isCameraInUse(root, uid)).toBe(true);
    expect(await createCameraSource(root, uid).read()).toBe('call');
  });

  it('says "none" when no process holds a video device, or only another user does', async () => {
    const root = procFixture({ '101': ['/dev/null', '/dev/video-not-a-camera', '/dev/snd/pcm'] });
    expect(await createCameraSource(root, uid).read()).toBe('none');
    const other = procFixture({ '303': ['/dev/video2'] });
    expect(isCameraInUse(other, uid + 1)).toBe(false);
  });

  it('does not answer where there is no /proc', async () => {
    expect(await createCameraSource('/no/such/proc', uid).read()).toBeNull();
  });
});
