// Records every request the Studio page makes: what it asked the lake (and how the lake answered) and what it
// tried to fetch from elsewhere. The lake answers an endpoint it does not know with a logged 404 whose message
// begins "The local lake does not serve"; the test fails on any of those.
import type { Page, Request, Response } from '@playwright/test';

const UNKNOWN_ENDPOINT_MESSAGE = 'The local lake does not serve';
const VERSION_PREFIX = /^\/v(?:\d{4}-\d{2}-\d{2}|1|X)(?=\/|$)/;

export interface LakeCall {
  endpoint: string;
  status: number;
  unknownEndpoint: boolean;
}

export class StudioTraffic {
  readonly lakeCalls: LakeCall[] = [];
  readonly failedLakeRequests: string[] = [];
  /**
   * Requests to any host other than this machine (host and path). The offline Studio makes none: its build
   * loads nothing from Sanity's CDN or font hosts and its own calls to them fail in the browser (see offline/).
   */
  readonly unexpectedExternal = new Set<string>();
  /** Every request that tried to leave the machine, for the report. */
  readonly externalRequests: string[] = [];
  /** HTTP versions the lake's answers came over (the Studio stalls on HTTP/1.1, so this must be only h2). */
  readonly lakeProtocols = new Set<string>();
  readonly #pending: Promise<void>[] = [];
  readonly #lakeHost: string;

  /** Starts recording; the HTTP version of each answer is only visible through the DevTools protocol. */
  static async record(page: Page, studioOrigin: string): Promise<StudioTraffic> {
    const traffic = new StudioTraffic(page, studioOrigin);
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    devtools.on('Network.responseReceived', ({ response }) => {
      const url = new URL(response.url);
      if (url.host === traffic.#lakeHost && VERSION_PREFIX.test(url.pathname)) {
        traffic.lakeProtocols.add(response.protocol ?? 'unknown');
      }
    });
    return traffic;
  }

  private constructor(page: Page, studioOrigin: string) {
    this.#lakeHost = new URL(studioOrigin).host;
    page.on('request', (request) => this.#onRequest(request));
    page.on('response', (response) => this.#pending.push(this.#onResponse(response)));
    page.on('requestfailed', (request) => this.#onFailure(request));
  }

  /** Waits for the bodies of every answer seen so far to be read. */
  async settled(): Promise<void> {
    await Promise.all(this.#pending);
  }

  /** API endpoints (version prefix and query dropped, ids generalised) with how often each was called. */
  endpointSummary(): string[] {
    const counts = new Map<string, number>();
    for (const call of this.lakeCalls) {
      const key = `${call.endpoint} → ${call.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key} ×${n}`);
  }

  unknownEndpoints(): string[] {
    return [...new Set(this.lakeCalls.filter((call) => call.unknownEndpoint).map((call) => call.endpoint))];
  }

  #onRequest(request: Request): void {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.hostname.endsWith('.localhost')) {
      this.unexpectedExternal.add(`${url.hostname}${url.pathname}`);
      const body = request.postData();
      this.externalRequests.push(
        `${request.method()} ${url.origin}${url.pathname}${body ? ` (${body.slice(0, 400)})` : ''}`,
      );
    }
  }

  async #onResponse(response: Response): Promise<void> {
    const url = new URL(response.url());
    if (url.host !== this.#lakeHost || !VERSION_PREFIX.test(url.pathname)) return; // pages and bundles
    const status = response.status();
    let unknownEndpoint = false;
    if (status === 404) {
      const body = await response.text().catch(() => '');
      unknownEndpoint = body.includes(UNKNOWN_ENDPOINT_MESSAGE);
    }
    this.lakeCalls.push({
      endpoint: `${response.request().method()} ${generalise(url.pathname)}`,
      status,
      unknownEndpoint,
    });
  }

  #onFailure(request: Request): void {
    const url = new URL(request.url());
    const reason = request.failure()?.errorText ?? 'failed';
    // The Studio cancels superseded requests itself (ERR_ABORTED); anything else on the lake is a real failure.
    if (url.host === this.#lakeHost && reason !== 'net::ERR_ABORTED') {
      this.failedLakeRequests.push(`${request.method()} ${generalise(url.pathname)}: ${reason}`);
    }
  }
}

/** `/v2025-02-19/data/doc/production/a,drafts.a` → `/data/doc/production/:ids`, so the list stays readable. */
function generalise(pathname: string): string {
  return pathname
    .replace(VERSION_PREFIX, '')
    .replace(/^(\/data\/doc\/[^/]+\/).+$/, '$1:ids')
    .replace(/^(\/data\/history\/[^/]+\/(?:documents|transactions|events\/documents)\/).+$/, '$1:ids')
    .replace(/^(\/users\/me\/keyvalue\/).+$/, '$1:keys')
    .replace(/^(\/users\/)(?!me(?:\/|$))[^/]+$/, '$1:ids')
    .replace(/^(\/(?:images|files)\/[^/]+\/[^/]+\/).+$/, '$1:file');
}
