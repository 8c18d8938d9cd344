// Long writes (a backup restore, a Studio import) go in short transactions so captures and reads
// run in between. So that "nothing was changed" stays true when the background is stopped between
// two of them, the journal entry is written before the first chunk, every chunk records how to take
// itself back in its own transaction, and the entry with its undo steps is dropped in one
// transaction after the last chunk. An entry still there when the background starts again belongs
// to a write that was cut short: it is rolled back before any request is answered.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LensDB, LensSchema } from './database';

/** The stores a restore or an import writes. */
export type JournaledStore = 'snapshots' | 'points' | 'videos' | 'daily' | 'activity' | 'activityDays' | 'audience' | 'studioDays' | 'studioVideoValues' | 'studioRetention' | 'studioActivity';
const JOURNALED: JournaledStore[] = ['snapshots', 'points', 'videos', 'daily', 'activity', 'activityDays', 'audience', 'studioDays', 'studioVideoValues', 'studioRetention', 'studioActivity'];

export interface JournalEntry {
  id: string;
  kind: 'restore' | 'import';
  startedAt: number;
}

/** How to take back what one chunk wrote to one store. */
export interface UndoStep {
  journal: string;
  seq: number;
  store: JournaledStore;
  /**
   * Keys the chunk added to an auto-increment store, first and last. A chunk's transaction holds
   * the store alone, so the keys it is given form one unbroken run.
   */
  added?: [number, number];
  /** Records the chunk put, each with what the key held before (undefined: nothing). */
  replaced?: Array<{ key: IDBValidKey; before?: unknown }>;
}

type AnyTx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'readwrite'>;
export type JournalTx = AnyTx;

const stepsOf = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

/** Lets transactions queued meanwhile (a capture, the popup's reads) run before the next chunk. */
export const yieldToOthers = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Counts what is written and reports it as done of total. */
export function progressCounter(total: number, onProgress?: (done: number, total: number) => void): (n: number) => void {
  let done = 0;
  return (n) => {
    done += n;
    onProgress?.(done, total);
  };
}

export class WriteJournal {
  private seq = 0;

  private constructor(
    readonly db: LensDB,
    readonly id: string,
  ) {}

  /** Writes the journal entry: from here on, a stop leaves something to roll back. */
  static async open(db: LensDB, kind: JournalEntry['kind'], now = Date.now()): Promise<WriteJournal> {
    const id = `${kind}-${now}-${crypto.randomUUID()}`;
    const tx = db.transaction('journal', 'readwrite', { durability: 'strict' });
    void tx.store.put({ id, kind, startedAt: now });
    await tx.done;
    return new WriteJournal(db, id);
  }

  /** A chunk's transaction: the stores it writes and the undo steps. */
  transaction(stores: JournaledStore[]): JournalTx {
    // Relaxed: no flush to disk per chunk. A crash loses a suffix of chunks together with their undo
    // steps (one transaction each), never a chunk without its undo; the entry itself is flushed.
    return this.db.transaction([...stores, 'journalUndo' as const], 'readwrite', { durability: 'relaxed' }) as unknown as JournalTx;
  }

  /** Records, inside the chunk's own transaction, how to take back what it wrote to one store. */
  note(tx: JournalTx, step: Omit<UndoStep, 'journal' | 'seq'>): void {
    if (!step.added && !step.replaced?.length) return;
    tx.objectStore('journalUndo').put({ ...step, journal: this.id, seq: ++this.seq }).catch(() => undefined);
  }

  /** The write is whole: forget how to undo it. */
  async commit(): Promise<void> {
    const tx = this.db.transaction(['journal', 'journalUndo'], 'readwrite');
    void tx.objectStore('journal').delete(this.id);
    void tx.objectStore('journalUndo').delete(stepsOf(this.id));
    await tx.done;
  }

  rollBack(): Promise<void> {
    return rollBackJournal(this.db, this.id);
  }
}

/** Runs `work` under a journal: committed when it returns, rolled back when it throws. */
export async function journaled<T>(db: LensDB, kind: JournalEntry['kind'], work: (journal: WriteJournal) => Promise<T>): Promise<T> {
  const journal = await WriteJournal.open(db, kind);
  let result: T;
  try {
    result = await work(journal);
  } catch (error) {
    await journal.rollBack();
    throw error;
  }
  await journal.commit();
  return result;
}

/**
 * Takes back every chunk of one journal, newest first, one short transaction per chunk (each
 * removes its own undo step, so a stop part-way resumes where it was), then drops the entry.
 */
