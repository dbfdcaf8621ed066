export function layerAliases(only?: string[]): Record<string, string>;
