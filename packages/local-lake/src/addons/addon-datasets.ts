// Add-on datasets: the datasets Sanity keeps beside a content dataset for the Studio's own records. The comments
// add-on of `production` is `production-comments` (profile `comments`, `addonFor: "production"`); the Studio finds it
// with `GET /projects/:id/datasets?datasetProfile=comments&addonFor=<dataset>` and creates it with
// `POST /comments/<dataset>/setup` when the first comment is written (sanity-io/sanity,
// packages/sanity/src/core/studio/addonDataset/AddonDatasetProvider.tsx). Each add-on dataset is a dataset like
// any other here: its own SQLite file, store, history, query workers, listeners and live events, so queries,
// mutations, listen, doc and history answer from what is stored in it.
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { QueryWorkers } from '../groq/query-workers.ts';
import type { LakeServices } from '../http/context.ts';
import { openDatabase } from '../store/database.ts';
import { DocumentStore } from '../store/document-store.ts';
import { HistoryReader } from '../store/history.ts';
import { ListenHub } from '../http/listen-hub.ts';
import { LiveEventsHub } from '../http/live-events-hub.ts';

/** The only add-on profile the Studio asks for (comments; tasks share it but are switched off here). */
export const COMMENTS_PROFILE = 'comments';

/** `production` → `production-comments`, the name Sanity gives a dataset's comments add-on. */
export function commentsDatasetName(dataset: string): string {
  return `${dataset}-comments`;
}

/** One add-on dataset as `/projects/:id/datasets` lists it. */
export interface AddonDatasetInfo {
  name: string;
  addonFor: string;
  datasetProfile: string;
  createdAt: string;
  /** Who set it up (the user whose first comment created it). */
  createdByUserId: string;
}

interface OpenAddon {
  info: AddonDatasetInfo;
  db: DatabaseSync;
  services: LakeServices;
}

const INFO_FILE = 'dataset.json';

/**
 * The add-on datasets of a lake, kept under `<data>/addons/<name>/` (`lake.sqlite` and `dataset.json` with its
 * profile, content dataset and creation time). Existing ones open at start; `create` adds one while the lake runs.
 */
export class AddonDatasets {
  readonly #root: string;
  readonly #base: LakeServices;
  readonly #open = new Map<string, OpenAddon>();
  readonly #onStoreOpened: (store: DocumentStore) => void;

  /**
   * `base`: the content dataset's services (users, options and limits are shared with every add-on);
   * `onStoreOpened` runs for each add-on's store as it opens, at start or when created.
   */
  constructor(dataDir: string, base: LakeServices, onStoreOpened: (store: DocumentStore) => void = () => {}) {
    this.#root = path.join(dataDir, 'addons');
    this.#base = base;
    this.#onStoreOpened = onStoreOpened;
    if (!fs.existsSync(this.#root)) return;
    for (const name of fs.readdirSync(this.#root).sort()) {
      const infoFile = path.join(this.#root, name, INFO_FILE);
      if (!fs.existsSync(infoFile)) continue;
      this.#openAddon(JSON.parse(fs.readFileSync(infoFile, 'utf8')) as AddonDatasetInfo);
    }
  }

  /** Every add-on dataset, in name order. */
  list(): AddonDatasetInfo[] {
    return [...this.#open.values()].map((addon) => addon.info);
  }

  /** The add-on of `contentDataset` with `profile`, or undefined when it has not been created. */
  find(contentDataset: string, profile: string): AddonDatasetInfo | undefined {
    return this.list().find((info) => info.addonFor === contentDataset && info.datasetProfile === profile);
  }

  /** The services answering for the dataset called `name`, when it is an add-on dataset. */
  servicesFor(name: string | undefined): LakeServices | undefined {
    return name === undefined ? undefined : this.#open.get(name)?.services;
  }

  /** Creates the comments add-on of `contentDataset` for `userId` (or returns the existing one). */
  createComments(contentDataset: string, userId: string): AddonDatasetInfo {
    const existing = this.find(contentDataset, COMMENTS_PROFILE);
    if (existing) return existing;
    const info: AddonDatasetInfo = {
      name: commentsDatasetName(contentDataset),
      addonFor: contentDataset,
      datasetProfile: COMMENTS_PROFILE,
      createdAt: new Date().toISOString(),
      createdByUserId: userId,
    };
    const opened = this.#openAddon(info);
    // The description is written last: a folder without it (a crash mid-way) is not an add-on dataset yet.
    fs.writeFileSync(path.join(this.#root, info.name, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    return opened.info;
  }

  async close(): Promise<void> {
    for (const addon of this.#open.values()) {
      await addon.services.queries.close();
      addon.services.live.close();
      addon.services.listeners.close();
      addon.db.close();
    }
    this.#open.clear();
  }

  #openAddon(info: AddonDatasetInfo): OpenAddon {
    const db = openDatabase(path.join(this.#root, info.name));
    const store = new DocumentStore(db);
    const base = this.#base;
    const services: LakeServices = {
      ...base,
      addons: this,
      datasetName: info.name,
      store,
      history: new HistoryReader(db),
      // Comments are few and small: one query thread is enough, and the machine's cores stay with the content.
      queries: new QueryWorkers(store, { ...base.queryLimits, workers: 1 }, base.options.log),
      live: new LiveEventsHub(store),
      listeners: new ListenHub(store),
    };
    const addon = { info, db, services };
    this.#open.set(info.name, addon);
    this.#onStoreOpened(store);
    return addon;
  }

  /** Every add-on dataset's store. */
  stores(): DocumentStore[] {
    return [...this.#open.values()].map((addon) => addon.services.store);
  }
}
