import type { Command } from './command.js';
import { dbCreate, dbDrop, dbSeed } from './dynamodb-commands.js';

/** Every manage command, in the order `npm run manage` lists them. */
export const commands: readonly Command[] = [dbCreate, dbDrop, dbSeed];
