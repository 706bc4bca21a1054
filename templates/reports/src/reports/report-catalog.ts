import type { ReportStore } from './dynamodb-report-store.js';
import type { Report } from './report.js';

/** Every report at one moment, as the pages and badges read them. */
export interface ReportView {
  /** Sorted by name, one per repository. */
  reports: readonly Report[];
  byName: ReadonlyMap<string, Report>;
  /** The latest stored_at, or undefined before the first report. */
  updatedAt?: string;
  /** Changes whenever the view does: pages rendered from one view are alike. */
  version: number;
}

export interface ReportCatalog {
  current(): Promise<ReportView>;
  /** This process stored reports: the next read loads them. */
  changed(): void;
}

/**
 * Reports change only when a sender posts them, so they are read and
 * decrypted once and shared by every request. Another instance's posts are
 * seen within `maxAgeMs`; this one's at once.
 */
export function reportCatalog(
  store: ReportStore,
  maxAgeMs: number,
  now: () => number = Date.now,
): ReportCatalog {
  let loaded: { at: number; view: Promise<ReportView> } | undefined;
  let version = 0;

  const load = async (): Promise<ReportView> => {
    // By code point, not locale: the same order on every machine.
    const reports = (await store.all()).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const updatedAt = reports.reduce<string | undefined>(
      (latest, report) => (latest && latest > report.stored_at ? latest : report.stored_at),
      undefined,
    );
    version += 1;
    return { reports, byName: new Map(reports.map((r) => [r.name, r])), updatedAt, version };
  };

  return {
    current() {
      if (!loaded || now() - loaded.at > maxAgeMs) {
        const view = load();
        loaded = { at: now(), view };
        // A failed read is not kept: the next request tries again.
        view.catch(() => {
          if (loaded?.view === view) loaded = undefined;
        });
      }
      return loaded.view;
    },
    changed() {
      loaded = undefined;
    },
  };
}
