// Types for the parts of headers.mjs the browser tests (TypeScript) use.
export type HeaderRule = { pattern: string; headers: [string, string][] };
export function inlineScripts(html: string): string[];
export function parseHeadersFile(text: string): HeaderRule[];
export function patternMatches(pattern: string, urlPath: string): boolean;
export function headersForPath(rules: HeaderRule[], urlPath: string): [string, string][];
export function cspProblems(headers: [string, string][], html: string): string[];
