import { AbstractIterator, AbstractKeyIterator, AbstractValueIterator } from 'abstract-level';

interface Closable {
  close(): Promise<void>;
  return?: () => Promise<void>;
}

/**
 * dynalite 4.0.0 reads through abstract-level iterators and, when a read
 * stream ends, releases its iterator with `iterator.return()`, which
 * abstract-level's iterators do not have: theirs is `close()`. Every Query
 * and Scan then left its iterator open, and the database keeps open
 * iterators, with the rows they had read, until it closes: some 2 KB a
 * request for the life of the embedded engine. Giving the iterators the
 * `return()` dynalite calls closes each one when its stream ends.
 */
export function closeDynaliteIterators(): void {
  for (const Iterator of [AbstractIterator, AbstractKeyIterator, AbstractValueIterator]) {
    const iterators = Iterator.prototype as unknown as Closable;
    iterators.return ??= function (this: Closable) {
      return this.close();
    };
  }
}
