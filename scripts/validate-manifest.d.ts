export function validateManifest(xml: string, options?: { files?: string }): string[];
