import { EditorialPolicyView, editorialPolicyMetadata } from '@/views/EditorialPolicyView';

export const metadata = editorialPolicyMetadata('en');

export default function EditorialPolicyPage() {
  return <EditorialPolicyView locale="en" />;
}
