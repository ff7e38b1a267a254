import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.LOADED_MODULES_FILE) appendFileSync(process.env.LOADED_MODULES_FILE, `${url}\n`);
  return nextLoad(url, context);
}
