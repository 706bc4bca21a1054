import { createHash } from 'node:crypto';
import type { ReportStore } from './dynamodb-report-store.js';
import type { Report } from './report.js';

/** Every report at one moment, as the pages and badges read them. */
export interface ReportView {
  /** Sorted by name, one per repository. */
  reports: readonly Report[];
  byName: ReadonlyMap<string, Report>;
  /** The latest stored_at, or undefined before the first report. */
  updatedAt?: string;
  /** Changes when the reports do, and only then: pages rendered from one version are alike. */
  version: number;
  /** The reports are made-up samples of a development database. */
  samples: boolean;
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
  let latest: { view: ReportView; fingerprint: string } | undefined;

  const load = async (): Promise<ReportView> => {
    // By code point, not locale: the same order on every machine.
    const { reports, samples } = await store.all();
    reports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const updatedAt = reports.reduce<string | undefined>(
      (latest, report) => (latest && latest > report.stored_at ? latest : report.stored_at),
      undefined,
    );
    // Every upload stamps its reports, so names and stamps tell whether anything changed:
    // a periodic reload of the same reports keeps the version, and the pages rendered from it.
    const fingerprint = createHash('sha256')
      .update(reports.map((report) => `${report.name} ${report.stored_at}`).join('\n'))
      .digest('base64url');
    if (latest?.fingerprint === fingerprint) return latest.view;
    const version = (latest?.view.version ?? 0) + 1;
    const byName = new Map(reports.map((report) => [report.name, report]));
    latest = { view: { reports, byName, updatedAt, version, samples }, fingerprint };
    return latest.view;
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
