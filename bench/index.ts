import { aliasElectron } from './electron-alias';
import { getMissedGoals } from './goals';

/**
 * `npm run bench`: every figure on its own line, `<label> (goal <= N) <value>` where it
 * has a goal. `npm run bench -- --check` exits 1 when any goal is missed.
 */
aliasElectron();
const check = process.argv.includes('--check');
const { runEngineBench } = await import('./engine');
const { runWakeupsBench } = await import('./wakeups');
const { runBundleSizeBench } = await import('./bundle-size');
const { runLogBench } = await import('./log');
const { runDesktopBench } = await import('./desktop');
const { runSettingsBench } = await import('./settings');
const { runExportBench } = await import('./export');
runEngineBench();
await runWakeupsBench();
runBundleSizeBench();
await runLogBench();
await runExportBench();
runDesktopBench();
runSettingsBench();
const missed = getMissedGoals();
if (missed.length > 0) {
  console.log(
    `\n${missed.length} goal(s) missed:\n${missed.map((line) => `  ${line}`).join('\n')}`,
  );
  if (check) process.exitCode = 1;
} else console.log('\nEvery goal met.');
