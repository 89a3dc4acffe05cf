// An image field: its projection and its schema. The asset reference stays unresolved (it is what
// @sanity/image-url builds URLs from); the dimensions and the blur placeholder come from the asset document, so
// the site can reserve space.
import { z } from 'zod';
import { droppable } from '../validation/droppable.ts';
import { altTextProblem } from '../rules/text.ts';
import { ruleIssue } from '../rules/zod.ts';

export const imageFields = /* groq */ `
  asset,
  alt,
  hotspot,
  crop,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip
`;

const unitInterval = z.number().min(0).max(1);

const hotspotSchema = z.object({
  x: unitInterval,
  y: unitInterval,
  width: unitInterval,
  height: unitInterval,
});
const cropSchema = z.object({
  top: unitInterval,
  bottom: unitInterval,
  left: unitInterval,
  right: unitInterval,
});

// Hotspot and crop only refine how the image is cut; a broken one is dropped and the image shown uncropped.
const optionalTuning = <S extends z.ZodType>(schema: S) =>
  droppable(
    schema.nullish().transform((value): z.output<S> | undefined => value ?? undefined),
    null,
  );

/**
 * An image that can be rendered without layout shift and with alt text: an image without alt text or without
 * known dimensions is invalid (and, where it is optional, left out).
 */
export const sanityImageSchema = z.object({
  asset: z.object({
    _ref: z.string().regex(/^image-[A-Za-z0-9]+-\d+x\d+-[a-z0-9]+$/, 'must reference an image asset'),
  }),
  alt: z.string().superRefine(ruleIssue(altTextProblem)).transform((alt) => alt.trim()),
  hotspot: optionalTuning(hotspotSchema),
  crop: optionalTuning(cropSchema),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  lqip: droppable(
    z
      .string()
      .startsWith('data:image/')
      .nullish()
      .transform((value) => value ?? undefined),
    null,
  ),
});

export type SanityImage = z.output<typeof sanityImageSchema>;

/** An optional image: missing or invalid becomes null. */
export const optionalImage = () => droppable(sanityImageSchema.nullable(), null);
