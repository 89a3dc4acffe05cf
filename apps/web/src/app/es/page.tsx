import { cleanMetadata } from '@/lib/metadata';
import { HomeView, homeMetadata } from '@/views/HomeView';

export async function generateMetadata() {
  return cleanMetadata(await homeMetadata('es'));
}

export default function HomePage() {
  return <HomeView locale="es" />;
}
