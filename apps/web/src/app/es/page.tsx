import { cleanMetadata } from '@/seo/metadata';
import { HomeView, homeMetadata } from '@/home/HomeView';

export async function generateMetadata() {
  return cleanMetadata(await homeMetadata('es'));
}

export default function HomePage() {
  return <HomeView locale="es" />;
}
