import type { AttributeValue, WriteRequest } from '@aws-sdk/client-dynamodb';

// Keys of the store's own records; a repository name never starts with #.
const STAGED = '#staged/';
const COMMIT = '#commit/';

/** DynamoDB's limit on one item: the names and values of its attributes, in bytes. */
const MAX_ITEM_BYTES = 400 * 1024;

/** A report written under its upload's staging key, not yet shown unless the upload is committed. */
export interface StagedReport {
  key: string;
  upload: string;
  repository: string;
  sealed: Uint8Array;
  sample: boolean;
  request: WriteRequest;
}

export interface LiveRecord {
  sealed: Uint8Array;
  sample: boolean;
}

/** One scan of the table, sorted into what readers see and what is left to finish. */
export interface UploadRecords {
  /** Reports by name: the live records, with every committed upload's staging over them. */
  live: Map<string, LiveRecord>;
  /** Committed uploads, oldest first, with what is still staged of each. */
  committed: Map<string, StagedReport[]>;
  /** Staged reports with no commit record: in flight elsewhere, or abandoned. */
  abandoned: StagedReport[];
}

const reportItem = (name: string, sealed: Uint8Array, sample: boolean) => ({
  name: { S: name },
  sealed: { B: sealed },
  ...(sample && { sample: { BOOL: true } }),
});

/** A report's staged record: written before the commit, shown only once its upload is committed. */
export function stagedReport(
  upload: string,
  repository: string,
  sealed: Uint8Array,
  sample: boolean,
): StagedReport {
  const key = `${STAGED}${upload}/${repository}`;
  const Item = {
    ...reportItem(key, sealed, sample),
    upload: { S: upload },
    repository: { S: repository },
  };
  return { key, upload, repository, sealed, sample, request: { PutRequest: { Item } } };
}

/** How DynamoDB sizes an item: attribute names and values, in bytes. */
function itemBytes(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce((sum, [name, value]) => {
    const size = value.S !== undefined ? Buffer.byteLength(value.S) : value.B ? value.B.length : 1;
    return sum + Buffer.byteLength(name) + size;
  }, 0);
}

/** Why DynamoDB would refuse this write, in words; undefined when it fits. */
export function sealedItemProblem(request: WriteRequest): string | undefined {
  const bytes = itemBytes(request.PutRequest?.Item ?? {});
  if (bytes <= MAX_ITEM_BYTES) return undefined;
  return `is ${Math.ceil(bytes / 1024)} KB once sealed; DynamoDB keeps at most ${MAX_ITEM_BYTES / 1024} KB an item`;
}

export const putRecord = (name: string, sealed: Uint8Array, sample: boolean): WriteRequest => ({
  PutRequest: { Item: reportItem(name, sealed, sample) },
});

export const removeRecord = (name: string): WriteRequest => ({
  DeleteRequest: { Key: { name: { S: name } } },
});

/** The key of an upload's commit record: once it exists, the upload is stored. */
export const commitKey = (upload: string) => `${COMMIT}${upload}`;

/** Sorts the items of one scan of the reports table into UploadRecords. */
export function tableReader() {
  const live = new Map<string, LiveRecord>();
  const staged: StagedReport[] = [];
  const commits = new Set<string>();
  return {
    add(item: Record<string, AttributeValue>) {
      const name = item.name?.S ?? '';
      const sealed = item.sealed?.B;
      const sample = item.sample?.BOOL === true;
      if (name.startsWith(COMMIT)) commits.add(name.slice(COMMIT.length));
      else if (name.startsWith(STAGED) && sealed && item.upload?.S && item.repository?.S)
        staged.push(stagedReport(item.upload.S, item.repository.S, sealed, sample));
      else if (!name.startsWith('#') && sealed) live.set(name, { sealed, sample });
    },
    result(): UploadRecords {
      // Upload ids start with their time, so sorting them applies later uploads last.
      const committed = new Map(
        [...commits].sort().map((upload) => [upload, [] as StagedReport[]]),
      );
      const abandoned: StagedReport[] = [];
      for (const report of staged) (committed.get(report.upload) ?? abandoned).push(report);
      for (const reports of committed.values())
        for (const report of reports) live.set(report.repository, report);
      return { live, committed, abandoned };
    },
  };
}
