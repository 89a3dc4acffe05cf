// The schema compiles without errors or warnings, and uses exactly the field names of docs/content-model.md: each
// document type's are read from its table there, the shared objects' are listed below.
import { describe, expect, it } from '@jest/globals';
import type { ObjectSchemaType } from 'sanity';
import { DEFAULT_DATE_FORMAT, format as format2, parse } from '@sanity/util/legacyDateFormat';
import { DateWithTodayInput } from '../form/DateWithTodayInput.tsx';
import { documentFieldsOfContentModel } from './support/contentModel.ts';
import { schema } from './support/studio.ts';

const fieldNames = (type: string) => (schema.get(type) as ObjectSchemaType).fields.map((field) => field.name);

describe('Studio schema', () => {
  it('has no schema errors or warnings', () => {
    const problems = (schema as unknown as { _validation: { problems: unknown[] }[] })._validation;
    expect(problems.flatMap((group) => group.problems)).toEqual([]);
  });

  // Each document type's table in docs/content-model.md lists its fields in the order the Studio shows them, so a
  // field is never added, renamed or moved without the names every layer shares changing with it.
  const documentTypes = documentFieldsOfContentModel();

  it('has a table in the content model for every document type', () => {
    const schemaDocumentTypes = schema
      .getTypeNames()
      .filter((name) => !name.startsWith('sanity.') && schema.get(name)?.type?.name === 'document');
    expect([...documentTypes.keys()].sort()).toEqual(schemaDocumentTypes.sort());
  });

  it.each([...documentTypes])(
    'gives %s the fields its table in the content model lists, in order',
    (type, fields) => {
      expect(fieldNames(type)).toEqual(fields);
    },
  );

  it('uses the field names of the content model in shared objects', () => {
    // Shared objects are described in prose in docs/content-model.md ("Shared objects" and the tables that use them).
    expect(fieldNames('citation')).toEqual(['title', 'authors', 'source', 'year', 'doi', 'url', 'studyType']);
    expect(fieldNames('address')).toEqual([
      'streetAddress',
      'addressLocality',
      'addressRegion',
      'postalCode',
      'addressCountry',
    ]);
    expect(fieldNames('openingHours')).toEqual(['days', 'opens', 'closes']);
    expect(fieldNames('callout')).toEqual(['tone', 'text']);
    expect(fieldNames('ctaBlock')).toEqual(['heading', 'text', 'action']);
    expect(fieldNames('seo')).toEqual(['title', 'description']);
  });

  it('keeps approvals read-only, and out of every create menu and action list', async () => {
    const { withoutRecordTemplates, recordSafeActions } = await import('../structure/records.ts');
    expect((schema.get('medicalApproval') as ObjectSchemaType & { readOnly?: unknown }).readOnly).toBe(true);
    const templates = [
      { id: 'article', schemaType: 'article' },
      { id: 'medicalApproval', schemaType: 'medicalApproval' },
    ] as never[];
    expect(withoutRecordTemplates(templates)).toEqual([{ id: 'article', schemaType: 'article' }]);
    const actions = [() => null] as never[];
    expect(recordSafeActions(actions, { schemaType: 'medicalApproval' })).toEqual([]);
    expect(recordSafeActions(actions, { schemaType: 'article' })).toBe(actions);
  });
});

/** Every image field and array member in the compiled schema, with where it is. */
function imageTypes(): { where: string; options: unknown }[] {
  const found: { where: string; options: unknown }[] = [];
  const seen = new Set<unknown>();
  const isImage = (type: SchemaTypeLike): boolean => !!type && (type.name === 'image' || isImage(type.type));
  const visit = (type: SchemaTypeLike, where: string) => {
    if (!type || seen.has(type)) return;
    seen.add(type);
    if (isImage(type)) found.push({ where, options: type.options });
    for (const field of type.fields ?? []) visit(field.type, `${where}.${field.name}`);
    for (const member of type.of ?? []) visit(member, `${where}[${member.name}]`);
  };
  for (const name of schema.getTypeNames()) {
    const type = schema.get(name) as SchemaTypeLike;
    if (type?.type?.name === 'document' || type?.jsonType === 'object') visit(type, name);
  }
  return found;
}

type SchemaTypeLike =
  | {
      name: string;
      jsonType?: string;
      type?: SchemaTypeLike;
      options?: unknown;
      fields?: { name: string; type: SchemaTypeLike }[];
      of?: (SchemaTypeLike & { name: string })[];
    }
  | undefined;

describe('image uploads', () => {
  it("offer images only in every image field's file picker", () => {
    // Sanity's own types (the bare `image`, `sanity.*`) are not fields an editor fills.
    const images = imageTypes().filter(({ where }) => where !== 'image' && !where.startsWith('sanity.'));
    expect(images.map(({ where }) => where)).toEqual(
      expect.arrayContaining(['article.heroImage', 'person.photo', 'article.body[image]']),
    );
    for (const image of images)
      expect({ where: image.where, accept: (image.options as { accept?: string })?.accept }).toEqual({
        where: image.where,
        accept: 'image/*',
      });
  });
});

describe('calendar date fields', () => {
  const dateFields = ['article', 'benefit', 'siteSettings'].flatMap((type) =>
    (schema.get(type) as ObjectSchemaType).fields
      .filter((field) => field.type.jsonType === 'string' && field.type.name === 'date')
      .map((field) => ({ where: `${type}.${field.name}`, type: field.type })),
  );

  it('accept a date typed as staff write it, 12/07/2026, and store it as 2026-12-07', () => {
    expect(dateFields.map(({ where }) => where)).toEqual(
      // An article's review dates are approval records, not fields (docs/content-model.md, Medical review).
      expect.arrayContaining(['benefit.translationReviewed', 'siteSettings.translationReviewed']),
    );
    for (const { where, type } of dateFields) {
      const format = (type.options as { dateFormat?: string } | undefined)?.dateFormat;
      const parsed = parse('12/07/2026', format ?? DEFAULT_DATE_FORMAT);
      expect({
        where,
        stored: parsed.isValid ? format2(parsed.date, DEFAULT_DATE_FORMAT) : parsed.error,
      }).toEqual({ where, stored: '2026-12-07' });
    }
  });

  it('have a Today button next to them', () => {
    for (const { where, type } of dateFields) {
      expect({ where, input: (type.components as { input?: unknown } | undefined)?.input }).toEqual({
        where,
        input: DateWithTodayInput,
      });
    }
  });
});
