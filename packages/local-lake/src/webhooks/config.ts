// Webhook configuration: `webhooks.json` in the data folder, or LOCAL_LAKE_WEBHOOKS (a JSON array, or a path to
// a JSON file). The fields mirror a GROQ-powered webhook in Sanity's project settings. The file is re-read when
// it changes, so hooks can be added while the lake runs.
import fs from 'node:fs';
import path from 'node:path';

export type WebhookOperation = 'create' | 'update' | 'delete';

export interface WebhookConfig {
  name: string;
  url: string;
  /** Which operations trigger it; default all three. */
  on: WebhookOperation[];
  /** GROQ filter a document must match, e.g. `_type == "clinic"`; default every document. */
  filter: string;
  /** GROQ projection for the body, e.g. `{_type, "slug": slug.current}`; default the whole document. */
  projection: string | undefined;
  includeDrafts: boolean;
  secret: string | undefined;
  headers: Record<string, string>;
  httpMethod: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GET';
}

export class WebhookConfigError extends Error {}

/** The webhooks file in a data folder. */
export function webhooksFile(dataDir: string): string {
  return path.join(dataDir, 'webhooks.json');
}

export class WebhookConfigSource {
  readonly #file: string;
  readonly #inline: string | undefined;
  #cache: { mtimeMs: number; hooks: WebhookConfig[] } | null = null;

  constructor(dataDir: string, env: NodeJS.ProcessEnv = process.env) {
    const setting = env.LOCAL_LAKE_WEBHOOKS?.trim();
    this.#inline = setting?.startsWith('[') ? setting : undefined;
    this.#file = setting && !this.#inline ? path.resolve(setting) : webhooksFile(dataDir);
  }

  /** Current hooks; throws WebhookConfigError when the configuration is invalid. */
  load(): WebhookConfig[] {
    if (this.#inline) {
      this.#cache ??= { mtimeMs: 0, hooks: parseWebhooks(this.#inline, 'LOCAL_LAKE_WEBHOOKS') };
      return this.#cache.hooks;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.#file);
    } catch {
      return [];
    }
    if (this.#cache?.mtimeMs !== stat.mtimeMs) {
      this.#cache = {
        mtimeMs: stat.mtimeMs,
        hooks: parseWebhooks(fs.readFileSync(this.#file, 'utf8'), this.#file),
      };
    }
    return this.#cache.hooks;
  }
}

export function parseWebhooks(text: string, source: string): WebhookConfig[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new WebhookConfigError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new WebhookConfigError(`${source}: expected an array of webhooks`);
  return raw.map((entry, index) => {
    const where = `${source}[${index}]`;
    if (typeof entry !== 'object' || entry === null)
      throw new WebhookConfigError(`${where}: expected an object`);
    const hook = entry as Record<string, unknown>;
    if (typeof hook.url !== 'string' || !/^https?:\/\//.test(hook.url)) {
      throw new WebhookConfigError(`${where}: "url" must be an http(s) URL`);
    }
    const on = hook.on ?? ['create', 'update', 'delete'];
    if (!Array.isArray(on) || !on.every((op) => op === 'create' || op === 'update' || op === 'delete')) {
      throw new WebhookConfigError(`${where}: "on" must list create, update and/or delete`);
    }
    const method = (hook.httpMethod ?? 'POST') as string;
    if (!['POST', 'PUT', 'PATCH', 'DELETE', 'GET'].includes(method)) {
      throw new WebhookConfigError(`${where}: unsupported httpMethod "${method}"`);
    }
    return {
      name: typeof hook.name === 'string' ? hook.name : `webhook-${index + 1}`,
      url: hook.url,
      on: on as WebhookOperation[],
      filter: typeof hook.filter === 'string' && hook.filter.trim() !== '' ? hook.filter : 'true',
      projection:
        typeof hook.projection === 'string' && hook.projection.trim() !== '' ? hook.projection : undefined,
      includeDrafts: hook.includeDrafts === true,
      secret: typeof hook.secret === 'string' && hook.secret !== '' ? hook.secret : undefined,
      headers: (typeof hook.headers === 'object' && hook.headers !== null ? hook.headers : {}) as Record<
        string,
        string
      >,
      httpMethod: method as WebhookConfig['httpMethod'],
    };
  });
}
