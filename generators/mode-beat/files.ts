/** BEAT mode: the schedule in code and what syncs it into Redis. */
export const files = [
  'scripts/container-beat.sh',
  'src/modes/beat.ts',
  'src/tasks/schedule.ts.ejs',
  'src/tasks/sync-schedule.ts',
  'test/integration/beat.test.ts',
] as const;
