// node --import tsx --import ./test/preview/support/record-loads.mjs …
// Appends the URL of every module the ESM loader loads to $LOADED_MODULES_FILE.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
