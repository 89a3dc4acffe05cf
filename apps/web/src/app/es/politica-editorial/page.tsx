import { EditorialPolicyView, editorialPolicyMetadata } from '@/editorial-policy/EditorialPolicyView';

export const metadata = editorialPolicyMetadata('es');

export default function EditorialPolicyPage() {
  return <EditorialPolicyView locale="es" />;
}
