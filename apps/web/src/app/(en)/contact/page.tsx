import { ContactView, contactMetadata } from '@/clinic/ContactView';

export const metadata = contactMetadata('en');

export default function ContactPage() {
  return <ContactView locale="en" />;
}
