import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

// Permissions stay minimal: content scripts declare their own portal matches (core/sites.ts), so the
// extension needs no host_permissions until a translation provider is configured (later issue).
export default defineConfig({
  // HW_OUT_DIR builds elsewhere, so parallel E2E runs in one checkout never share an unpacked extension.
  outDir: process.env.HW_OUT_DIR || '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'sidePanel'],
    side_panel: { default_path: 'sidepanel.html' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
