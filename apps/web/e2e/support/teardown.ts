import { rmSync } from 'node:fs';
import path from 'node:path';

/** Removes the run's temporary dataset (seed copy and lake data) once the server has stopped. */
export default function teardown(): void {
  const dataDir = process.env.E2E_LAKE_DATA_DIR;
  if (dataDir && path.basename(path.dirname(dataDir)).startsWith('clinic-web-e2e-')) {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}
