// Draws the sample hero images from simple SVG shapes, so the dataset ships original artwork with no licence
// questions. Each file stays well under 60 KB (palette PNG).
// Run: npm run seed:images -w @clinic/studio
import sharp from 'sharp';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WIDTH = 1200;
const HEIGHT = 675;
const OUT_DIR = fileURLToPath(new URL('../seed/images/', import.meta.url));

interface Artwork {
  file: string;
  from: string;
  to: string;
  shapes: string;
}

const waves = (color: string, opacity: number, offset: number) =>
  `<path d="M0 ${420 + offset} C 300 ${340 + offset}, 600 ${500 + offset}, 1200 ${380 + offset} L1200 675 L0 675 Z" fill="${color}" fill-opacity="${opacity}"/>`;

const ARTWORKS: Artwork[] = [
  {
    file: 'chronic-pain.png',
    from: '#d9efe9',
    to: '#f3e6cf',
    shapes: waves('#2f7f73', 0.35, 0) + waves('#c9a46a', 0.35, 80),
  },
  {
    file: 'crps.png',
    from: '#fbf3ea',
    to: '#f5dcc4',
    shapes:
      '<path d="M520 560 L520 330 Q520 300 545 300 Q570 300 570 330 L570 250 Q570 220 595 220 Q620 220 620 250 L620 240 Q620 210 645 210 Q670 210 670 240 L670 270 Q670 240 695 240 Q720 240 720 270 L720 470 Q720 560 640 560 Z" fill="none" stroke="#d0703a" stroke-width="10" stroke-linejoin="round"/>',
  },
  {
    file: 'depression.png',
    from: '#eaf1fb',
    to: '#fdf1de',
    shapes:
      '<circle cx="600" cy="430" r="110" fill="#f7c97e" fill-opacity="0.8"/>' +
      waves('#5b7db1', 0.55, 40) +
      waves('#2e4a7a', 0.6, 130),
  },
  {
    file: 'ect-trial.png',
    from: '#eef3f8',
    to: '#fff7e8',
    shapes:
      Array.from({ length: 10 }, (_, i) => {
        const x = 140 + i * 95;
        const spread = 150 - i * 14;
        return `<circle cx="${x}" cy="${337 - spread}" r="14" fill="#3c6e9f"/><circle cx="${x}" cy="${337 + spread}" r="14" fill="#d08a3c"/>`;
      }).join('') + '<circle cx="1100" cy="337" r="60" fill="#fde7b0"/>',
  },
  {
    file: 'suicidal-thoughts.png',
    from: '#1f2f57',
    to: '#34507e',
    shapes:
      '<circle cx="600" cy="360" r="150" fill="#f6d38b" fill-opacity="0.25"/><rect x="555" y="300" width="90" height="130" rx="16" fill="#f6d38b"/><rect x="575" y="270" width="50" height="30" rx="8" fill="#c9a45a"/>',
  },
  {
    file: 'side-effects.png',
    from: '#eef7ee',
    to: '#e3efe6',
    shapes:
      '<rect x="430" y="130" width="340" height="440" rx="24" fill="#ffffff" stroke="#5c8f6a" stroke-width="8"/>' +
      [0, 1, 2]
        .map((i) => {
          const y = 220 + i * 110;
          return `<rect x="480" y="${y}" width="50" height="50" rx="8" fill="none" stroke="#5c8f6a" stroke-width="6"/><path d="M490 ${y + 25} L503 ${y + 38} L522 ${y + 12}" stroke="#3d7a4f" stroke-width="7" fill="none"/><rect x="560" y="${y + 18}" width="160" height="14" rx="7" fill="#b9d4bf"/>`;
        })
        .join(''),
  },
  {
    file: 'dependence.png',
    from: '#f1edf7',
    to: '#e5deef',
    shapes:
      Array.from(
        { length: 12 },
        (_, i) => `<line x1="${i * 100}" y1="0" x2="${i * 100}" y2="675" stroke="#cfc4e0" stroke-width="2"/>`,
      ).join('') +
      '<path d="M520 320 L520 250 Q520 180 600 180 Q680 180 680 250 L680 320" fill="none" stroke="#6b5a8e" stroke-width="22"/><rect x="480" y="320" width="240" height="190" rx="20" fill="#6b5a8e"/><circle cx="600" cy="400" r="20" fill="#efe9f7"/>',
  },
  {
    file: 'anxiety.png',
    from: '#e4f2ec',
    to: '#d3e9df',
    shapes: [60, 120, 190, 270, 360]
      .map(
        (r, i) =>
          `<ellipse cx="600" cy="360" rx="${r * 1.6}" ry="${r * 0.55}" fill="none" stroke="#3f8a6c" stroke-opacity="${0.7 - i * 0.12}" stroke-width="6"/>`,
      )
      .join(''),
  },
  {
    file: 'monitoring.png',
    from: '#e8f1fb',
    to: '#dbe8f6',
    shapes:
      '<path d="M0 380 L380 380 L430 300 L480 460 L530 250 L580 420 L620 380 L1200 380" fill="none" stroke="#2f6db3" stroke-width="10" stroke-linejoin="round"/>',
  },
  {
    file: 'cost.png',
    from: '#f7f3ea',
    to: '#e9e6df',
    shapes: [0, 1, 2]
      .map(
        (i) =>
          `<rect x="${420 + i * 40}" y="${220 + i * 70}" width="360" height="180" rx="28" fill="#b8974f" fill-opacity="${0.25 + i * 0.2}"/>`,
      )
      .join(''),
  },
  {
    file: 'alternatives.png',
    from: '#eef6ec',
    to: '#dcecd8',
    shapes:
      '<path d="M600 620 L600 400 M600 400 L360 160 M600 400 L600 120 M600 400 L840 160" fill="none" stroke="#4f8a4a" stroke-width="12" stroke-linecap="round"/>',
  },
  {
    file: 'session.png',
    from: '#eef3fa',
    to: '#f8f1e3',
    shapes:
      '<rect x="760" y="120" width="260" height="320" rx="16" fill="#fff6d8" fill-opacity="0.9"/><path d="M260 520 L300 360 Q310 320 350 330 L560 380 Q600 390 600 430 L600 520 Z" fill="none" stroke="#3b6fa8" stroke-width="12" stroke-linejoin="round"/>',
  },
  {
    file: 'ptsd.png',
    from: '#f1efe9',
    to: '#e2ded4',
    shapes:
      '<path d="M200 560 L520 500 L600 560 L700 490 L1000 560" fill="none" stroke="#8d8576" stroke-width="8"/><path d="M600 560 Q590 420 620 330" fill="none" stroke="#4f8a4a" stroke-width="10" stroke-linecap="round"/><path d="M620 330 Q700 300 720 240 Q650 250 620 330 Z M612 380 Q540 350 520 300 Q590 310 612 380 Z" fill="#6aa764"/>',
  },
];

function svg(artwork: Artwork): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${artwork.from}"/><stop offset="1" stop-color="${artwork.to}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>${artwork.shapes}</svg>`;
}

for (const artwork of ARTWORKS) {
  const target = `${OUT_DIR}${artwork.file}`;
  await sharp(Buffer.from(svg(artwork)))
    .png({ palette: true, colors: 24, dither: 0, compressionLevel: 9, effort: 10 })
    .toFile(target);
  const kilobytes = statSync(target).size / 1024;
  if (kilobytes >= 60)
    throw new Error(`${artwork.file} is ${kilobytes.toFixed(1)} KB; keep seed images under 60 KB`);
  console.log(`${artwork.file}: ${kilobytes.toFixed(1)} KB`);
}
