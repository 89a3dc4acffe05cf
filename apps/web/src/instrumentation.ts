// Next calls `register` once when a server starts (https://nextjs.org/docs/app/guides/instrumentation).

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installLongWritesAsBytes } = await import('./http/long-writes-as-bytes.ts');
    installLongWritesAsBytes();
  }
}