export async function rollBackJournal(db: LensDB, id: string): Promise<void> {
  for (;;) {
    const tx = db.transaction([...JOURNALED, 'journal' as const, 'journalUndo' as const], 'readwrite') as unknown as AnyTx;
    const cursor = await tx.objectStore('journalUndo').openCursor(stepsOf(id), 'prev');
    if (!cursor) {
      void tx.objectStore('journal').delete(id);
      await tx.done;
      return;
    }
    const step = cursor.value;
    const store = tx.objectStore(step.store);
    if (step.added) void store.delete(IDBKeyRange.bound(step.added[0], step.added[1]));
    for (const { key, before } of step.replaced ?? []) void (before === undefined ? store.delete(key as never) : store.put(before as never));
    void cursor.delete();
    await tx.done;
    await yieldToOthers();
  }
}

/** Rolls back every write a stopped background left open; how many there were. */
export async function recoverJournals(db: LensDB): Promise<number> {
  const open = await db.getAll('journal');
  for (const entry of open) await rollBackJournal(db, entry.id);
  return open.length;
}

export interface KeyedWrite<T, R> {
  store: Exclude<JournaledStore, 'snapshots' | 'points'>;
  items: T[];
  key: (item: T) => IDBValidKey;
  /** The record to put over what the key holds (undefined: leave it as it is). */
  next: (item: T, held: R | undefined) => R | undefined;
  /**
   * What the key holds, when the caller read it already and nothing else writes this store
   * meanwhile; otherwise each chunk reads it in its own transaction.
   */
  held?: (item: T) => R | undefined;
  /** How many of the caller's rows an item stands for (progress; 1 when not given). */
  weight?: (item: T) => number;
}

/** Rows per transaction for keyed records (day values, hours, videos). */
export const KEYED_CHUNK = 1000;

type KeyedStore = KeyedWrite<unknown, unknown>['store'];
const keyedStore = (tx: JournalTx, name: KeyedStore) => tx.objectStore(name);
type KeyedStoreOf = ReturnType<typeof keyedStore>;

/**
 * What the chunk's keys hold. Items in key order (as callers give them) span a narrow key range:
 * one read of that range instead of a read per key, unless the range holds many other records.
 */
async function heldIn<R>(store: KeyedStoreOf, keys: Map<string, IDBValidKey>): Promise<Map<string, R | undefined>> {
  const all = [...keys.values()];
  let low = all[0];
  let high = all[0];
  for (const key of all) {
    if (indexedDB.cmp(key, low) < 0) low = key;
    if (indexedDB.cmp(key, high) > 0) high = key;
  }
  const range = IDBKeyRange.bound(low, high);
  const out = new Map<string, R | undefined>([...keys.keys()].map((id) => [id, undefined]));
  if ((await store.count(range)) <= all.length * 2) {
    const [records, found] = await Promise.all([store.getAll(range), store.getAllKeys(range)]);
    found.forEach((key, i) => {
      const id = JSON.stringify(key);
      if (out.has(id)) out.set(id, records[i] as R);
    });
    return out;
  }
  await Promise.all([...keys].map(async ([id, key]) => out.set(id, (await store.get(key as never)) as R | undefined)));
  return out;
}

/** Puts records in chunks of short journaled transactions; returns how many were put. */
export async function putInChunks<T, R>(
  journal: WriteJournal,
  write: KeyedWrite<T, R>,
  tick: (n: number) => void,
  chunkSize = KEYED_CHUNK,
): Promise<number> {
  let written = 0;
  for (let start = 0; start < write.items.length; start += chunkSize) {
    const chunk = write.items.slice(start, start + chunkSize);
    const tx = journal.transaction([write.store]);
    const store = keyedStore(tx, write.store);
    // Later items of the chunk see what earlier ones wrote, as one after another would.
    const keys = new Map<string, IDBValidKey>();
    const first = new Map<string, T>();
    for (const item of chunk) {
      const key = write.key(item);
      const id = JSON.stringify(key);
      keys.set(id, key);
      if (!first.has(id)) first.set(id, item);
    }
    const ids = [...keys.keys()];
    const read = write.held;
    const before = read ? new Map(ids.map((id) => [id, read(first.get(id)!)])) : await heldIn<R>(store, keys);
    const current = new Map(before);
    const changed = new Set<string>();
    for (const item of chunk) {
      const id = JSON.stringify(write.key(item));
      const record = write.next(item, current.get(id));
      if (record === undefined) continue;
      current.set(id, record);
      changed.add(id);
      written++;
    }
    for (const id of changed) store.put(current.get(id) as never).catch(() => undefined);
    journal.note(tx, { store: write.store, replaced: [...changed].map((id) => ({ key: keys.get(id)!, before: before.get(id) })) });
    await tx.done;
    tick(write.weight ? chunk.reduce((n, item) => n + write.weight!(item), 0) : chunk.length);
    await yieldToOthers();
  }
  return written;
}
