// Compile-time proof that the zod schemas, the GROQ queries and the Studio schema agree. Sanity TypeGen derives
// each query's result type from the Studio schema (./generated/sanity.types.ts); this file fails `tsc` when a
// schema below could not accept what its query returns.
//
// Direction: generated result → zod input. Drift that hurts is the Lake sending something zod was not written
// for — a field renamed or retyped in the Studio, an option added to a list, a projection changed — because at
// runtime that silently drops documents. Checking `result extends zod input` catches exactly that. The reverse
// (`zod input extends result`) would only flag zod accepting more than the Studio can produce, which is harmless.
//
// Nullability is taken out on both sides first (StripNull): TypeGen types every field as possibly null, since the
// Lake does not enforce "required", and refusing those nulls is precisely zod's job at runtime. What remains is
// the shape and the value types. One trap: a projected field the Studio schema does not have is typed bare `null`
// by TypeGen, which would vanish when nulls are stripped; it becomes `FieldMissingFromStudioSchema` instead, which
// no zod input accepts.
import type { z } from 'zod';
import type { articleSchema, articleSlugSchema, articleSummarySchema } from './article/article.ts';
import type { benefitSchema } from './benefit/benefit.ts';
import type { clinicSchema } from './clinic/clinic.ts';
import type { homePageSchema } from './home/home.ts';
import type { siteSettingsSchema } from './settings/settings.ts';
import type { siteChromeSchema } from './clinic/clinic.ts';
import type { sitemapSchema } from './sitemap/sitemap.ts';

/** The sitemap's queries' results after `joinTranslations` gives each article its versions in other languages. */
type JoinedSitemap = SitemapQueryResult & {
  articles: Array<SitemapArticlesQueryResult[number] & { translations: SitemapOtherVersionsQueryResult }>;
};
import type { searchTextSchema } from './search/vocabulary.ts';
import type { articleTopicSchema } from './topic/topic.ts';
import type {
  ArticleBySlugQueryResult,
  ArticleListQueryResult,
  ArticleSlugsQueryResult,
  BenefitsQueryResult,
  ClinicsQueryResult,
  HomePageQueryResult,
  SiteChromeQueryResult,
  SearchTextPageQueryResult,
  SiteSettingsQueryResult,
  SitemapArticlesQueryResult,
  SitemapOtherVersionsQueryResult,
  SitemapQueryResult,
  TopicsQueryResult,
} from './generated/sanity.types.ts';

type FieldMissingFromStudioSchema = { readonly __fieldMissingFromStudioSchema: unique symbol };

type StripNull<T> = [NonNullable<T>] extends [never]
  ? FieldMissingFromStudioSchema
  : StripNullDeep<NonNullable<T>>;
type StripNullDeep<T> = T extends readonly (infer Item)[]
  ? StripNull<Item>[]
  : T extends object
    ? { [K in keyof T]-?: StripNull<T[K]> }
    : T;

/** Resolves to true when every value the query can return fits the schema's input, after removing null. */
type Accepts<Result, Input> = [StripNull<Result>] extends [StripNull<Input>] ? true : false;
type Expect<T extends true> = T;
// articleSchema adds the clinical fingerprint first (z.preprocess, whose input is `unknown`, which every result
// would fit): its check reads the input of the schema after that step, less the field the step adds.
type ArticleInput = Omit<z.input<(typeof articleSchema)['out']>, 'clinicalFingerprint'>;
type Item<List> = List extends readonly (infer Element)[] ? Element : never;

export type ContractChecks = [
  Expect<Accepts<ArticleBySlugQueryResult, ArticleInput>>,
  Expect<Accepts<Item<ArticleListQueryResult>, z.input<typeof articleSummarySchema>>>,
  Expect<Accepts<Item<ArticleSlugsQueryResult>, z.input<typeof articleSlugSchema>>>,
  Expect<Accepts<Item<BenefitsQueryResult>, z.input<typeof benefitSchema>>>,
  Expect<Accepts<Item<ClinicsQueryResult>, z.input<typeof clinicSchema>>>,
  Expect<Accepts<HomePageQueryResult, z.input<typeof homePageSchema>>>,
  Expect<Accepts<SiteSettingsQueryResult, z.input<typeof siteSettingsSchema>>>,
  Expect<Accepts<SiteChromeQueryResult, z.input<typeof siteChromeSchema>>>,
  Expect<Accepts<JoinedSitemap, z.input<typeof sitemapSchema>>>,
  Expect<Accepts<Item<TopicsQueryResult>, z.input<typeof articleTopicSchema>>>,
  Expect<Accepts<Item<SearchTextPageQueryResult>, z.input<typeof searchTextSchema>>>,
  // articleSearchQuery is not checked here: TypeGen types a `score()` pipeline as `never[]`. Its `article`
  // projection is articleSummaryFields, checked through articleListQuery above.
];
