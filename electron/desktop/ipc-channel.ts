/** The one IPC channel: every API call travels on it as (method, arg). */
export const apiChannel = 'briefing:call';

/** Main → renderer shell commands (see electron/contract/shell.ts). */
export const shellChannel = 'briefing:shell';

/** The renderer says it listens, so commands held back while it loaded can be sent. */
export const shellReadyChannel = 'briefing:shell-ready';
