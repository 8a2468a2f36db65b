import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClipTabsPage } from '../../components/ClipTabsPage.tsx';
import { requireElement } from '../../components/require-element.ts';
import { sendMessage } from '../../messaging/messages.ts';
import { findSettings } from '../../storage/settings.ts';
import { captureOpenTab } from '../../tabs/capture-open-tab.ts';
import '../../components/clipper.css';

type Permissions = Parameters<typeof browser.permissions.request>[0];

// The window whose tabs are listed: the one the popup was opened in.
const windowId = Number(new URLSearchParams(location.search).get('windowId'));

render(
  <ClipTabsPage
    adapter={{
      permissions: {
        // `tabs` and http(s) origin patterns: what the manifest lists as optional.
        request: (access) => browser.permissions.request(access as Permissions),
        remove: (access) => browser.permissions.remove(access as Permissions),
        getAll: () => browser.permissions.getAll(),
      },
      listTabs: () =>
        browser.tabs.query(
          Number.isInteger(windowId) && windowId > 0 ? { windowId } : { currentWindow: true },
        ),
      capture: captureOpenTab,
      saveClips: (clips) => sendMessage('saveClips', { clips }),
      defaultTags: async () => (await findSettings())?.defaultTags ?? [],
    }}
  />,
  requireElement('#app'),
);
