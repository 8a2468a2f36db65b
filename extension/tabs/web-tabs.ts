/** The window's open web pages, as "Clip tabs…" lists them. */

/** A tab as the browser describes it (url and title only with `tabs` or the origin's access). */
export interface BrowserTab {
  id?: number;
  url?: string;
  title?: string;
}

/** An open web page the person can tick. */
export interface WebTab {
  id: number;
  url: string;
  title: string;
}

/** The tabs that hold http(s) pages, in window order; browser and extension pages are left out. */
export function findWebTabs(tabs: readonly BrowserTab[]): WebTab[] {
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url && /^https?:\/\//i.test(tab.url)
      ? [{ id: tab.id, url: tab.url, title: tab.title?.trim() || tab.url }]
      : [],
  );
}
