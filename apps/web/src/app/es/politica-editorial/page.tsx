import { EditorialPolicyView, editorialPolicyMetadata } from '@/views/EditorialPolicyView';

export const metadata = editorialPolicyMetadata('es');

export default function EditorialPolicyPage() {
  return <EditorialPolicyView locale="es" />;
}
