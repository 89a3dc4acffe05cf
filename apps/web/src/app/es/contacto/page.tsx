import { ContactView, contactMetadata } from '@/clinic/ContactView';

export const metadata = contactMetadata('es');

export default function ContactPage() {
  return <ContactView locale="es" />;
}
