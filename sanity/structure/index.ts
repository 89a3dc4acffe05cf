// The desk: site settings as one document per language, clinics with the primary first, a medical-review queue, articles by
// topic, benefits in display order, the Site check and the audit trail.
import { CalendarIcon } from '@sanity/icons/Calendar';
import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { CogIcon } from '@sanity/icons/Cog';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { PinIcon } from '@sanity/icons/Pin';
import { TagIcon } from '@sanity/icons/Tag';
import { UserIcon } from '@sanity/icons/User';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';
import { TOPICS } from '../schemaTypes/shared/topics.ts';
import { SITE_SETTINGS_TYPE, siteLanguages, siteSettingsId } from '@clinic/content/languages';
import { singletonTemplateId } from './singleton.ts';
import {
  DUE_FOR_REVIEW_IDS_QUERY,
  DUE_FOR_REVIEW_LIST_FILTER,
  DUE_FOR_REVIEW_LIST_ID,
  dueForReviewListIds,
} from './reviewQueue.ts';
import { SiteCheck } from './SiteCheck.tsx';
import { auditTrailListItem } from './auditTrail.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

function dueForReview(S: StructureBuilder) {
  return (
    S.listItem()
      .id(DUE_FOR_REVIEW_LIST_ID)
      .title('Due for medical review')
      .icon(CalendarIcon)
      // A function child runs each time the pane opens, so the 12-month cutoff and the due articles are read then,
      // not at load; an approval given while the list is open shows when it is opened again.
      .child(async () => {
        const client = S.context.getClient({ apiVersion: SANITY_API_VERSION });
        const due = await client.fetch<string[]>(
          DUE_FOR_REVIEW_IDS_QUERY,
          { cutoff: reviewCutoffDate() },
          { perspective: 'raw', tag: 'review-queue' },
        );
        return S.documentList()
          .id(DUE_FOR_REVIEW_LIST_ID)
          .title('Due for medical review (no approval in the last 12 months)')
          .schemaType('article')
          .apiVersion(SANITY_API_VERSION)
          .filter(DUE_FOR_REVIEW_LIST_FILTER)
          .params({ ids: dueForReviewListIds(due) })
          .defaultOrdering([{ field: 'publishedAt', direction: 'asc' }]);
      })
  );
}

function articlesByTopic(S: StructureBuilder) {
  return S.listItem()
    .id('articles-by-topic')
    .title('Articles by topic')
    .icon(TagIcon)
    .child(
      S.list()
        .id('articles-by-topic')
        .title('Articles by topic')
        .items(
          TOPICS.map((topic) =>
            S.listItem()
              .id(topic.value)
              .title(topic.title)
              .schemaType('article')
              .child(
                S.documentList()
                  .id(`topic-${topic.value}`)
                  .title(topic.title)
                  .schemaType('article')
                  .apiVersion(SANITY_API_VERSION)
                  .filter('_type == "article" && topic == $topic')
                  .params({ topic: topic.value })
                  .initialValueTemplates([S.initialValueTemplateItem('article')])
                  .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
              ),
          ),
        ),
    );
}

/** One fixed document per site language; a missing one opens with its language already set. */
function siteSettings(S: StructureBuilder) {
  return S.listItem()
    .id(SITE_SETTINGS_TYPE)
    .title('Site settings')
    .icon(CogIcon)
    .child(
      S.list()
        .id(SITE_SETTINGS_TYPE)
        .title('Site settings')
        .items(
          siteLanguages.map(({ code, name }) =>
            S.listItem()
              .id(siteSettingsId(code))
              .title(`Site settings (${name})`)
              .icon(CogIcon)
              .child(
                S.document()
                  .schemaType(SITE_SETTINGS_TYPE)
                  .documentId(siteSettingsId(code))
                  .initialValueTemplate(singletonTemplateId(SITE_SETTINGS_TYPE, code))
                  .title(`Site settings (${name})`),
              ),
          ),
        ),
    );
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      siteSettings(S),
      S.divider(),
      S.listItem()
        .id('clinic')
        .title('Clinics')
        .icon(PinIcon)
        .schemaType('clinic')
        .child(
          S.documentTypeList('clinic')
            .title('Clinics')
            .defaultOrdering([{ field: 'name', direction: 'asc' }]),
        ),
      S.divider(),
      S.documentTypeListItem('article').title('All articles').icon(DocumentTextIcon),
      articlesByTopic(S),
      dueForReview(S),
      S.divider(),
      S.listItem()
        .id('benefit')
        .title('Benefits')
        .icon(CheckmarkCircleIcon)
        .schemaType('benefit')
        .child(
          S.documentTypeList('benefit')
            .title('Benefits (display order)')
            .defaultOrdering([{ field: 'order', direction: 'asc' }]),
        ),
      S.documentTypeListItem('person').title('People').icon(UserIcon),
      S.divider(),
      S.listItem()
        .id('site-check')
        .title('Site check')
        .icon(WarningOutlineIcon)
        .child(S.component(SiteCheck).id('site-check').title('Site check: what the site does not show')),
      auditTrailListItem(S),
    ]);
