import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { vercelStegaCombine } from '@vercel/stega';
import { JsonLd } from '@/seo/JsonLd';
import { clinic, makeArticle, reviewer } from '@/test/fixtures';
import { articleJsonLd } from './article.ts';
import { breadcrumbJsonLd } from './breadcrumbs.ts';
import { clinicJsonLd } from './clinic.ts';
import { serializeJsonLd } from './serialize.ts';

const SITE = 'https://clinic.example';

function scriptJson(container: HTMLElement): unknown {
  const script = container.querySelector('script[type="application/ld+json"]');
  if (!script) throw new Error('no JSON-LD script rendered');
  return JSON.parse(script.innerHTML);
}

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });

  it('removes stega characters from every string', () => {
    const encoded = vercelStegaCombine('Propel Therapeutics', { origin: 'sanity.io', href: '/studio/intent/edit/id=x' });
    expect(encoded).not.toBe('Propel Therapeutics');
    const json = serializeJsonLd({ name: encoded, nested: [{ value: encoded }] });
    expect(JSON.parse(json)).toEqual({ name: 'Propel Therapeutics', nested: [{ value: 'Propel Therapeutics' }] });
  });

  it('renders as an application/ld+json script whose text parses back to the data', () => {
    const data = { '@type': 'Thing', name: 'a < b & c' };
    const { container } = render(<JsonLd data={data} />);
    expect(container.innerHTML).not.toContain('a < b');
    expect(scriptJson(container)).toEqual(data);
  });
});

describe('MedicalClinic', () => {
  it('mirrors the clinic record: E.164 telephone, postal address, services', () => {
    const data = clinicJsonLd(clinic, SITE) as Record<string, unknown>;
    expect(data['@type']).toBe('MedicalClinic');
    expect(data.name).toBe('Propel Therapeutics');
    expect(data.telephone).toBe('+19169159215');
    expect(data.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: '1000 Example Street', postalCode: '95814' });
    expect(data.availableService).toEqual([{ '@type': 'MedicalTherapy', name: 'Ketamine infusion therapy' }]);
  });

  it('states nothing the record lacks: no hours, no geo, no phone when they are missing', () => {
    const data = clinicJsonLd({ ...clinic, phone: null }, SITE);
    expect(Object.keys(data)).not.toEqual(expect.arrayContaining(['telephone']));
    expect(data).not.toHaveProperty('openingHoursSpecification');
    expect(data).not.toHaveProperty('geo');
    expect(data).not.toHaveProperty('description');
  });
});

describe('MedicalWebPage and Article', () => {
  const url = `${SITE}/articles/ketamine-for-crps`;

  const approved = {
    state: 'reviewed',
    reviewer: { name: 'Dr. Ada Lee', credentials: 'MD, board-certified anesthesiologist' },
    approvedAt: '2026-03-03T18:00:00Z',
  } as const;

  it('carries the approving clinician, the approval date, headline and dates from the article', () => {
    const article = makeArticle({
      review: approved,
      author: { ...reviewer, _id: 'a', name: 'Sam Writer', credentials: null, role: 'Writer', isSamplePlaceholder: false },
    });
    const data = articleJsonLd({ article, url, imageUrl: null, siteName: 'Propel Therapeutics', siteUrl: SITE });
    const [page, articleNode] = data['@graph'] as Record<string, unknown>[];
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url,
      lastReviewed: '2026-03-03',
      reviewedBy: { '@type': 'Person', name: 'Dr. Ada Lee', description: 'MD, board-certified anesthesiologist' },
    });
    expect(articleNode).toMatchObject({
      '@type': 'Article',
      headline: 'Ketamine for CRPS: what to expect',
      datePublished: '2026-01-15T09:00:00Z',
      dateModified: '2026-02-20T10:00:00Z',
      author: { '@type': 'Person', name: 'Sam Writer' },
    });
    expect(articleNode).not.toHaveProperty('image');
  });

  it('states no reviewer and no review date unless a clinician approved exactly this text', () => {
    for (const review of [{ state: 'notReviewed' }, { state: 'changedSinceReview', approvedAt: '2026-03-03T18:00:00Z' }] as const) {
      // The assigned reviewer is a real clinician: being asked to review is not having reviewed.
      const article = makeArticle({ review, medicalReviewer: { ...reviewer, isSamplePlaceholder: false } });
      const [page] = articleJsonLd({ article, url, imageUrl: null, siteName: null, siteUrl: SITE })['@graph'];
      expect(page).not.toHaveProperty('reviewedBy');
      expect(page).not.toHaveProperty('lastReviewed');
    }
  });

  it('never gives a sample placeholder, or its label, as the author', () => {
    const article = makeArticle({ review: approved, author: { ...reviewer, isSamplePlaceholder: true } });
    const data = articleJsonLd({ article, url, imageUrl: null, siteName: null, siteUrl: SITE });
    expect(data['@graph'][1]).not.toHaveProperty('author');
    expect(JSON.stringify(data)).not.toMatch(/placeholder/i);
  });

  it('is free of stega characters once serialized', () => {
    const title = vercelStegaCombine('Ketamine for CRPS', { origin: 'sanity.io', href: '/x' });
    const data = articleJsonLd({ article: makeArticle({ title }), url, imageUrl: null, siteName: null, siteUrl: SITE });
    const parsed = JSON.parse(serializeJsonLd(data)) as { '@graph': { headline?: string; name?: string }[] };
    expect(parsed['@graph'][0]!.name).toBe('Ketamine for CRPS');
    expect(parsed['@graph'][1]!.headline).toBe('Ketamine for CRPS');
  });
});

describe('BreadcrumbList', () => {
  it('numbers the trail and uses absolute URLs', () => {
    const data = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'Articles', path: '/articles' },
      ],
      SITE,
    );
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: `${SITE}/articles` },
    ]);
  });
});
