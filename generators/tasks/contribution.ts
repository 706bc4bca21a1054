import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {};
