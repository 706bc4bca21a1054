import type { z } from 'zod';
import type { AppDeps } from '../deps.js';

/** A unit of work the service can run away from the request that asked for it. */
export interface Task<Args extends z.ZodType = z.ZodType> {
  /** Its arguments, validated before it is queued. */
  args: Args;
  /** Runs with the service's dependencies, the way a request handler does. */
  run(args: z.infer<Args>, deps: AppDeps): Promise<unknown>;
  /**
   * True for a task that makes what the start-up checks look for (tables,
   * the schema): TASK mode runs it before those checks, which would
   * otherwise refuse to start without what it is about to make.
   */
  skipsStartup?: boolean;
}
