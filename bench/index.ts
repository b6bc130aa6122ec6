import { runDesktopBench } from './desktop';
import { runEngineBench } from './engine';

/** `npm run bench`: prints each figure on its own line; no figure is asserted here. */
runEngineBench();
runDesktopBench();
