// Copies GraphiQL and React (from the committed lock file's node_modules) and the page into
// the jar's classes, under conduct-graphiql/: the page is served from Conduct's own jar and
// loads nothing from elsewhere. Copies the fonts the app embeds in its PDFs under
// conduct-fonts/: Noto Sans JP's regular weight (5.5 MB, SIL Open Font License 1.1, its
// licence next to it), which the Japanese board pack is written in.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// node_modules as the committed lock file says (npm ci), unless it is so already.
function installedAsLocked() {
  const hidden = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) {
    return false;
  }
  const locked = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const installed = JSON.parse(readFileSync(hidden, 'utf8')).packages;
  return Object.entries(locked).every(([path, entry]) => path === '' || installed[path]?.version === entry.version);
}
if (!installedAsLocked()) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: root, stdio: 'inherit' });
}
const out = join(root, 'target', 'classes', 'conduct-graphiql');
const assets = join(out, 'assets');
mkdirSync(assets, { recursive: true });

const files = {
  'graphiql/graphiql.min.js': 'graphiql.min.js',
  'graphiql/graphiql.min.css': 'graphiql.min.css',
  'graphiql/LICENSE': 'LICENSE.graphiql.txt',
  'react/umd/react.production.min.js': 'react.production.min.js',
  'react/LICENSE': 'LICENSE.react.txt',
  'react-dom/umd/react-dom.production.min.js': 'react-dom.production.min.js',
};
for (const [from, to] of Object.entries(files)) {
  copyFileSync(join(root, 'node_modules', from), join(assets, to));
}
copyFileSync(join(root, 'src', 'main', 'page', 'index.html'), join(out, 'index.html'));
copyFileSync(join(root, 'src', 'main', 'page', 'conduct-graphiql.js'), join(assets, 'conduct-graphiql.js'));

const fonts = join(root, 'target', 'classes', 'conduct-fonts');
mkdirSync(fonts, { recursive: true });
const noto = join(root, 'node_modules', '@expo-google-fonts', 'noto-sans-jp');
copyFileSync(join(noto, '400Regular', 'NotoSansJP_400Regular.ttf'), join(fonts, 'NotoSansJP-Regular.ttf'));
copyFileSync(join(noto, 'LICENSE_FONT'), join(fonts, 'LICENSE.NotoSansJP.txt'));

const version = JSON.parse(readFileSync(join(root, 'node_modules', 'graphiql', 'package.json'), 'utf8')).version;
console.log(`GraphiQL ${version} bundled into ${out}`);
