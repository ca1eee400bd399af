/** Worker of the HTML check: validates its share of the pages (the main thread splits them). */
import { parentPort, workerData } from 'node:worker_threads';
import { validateHtml } from './html.ts';
import type { ConfigData } from 'html-validate';

const { root, files, config } = workerData as {
  root: string;
  files: string[];
  config: ConfigData;
};
parentPort?.postMessage(await validateHtml(root, files, config));
