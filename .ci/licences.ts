/**
 * `npm run licences`: every package the built app ships (the production dependency tree) has a
 * licence on the allowed list, or a reviewed entry below saying why it is fine. Fails otherwise,
 * naming the package, so a new dependency's licence is a decision, not an accident.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Permissive licences (SPDX ids) that allow shipping in a closed app with a notice. */
const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Unlicense',
  'BlueOak-1.0.0',
  'Python-2.0',
  'CC0-1.0',
  'Zlib',
]);

/** Packages whose package.json states no usable licence, checked by hand. */
const REVIEWED: Record<string, string> = {
  'buffers@0.1.1':
    'MIT: the npm package has no licence field; its repository (github.com/substack/node-buffers) ships an MIT LICENSE by its author, James Halliday. Reached through exceljs → unzipper.',
  'chainsaw@0.1.0':
    '"MIT/X11" is the MIT licence under its older name. Reached through exceljs → unzipper → binary.',
};

interface Manifest {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
}

/** An SPDX expression is allowed when one of its OR alternatives has only allowed licences. */
function allowed(expression: string): boolean {
  const alternatives = expression.replace(/[()]/g, '').split(/\s+OR\s+/i);
  return alternatives.some((alternative) =>
    alternative.split(/\s+AND\s+/i).every((id) => ALLOWED.has(id.trim())),
  );
}

function licenceOf(manifest: Manifest): string | null {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  const types = manifest.licenses?.map((entry) => entry.type).filter(Boolean) ?? [];
  return types.length > 0 ? types.join(' OR ') : null;
}

const root = process.cwd();
const paths = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((path) => path.trim() !== '' && path !== root);

const problems: string[] = [];
const seen = new Map<string, string>();
for (const path of paths) {
  const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as Manifest;
  const id = `${manifest.name}@${manifest.version}`;
  if (seen.has(id)) continue;
  const licence = licenceOf(manifest);
  seen.set(id, licence ?? '(none)');
  if (REVIEWED[id]) continue;
  if (!licence) problems.push(`${id}: no licence in its package.json`);
  else if (!allowed(licence)) problems.push(`${id}: ${licence} is not on the allowed list`);
}

const counts = new Map<string, number>();
for (const licence of seen.values()) counts.set(licence, (counts.get(licence) ?? 0) + 1);
console.log(
  `${seen.size} runtime packages: ${[...counts].map(([licence, n]) => `${licence} ${n}`).join(', ')}`,
);
for (const [id, why] of Object.entries(REVIEWED)) console.log(`reviewed ${id}: ${why}`);
if (problems.length > 0) {
  console.error(`Licences to review:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
