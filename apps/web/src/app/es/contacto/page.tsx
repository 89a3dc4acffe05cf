import { ContactView, contactMetadata } from '@/views/ContactView';

export const metadata = contactMetadata('es');

export default function ContactPage() {
  return <ContactView locale="es" />;
}
