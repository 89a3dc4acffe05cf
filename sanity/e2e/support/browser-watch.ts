// What a person would notice going wrong while they work, across every page of their browser: errors in the
// console, uncaught errors, and lake answers of 400 or more. A refusal the person caused on purpose (an invalid
// upload, say) is declared with `allowLakeRefusal` before it happens; anything else is a fault.
import type { BrowserContext, ConsoleMessage, Page, Response } from '@playwright/test';

const API_PATH = /^\/v(?:\d{4}-\d{2}-\d{2}|1|X)\//;

export class BrowserWatch {
  readonly consoleErrors: string[] = [];
  readonly lakeFailures: string[] = [];
  readonly #allowedRefusals: RegExp[] = [];
  readonly #lakeHosts: Set<string>;

  /** `lakeOrigins`: where the lake's API answers (the Studio's origin, the plain HTTP address). */
  constructor(lakeOrigins: string[]) {
    this.#lakeHosts = new Set(lakeOrigins.map((origin) => new URL(origin).host));
  }

  /** Watches every page `context` has and opens from now on; `who` labels what is recorded. */
  watch(context: BrowserContext, who: string): void {
    for (const page of context.pages()) this.#watchPage(page, who);
    context.on('page', (page) => this.#watchPage(page, who));
    context.on('response', (response) => this.#onResponse(response, who));
  }

  /** A lake refusal (method, path and status, e.g. /POST \/assets\/images\/.* 400/) the person caused on purpose. */
  allowLakeRefusal(pattern: RegExp): void {
    this.#allowedRefusals.push(pattern);
  }

  #watchPage(page: Page, who: string): void {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      this.consoleErrors.push(`${who} ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) =>
      this.consoleErrors.push(`${who} ${page.url()}: uncaught ${error.message}`),
    );
  }

  #onResponse(response: Response, who: string): void {
    const url = new URL(response.url());
    if (!this.#lakeHosts.has(url.host) || !API_PATH.test(url.pathname)) return;
    if (response.status() < 400) return;
    const call = `${response.request().method()} ${url.pathname} ${response.status()}`;
    if (this.#allowedRefusals.some((pattern) => pattern.test(call))) return;
    this.lakeFailures.push(`${who}: ${call}`);
  }
}
