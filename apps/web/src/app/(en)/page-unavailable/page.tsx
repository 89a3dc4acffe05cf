import { UnavailableView, unavailableMetadata } from '@/shell/UnavailableView';

// Shown, with status 503, while the content backend is down (src/proxy.ts, src/shell/status-pages.ts).
export const metadata = unavailableMetadata('en');

export default function PageUnavailable() {
  return <UnavailableView locale="en" />;
}
