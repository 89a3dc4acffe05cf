// Projection for an image field. The asset reference stays unresolved (it is what @sanity/image-url builds URLs
// from); the dimensions and the blur placeholder come from the asset document, so the site can reserve space.
export const imageFields = /* groq */ `
  asset,
  alt,
  hotspot,
  crop,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip
`;
