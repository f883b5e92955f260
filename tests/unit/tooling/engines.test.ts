/**
 * Issue 12 item 8: the README says Node 20.19+, so every package Tandem depends on directly must
 * run there — Vitest 5 asked for Node 22 and `npm ci` warned (EBADENGINE) on every install.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const oldestNode = semver.minVersion(pkg.engines.node)!.version;

describe('the Node version the README documents', () => {
  it('is the one package.json declares', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(
      `Node.js ${oldestNode.replace(/\.0$/, '')}+`,
    );
  });

  it.each(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }))('%s runs on it', (name) => {
    // Read from node_modules directly: some packages do not export their package.json.
    const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
      engines?: { node?: string };
    };
    const range = manifest.engines?.node;
    if (range)
      expect(semver.satisfies(oldestNode, range), `${name} wants Node ${range}`).toBe(true);
  });
});
