/** The name every page shows in its header and title. */
export const SERVICE_NAME = 'Operations Engineering Reports';
