export const documentUri = (id: number): string => `urn:briefing:doc:${id}`;
export const briefingUri = (id: number): string => `urn:briefing:pack:${id}`;
export const annotationUri = (id: number): string => `urn:briefing:annotation:${id}`;
export const sessionUri = (id: number): string => `urn:briefing:session:${id}`;
