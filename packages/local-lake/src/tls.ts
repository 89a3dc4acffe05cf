// The certificate for the HTTP/2 endpoint the Studio needs. A local certificate authority is generated once and
// kept in the data folder; it signs a server certificate for localhost, *.localhost (the Studio prepends the
// project id: local.localhost) and 127.0.0.1. Trusting `tls/ca.crt` once (see the README) makes browsers accept
// the lake; tests pass the CA explicitly.
import fs from 'node:fs';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { tlsCaFile, tlsDir } from './config.ts';

export interface TlsMaterial {
  key: string;
  cert: string;
  ca: string;
  caFile: string;
}

const VALID_DAYS = 825; // the longest validity browsers accept for a server certificate

export async function loadOrCreateTls(dataDir: string): Promise<TlsMaterial> {
  const dir = tlsDir(dataDir);
  const files = {
    caKey: path.join(dir, 'ca.key'),
    caCert: tlsCaFile(dataDir),
    key: path.join(dir, 'server.key'),
    cert: path.join(dir, 'server.crt'),
  };
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(files.caCert) || !fs.existsSync(files.caKey)) {
    const ca = await generate([{ name: 'commonName', value: 'Local Content Lake CA' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: daysFromNow(3650),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ],
    });
    writePrivate(files.caKey, ca.private);
    fs.writeFileSync(files.caCert, ca.cert);
    fs.rmSync(files.cert, { force: true });
  }
  if (
    !fs.existsSync(files.cert) ||
    !fs.existsSync(files.key) ||
    expiresSoon(fs.readFileSync(files.cert, 'utf8'))
  ) {
    const server = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: daysFromNow(VALID_DAYS),
      ca: { key: fs.readFileSync(files.caKey, 'utf8'), cert: fs.readFileSync(files.caCert, 'utf8') },
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 2, value: '*.localhost' },
            // Browsers ignore a wildcard directly under a top-level name, so name the project host too.
            { type: 2, value: 'local.localhost' },
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
          ],
        },
      ],
    });
    writePrivate(files.key, server.private);
    fs.writeFileSync(files.cert, server.cert);
  }
  return {
    key: fs.readFileSync(files.key, 'utf8'),
    cert: fs.readFileSync(files.cert, 'utf8'),
    ca: fs.readFileSync(files.caCert, 'utf8'),
    caFile: files.caCert,
  };
}

function writePrivate(file: string, content: string): void {
  fs.writeFileSync(file, content, { mode: 0o600 });
}

function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 24 * 3600 * 1000);
}

function expiresSoon(pem: string): boolean {
  try {
    return new Date(new X509Certificate(pem).validTo).getTime() < Date.now() + 7 * 24 * 3600 * 1000;
  } catch {
    return true;
  }
}
