import { runBundleSizeBench } from './bundle-size';
import { runDesktopBench } from './desktop';
import { runEngineBench } from './engine';
import { runLogBench } from './log';
import { runSettingsBench } from './settings';

/** `npm run bench`: prints each figure on its own line; no figure is asserted here. */
runEngineBench();
runBundleSizeBench();
await runLogBench();
runDesktopBench();
runSettingsBench();
