// Where a person opens the Studio when it runs on the local lake, and the `#token=` that logs them in.
//
// The Studio sends its API requests to `https://<projectId>.localhost:<port>` (it prepends the project id `local`
// to the apiHost it was built with). The lake serves the built Studio from that same host, so the browser's
// warning about the lake's locally made certificate comes once, on the Studio page, and accepting it covers every
// API call. A Studio page on any other origin (the `sanity dev` server on :3333) gets no warning at all: its API
// calls just fail until the certificate has been accepted on the lake's host or its authority is trusted.
import {
  DEFAULT_TLS_PORT,
  lakeSettings,
  PROJECT_ID as LOCAL_PROJECT_ID,
  STUDIO_DEV_ORIGIN,
  tlsCaFile,
} from '@clinic/local-lake/settings';

/** The apiHost the Studio is built with (SANITY_STUDIO_LAKE_URL); it must name the lake's TLS port. */
export function studioLakeUrl(env = process.env) {
  return (
    env.SANITY_STUDIO_LAKE_URL ?? `https://localhost:${lakeSettings(env).tlsPort ?? DEFAULT_TLS_PORT}`
  ).replace(/\/+$/, '');
}

/** The origin the Studio's API requests go to, which is also where the lake serves the built Studio. */
export function lakeStudioOrigin(env = process.env) {
  const apiHost = new URL(studioLakeUrl(env));
  return `${apiHost.protocol}//${LOCAL_PROJECT_ID}.${apiHost.host}`;
}

/** Where `sanity dev` serves the Studio with live reload; the lake allows it as a CORS origin by default. */
export { STUDIO_DEV_ORIGIN };

/**
 * Every origin a Studio page is opened from in development: the printed live-reload URL (and its 127.0.0.1
 * spelling) and, when the Studio runs on the lake, the lake's Studio origin. The site lets these frame it
 * (SANITY_STUDIO_ORIGINS, apps/web/src/http/security-headers.ts) for the Presentation tool.
 */
export function studioOrigins(env = process.env, { onLake = true } = {}) {
  const devOrigins = [STUDIO_DEV_ORIGIN, STUDIO_DEV_ORIGIN.replace('//localhost', '//127.0.0.1')];
  return onLake ? [lakeStudioOrigin(env), ...devOrigins] : devOrigins;
}

/** The certificate authority the lake signs its certificate with; trusting it removes the browser warning. */
export function lakeCaFile(env = process.env) {
  return tlsCaFile(lakeSettings(env).dataDir);
}

/** `<base>/#token=…`: opening it logs the editor in (the Studio moves the token out of the address bar). */
export async function studioLoginUrl(base = `${lakeStudioOrigin()}/`, env = process.env) {
  const { token } = lakeSettings(env);
  const root = base.endsWith('/') ? base : `${base}/`;
  return token ? `${root}#token=${token}` : `${root} (no lake token found yet: start the lake once)`;
}
