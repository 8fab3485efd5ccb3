// Builds the portal into the jar's classes, under conduct-portal/: node_modules as the
// committed lock file says (npm ci, unless it is so already), the typed operations from
// the server's schema (graphql-codegen), a type check (tsc) and the bundle (vite).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function installedAsLocked() {
  const hidden = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) {
    return false;
  }
  const locked = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const installed = JSON.parse(readFileSync(hidden, 'utf8')).packages;
  return Object.entries(locked).every(([path, entry]) => path === '' || entry.optional
    || installed[path]?.version === entry.version);
}
if (!installedAsLocked()) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: root, stdio: 'inherit' });
}
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
