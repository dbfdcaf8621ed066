/** The one IPC channel: every API call travels on it as (method, arg). */
export const apiChannel = 'briefing:call';
