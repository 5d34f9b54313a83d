/**
 * Load a TypeScript module of this repository from plain Node (eval and bench scripts).
 *
 * Node's own type stripping cannot load our sources: they import each other without file extensions
 * (`'../core/language'`), which only a bundler resolves. Vite (already the build tool) does, through an SSR dev
 * server in middleware mode: no port is opened, nothing is written, and the server is closed once the module is
 * loaded (the module stays usable: it is plain JavaScript in this process by then).
 *
 *   const { detectLanguage } = await loadTs('core/language.ts');
 *   const [lang, protect] = await loadTs(['core/language.ts', 'core/translation/protect.ts']);
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One path → its module; an array of paths → their modules in order (one server for all of them). */
export async function loadTs(relativePaths) {
  const list = Array.isArray(relativePaths) ? relativePaths : [relativePaths];
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const modules = [];
    for (const relative of list) {
      const id = `/${relative
        .replace(/^\.?\//, '')
        .split(path.sep)
        .join('/')}`;
      modules.push(await server.ssrLoadModule(id));
    }
    return Array.isArray(relativePaths) ? modules : modules[0];
  } finally {
    await server.close();
  }
}
