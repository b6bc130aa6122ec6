import { runEngineBench } from './engine';
import { runLogBench } from './log';

/** `npm run bench`: prints each figure on its own line; no figure is asserted here. */
runEngineBench();
await runLogBench();
