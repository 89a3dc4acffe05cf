// `npm run lake` — start the local Content Lake in the foreground and print where it listens.
import path from 'node:path';
import { resolveOptions } from './config.ts';
import { PortInUseError, startLake } from './index.ts';
import { DataDirLockedError } from './store/data-dir-lock.ts';
import { ImportError } from './store/import-ndjson.ts';
import { openDatabase } from './store/database.ts';
import { exportNdjson } from './store/export-ndjson.ts';
import { addUser, usersFile, UsersFileError } from './users.ts';
import { addCorsOrigin, corsFile, readCorsFile } from './cors.ts';

async function main(argv: string[]): Promise<void> {
  const [command = 'start'] = argv;
  if (command === 'start') {
    const lake = await startLake();
    // First line on stdout is machine-readable so scripts and tests can find the lake.
    process.stdout.write(
      `${JSON.stringify({ event: 'listening', url: lake.url, tlsUrl: lake.tlsUrl, dataDir: lake.dataDir })}\n`,
    );
    process.stdout.write(
      `Local Content Lake: ${lake.url} (project "local", dataset "production", ${lake.documentCount} documents)\n`,
    );
    if (lake.tlsUrl) {
      process.stdout.write(
        `HTTP/2 + TLS for the Studio: ${lake.tlsUrl} (certificate authority: ${lake.caFile})\n`,
      );
    }
    if (lake.studioUrl) process.stdout.write(`Studio: ${lake.studioUrl}\n`);
    process.stdout.write(`Data folder: ${lake.dataDir}\n`);
    const stop = (signal: NodeJS.Signals) => {
      // Every acknowledged write is already committed to SQLite, so stopping never waits long for the rest
      // (open streams, webhook deliveries): the process ends within a second of the signal.
      const received = performance.now();
      const exit = () => {
        process.stderr.write(
          `[local-lake] stopped ${Math.round(performance.now() - received)} ms after ${signal}\n`,
        );
        process.exit(0);
      };
      setTimeout(exit, 500).unref();
      void lake.close().then(exit);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return;
  }
  if (command === 'export') {
    const target = argv.slice(1).find((arg) => !arg.startsWith('--'));
    if (!target) {
      process.stderr.write('Usage: local-lake export <file.ndjson> [--published-only]\n');
      process.exit(2);
    }
    const options = resolveOptions();
    // Safe while the lake runs: SQLite's WAL lets this read a consistent snapshot next to the writer.
    const db = openDatabase(options.dataDir);
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
    const summary = exportNdjson(db, file, {
      dataDir: options.dataDir,
      publishedOnly: argv.includes('--published-only'),
    });
    db.close();
    process.stdout.write(
      `Exported ${summary.documents} documents and ${summary.assets} asset files to ${file}\n`,
    );
    return;
  }
  if (command === 'add-user') {
    // `local-lake add-user "Medical reviewer" [--email reviewer@clinic.example]`: a login of its own.
    const words: string[] = [];
    let email: string | undefined;
    for (let index = 1; index < argv.length; index++) {
      if (argv[index] === '--email') email = argv[++index];
      else words.push(argv[index]!);
    }
    const name = words.join(' ').trim();
    if (!name) {
      process.stderr.write('Usage: local-lake add-user <name> [--email <address>]\n');
      process.exit(2);
    }
    const { dataDir } = resolveOptions();
    const user = addUser(dataDir, name, email);
    process.stdout.write(
      `Added ${user.name} (${user.id}) to ${usersFile(dataDir)}.\nSign in to the Studio with this token: ${user.token}\n`,
    );
    return;
  }
  if (command === 'cors') {
    // `local-lake cors add <origin> [--credentials]` / `local-lake cors list`, like `sanity cors`.
    const { dataDir } = resolveOptions();
    const [action, origin] = argv.slice(1).filter((arg) => !arg.startsWith('--'));
    if (action === 'add' && origin) {
      const entry = addCorsOrigin(dataDir, origin, argv.includes('--credentials'));
      process.stdout.write(
        `Allowed ${entry.origin}${entry.allowCredentials ? ' with credentials' : ' without credentials'} (${corsFile(dataDir)})\n`,
      );
      return;
    }
    if (action === 'list') {
      for (const entry of readCorsFile(dataDir))
        process.stdout.write(`${entry.origin}${entry.allowCredentials ? ' (credentials)' : ''}\n`);
      return;
    }
    process.stderr.write('Usage: local-lake cors add <origin> [--credentials] | local-lake cors list\n');
    process.exit(2);
  }
  process.stderr.write(
    `Unknown command "${command}". Usage: local-lake [start | export <file.ndjson> | add-user <name> [--email <address>] | cors add <origin> [--credentials] | cors list]\n`,
  );
  process.exit(2);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Problems a person can fix get one clear line; anything else keeps its stack for a bug report.
  const expected =
    error instanceof PortInUseError ||
    error instanceof DataDirLockedError ||
    error instanceof ImportError ||
    error instanceof UsersFileError;
  process.stderr.write(
    `local-lake: ${expected ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exit(1);
});
