export const projectRoot: string;
export const electronDir: string;
export const electronVersion: string;
export function electronExecutable(env?: NodeJS.ProcessEnv): string | null;
export const nativeDir: string;
export const nativeBinding: string;
