import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Least privilege (PRODUCT.md): no <all_urls>, no always-on content scripts; the endpoint's host
// permission is requested at pairing time through optional_host_permissions. `alarms` (no install
// warning) is added because it is the only timer that survives the service worker being stopped:
// without it a clip waiting for the sheet would not be retried until the next browser event.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Partnerkit Clipper',
    description:
      'Clip partner organisations and funding opportunities from any page into your Partnerkit sheet.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Clip this page',
      },
    },
    // "Clip tabs…" asks for `tabs` and for the ticked pages' origins only, at that moment, and gives
    // them back after reading: any web origin may be asked for, none is held.
    optional_permissions: ['tabs'],
    optional_host_permissions: [
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://script.google.com/*',
      'https://script.googleusercontent.com/*',
      'https://*/*',
      'http://*/*',
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clipper@partnerkit.org',
              strict_min_version: '142.0',
              // Clips go only to the person's own sheet: nothing is collected by the extension's makers.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
