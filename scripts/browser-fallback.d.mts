export function browserOpener(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): [string, string[]] | null;
export function serveInBrowser(root: string, reason: { zh: string; en: string }): Promise<number>;
