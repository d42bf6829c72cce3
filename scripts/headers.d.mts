// Types for the parts of headers.mjs the browser tests (TypeScript) use.
export type HeaderRule = { pattern: string; headers: [string, string][] };
export const CLOUDFLARE_MAX_LINE: number;
export const SCRIPTLESS_POLICY: string;
export function inlineScripts(html: string): string[];
export function scriptHash(body: string): string;
export function metaPolicies(html: string): { policy: string; index: number }[];
export function parsePolicy(policy: string): Map<string, string[]>;
export function headerPolicies(headers: [string, string][]): string[];
export function parseHeadersFile(text: string): HeaderRule[];
export function patternMatches(pattern: string, urlPath: string): boolean;
export function headersForPath(rules: HeaderRule[], urlPath: string): [string, string][];
export function headerPolicyProblems(headers: [string, string][]): string[];
export function cspProblems(headers: [string, string][], html: string): string[];
