// When the lake refuses an upload (a text file renamed .png, an empty file, an image it cannot read), the Studio's
// own message is "Upload failed – See the console", and the reason is only in the browser console. This plugin
// wraps the upload of every image and file asset source so the refusal reason the lake gave is shown to the editor
// as a message in the Studio, and replaces "See the console" by a pointer to that message.
import { useToast } from '@sanity/ui/toast';
import { useEffect, type ReactNode } from 'react';
import {
  defineLocaleResourceBundle,
  definePlugin,
  type AssetSource,
  type AssetSourceUploadEvent,
  type AssetSourceUploader,
  type LayoutProps,
} from 'sanity';

type FailureListener = (reason: string) => void;
const listeners = new Set<FailureListener>();

/** The editor-facing reason of a failed upload: the lake's own message (its JSON `message`), else the error's. */
export function uploadFailureReason(error: unknown): string {
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const body = record(record(record(error).response).body);
  if (typeof body.message === 'string' && body.message.trim()) return body.message.trim();
  const message = record(error).message;
  if (typeof message === 'string' && message.trim()) return message.trim();
  return 'The lake did not say why; try again, or try another file';
}

/** Tells every listener (the Studio's message outlet, UploadFailureMessages) about a refused upload. */
export function reportUploadFailure(reason: string): void {
  for (const listener of listeners) listener(reason);
}

/** Calls `listener` with the reason of every refused upload until the returned function is called. */
export function onUploadFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// Sanity's own type for an asset source's `Uploader` (AssetSourceUploaderClass in @sanity/types).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base constructor must take any[]
type UploaderClass = new (...args: any[]) => AssetSourceUploader;

/** `Uploader` that reports the reason of each failed file, then passes every event on unchanged. */
export function withFailureReasons<T extends UploaderClass>(Uploader: T): T {
  return class ExplainingUploader extends Uploader {
    override subscribe(subscriber: (event: AssetSourceUploadEvent) => void) {
      return super.subscribe((event) => {
        if (event.type === 'error') {
          for (const file of event.files)
            if (file.status === 'error') reportUploadFailure(uploadFailureReason(file.error));
        }
        subscriber(event);
      });
    }
  };
}

function explaining(sources: AssetSource[]): AssetSource[] {
  return sources.map((source) =>
    source.Uploader ? { ...source, Uploader: withFailureReasons(source.Uploader) } : source,
  );
}

function UploadFailureMessages(): null {
  const { push } = useToast();
  useEffect(() => {
    const show: FailureListener = (reason) =>
      push({ status: 'error', title: 'The upload was refused', description: reason, duration: 15_000 });
    return onUploadFailure(show);
  }, [push]);
  return null;
}

function LayoutWithUploadMessages(props: LayoutProps): ReactNode {
  return (
    <>
      <UploadFailureMessages />
      {props.renderDefault(props)}
    </>
  );
}

export const uploadReasons = definePlugin({
  name: 'clinic-upload-reasons',
  form: {
    image: { assetSources: (previous) => explaining(previous) },
    file: { assetSources: (previous) => explaining(previous) },
  },
  studio: { components: { layout: LayoutWithUploadMessages } },
  i18n: {
    bundles: [
      defineLocaleResourceBundle({
        locale: 'en-US',
        namespace: 'studio',
        resources: {
          'asset-sources.common.uploader.upload-failed.description': 'The reason is in the next message.',
        },
      }),
    ],
  },
});
