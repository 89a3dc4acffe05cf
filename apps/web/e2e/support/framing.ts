// Real loopback pages on other origins that put the site in an iframe: one stands for the Studio (allowed by
// frame-ancestors through NEXT_PUBLIC_SANITY_STUDIO_URL), any other port stands for a stranger. They have to be
// real servers: Chromium refuses to let a page it cannot place on the network frame a loopback site at all.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const E2E_STUDIO_PORT = Number(process.env.E2E_STUDIO_PORT ?? 3199);
export const E2E_STUDIO_ORIGIN = `http://127.0.0.1:${E2E_STUDIO_PORT}`;

export interface FramingPage {
  url: string;
  close: () => Promise<void>;
}

/** Serves `<iframe src=siteUrl>` on 127.0.0.1:port (0 = any free port). */
export async function serveFramingPage(siteUrl: string, port = 0): Promise<FramingPage> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>framing page</title><iframe src="${siteUrl}" width="900" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
