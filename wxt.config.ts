import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// Permissions stay minimal. Content scripts declare their own portal matches (core/sites.ts). Translation:
// - `offscreen`: Chrome's on-device Translator runs in an offscreen document (the service worker cannot use it);
// - `alarms`: the translation cache purge (entrypoints/background/translation-handlers.ts);
// - host_permissions only for the two key-less providers on by default (Edge, Google web endpoint);
// - optional_host_permissions for the keyed providers, requested by the options page for the one origin the user
//   enables (DeepL free/pro, Baidu, and any https or local http base URL for OpenAI-compatible endpoints). The
//   queue records a missing grant in the provider's health and still tries, since hosts answering CORS work
//   without it (core/translation/queue.ts).
export default defineConfig({
  // HW_OUT_DIR builds elsewhere, so parallel E2E runs in one checkout never share an unpacked extension.
  outDir: process.env.HW_OUT_DIR || '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'sidePanel', 'offscreen', 'alarms'],
    host_permissions: ['https://edge.microsoft.com/*', 'https://translate.googleapis.com/*'],
    optional_host_permissions: [
      'https://api-free.deepl.com/*',
      'https://api.deepl.com/*',
      'https://fanyi-api.baidu.com/*',
      'https://*/*',
      // Not test hosts: a model server on the agent's own computer (Ollama's OpenAI-compatible endpoint at
      // http://localhost:11434/v1, which the issue names). Optional, so nothing is granted until the agent enables it;
      // the tests never use these (their mocks answer under the providers' real https hostnames).
      'http://localhost/*',
      'http://127.0.0.1/*',
    ],
    side_panel: { default_path: 'sidepanel.html' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
