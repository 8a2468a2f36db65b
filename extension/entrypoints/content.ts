import { capturePage } from '../capture/capture-page.ts';

// Injected only when the person opens the Clipper (activeTab + scripting), never on every page.
export default defineContentScript({
  registration: 'runtime',
  main: () => capturePage(document, location.href),
});
