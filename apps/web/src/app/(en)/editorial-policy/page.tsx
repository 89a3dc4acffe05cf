import { EditorialPolicyView, editorialPolicyMetadata } from '@/editorial-policy/EditorialPolicyView';

export const metadata = editorialPolicyMetadata('en');

export default function EditorialPolicyPage() {
  return <EditorialPolicyView locale="en" />;
}
