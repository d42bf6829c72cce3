#!/usr/bin/env node
// `node scripts/nginx-headers.mjs > atlas-headers.conf`: the headers of `out/_headers` as nginx
// directives, to `include` in the atlas's `server { }` block. Regenerate it with every build: the
// exact-path rules name the build's SVG and XML files (some content-hashed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { headersForPath, parseHeadersFile } from './headers.mjs';

const quote = (value) => `"${value.replace(/["\\]/gu, '\\$&')}"`;
// `always`: nginx otherwise leaves added headers off error responses, the 404 page among them.
const directive = ([name, value], indent = '') => `${indent}add_header ${name} ${quote(value)} always;`;

/**
 * nginx directives equivalent to `_headers` rules. `/*` becomes server-level `add_header`s; a
 * `/prefix/*` rule becomes a `location ^~ /prefix/` that repeats them, because nginx drops every
 * inherited `add_header` in a block that has one of its own; an exact path becomes a `location =`
 * with every header of every rule that matches it (it wins over the prefix locations). Any other
 * pattern has no faithful nginx equivalent here, so it is refused rather than half translated.
 */
export function nginxHeaders(rules) {
  const site = rules.filter((r) => r.pattern === '/*').flatMap((r) => r.headers);
  const lines = ['# Generated from out/_headers by scripts/nginx-headers.mjs: include it in the server { } block.', ...site.map((h) => directive(h))];
  for (const rule of rules) {
    if (rule.pattern === '/*') continue;
    if (!/[*:]/u.test(rule.pattern)) {
      lines.push('', `location = ${rule.pattern} {`, ...headersForPath(rules, rule.pattern).map((h) => directive(h, '    ')), '}');
      continue;
    }
    const prefix = /^(\/[^*:]*\/)\*$/u.exec(rule.pattern)?.[1];
    if (!prefix) throw new Error(`No nginx equivalent for the _headers rule ${rule.pattern}`);
    lines.push('', `location ^~ ${prefix} {`, ...[...site, ...rule.headers].map((h) => directive(h, '    ')), '}');
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.resolve(import.meta.dirname, '..', 'out', '_headers');
  process.stdout.write(nginxHeaders(parseHeadersFile(readFileSync(file, 'utf8'))));
}
