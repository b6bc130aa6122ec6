import { runEngineBench } from './engine';
import { runBundleSizeBench } from './bundle-size';

/** `npm run bench`: prints each figure on its own line; no figure is asserted here. */
runEngineBench();
runBundleSizeBench();
