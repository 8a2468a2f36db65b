import { OptionsLink } from './OptionsLink.tsx';

export interface PopupHeaderProps {
  /** undefined while the settings are being read. */
  connected?: boolean;
  /** Shown only where the side panel exists and the Clipper is not already in it. */
  onOpenSidePanel?: () => void;
}

/** The Clipper's title bar: whether it is connected, the side panel, and the settings. */
export function PopupHeader({ connected, onOpenSidePanel }: PopupHeaderProps) {
  return (
    <header class="bar">
      <h1>Partnerkit</h1>
      <span class={`connection ${connected === undefined ? 'unknown' : connected ? 'on' : 'off'}`}>
        {connected === undefined ? '' : connected ? 'Connected' : 'Not connected'}
      </span>
      {onOpenSidePanel && (
        <button
          type="button"
          class="ghost"
          onClick={onOpenSidePanel}
          title="Keep the Clipper open beside the page"
        >
          Side panel
        </button>
      )}
      <OptionsLink class="ghost">Settings</OptionsLink>
    </header>
  );
}
