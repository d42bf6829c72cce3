import type { Geometry, Point } from 'geojson';
import { gazLine, gazPoint, gazRegion, lonLatOf } from './gazetteer';
import {
  SYUNIK_BOUNDARY_EVIDENCE,
  arasCorridorGeometry,
  btcGeometry,
  nakhchivanGeometry,
  syunikGeometry,
  trippGeometry,
  zangezurGeometry,
} from './geometry';
import type { LayerId } from './layers';
import type { CuratedLink } from './passages';
import type { DatedFact, Kind, Precision, Status } from './schema';

/**
 * The catalogue: every place on the map, in our own words, with the gazetteer's sources.
 * Ids are a public contract (deep links, the download): never rename one.
 */
export interface PlaceSpec {
  id: string;
  name: string;
  aliases: string[];
  layer: LayerId;
  kind: Kind;
  precision: Precision;
  precisionReason: string;
  summary: string;
  dates: DatedFact[];
  status?: Status;
  geometry: () => Geometry;
  sources: string[];
  /** Phrases that name the place in the articles. */
  match: string[];
  curated?: CuratedLink[];
  officialLength?: { text: string; km: number | null };
  officialAreaKm2?: number;
}

const NATURAL_EARTH = 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/';
const WORLD_ATLAS = 'https://github.com/topojson/world-atlas';

const point = (id: string): (() => Point) => () => ({ type: 'Point', coordinates: lonLatOf(id) });
const pointAt = (lonLat: [number, number]): (() => Point) => () => ({ type: 'Point', coordinates: lonLat });

/** Source URLs of gazetteer entries, de-duplicated, in order. */
function sourcesOf(...refs: string[]): string[] {
  const urls = refs.flatMap((ref) => {
    const [kind, id] = ref.split(':') as [string, string];
    if (kind === 'point') return gazPoint(id).sources;
    if (kind === 'line') return gazLine(id).sources;
    return gazRegion(id).sources;
  });
  return [...new Set(urls)];
}

export const PLACES: PlaceSpec[] = [
  // ── Regions ──────────────────────────────────────────────────────────────
  {
    id: 'nakhchivan',
    name: 'Nakhchivan',
    aliases: ['Nakhichevan', 'Naxçıvan', 'Нахичевань', 'Նախիջևան', 'Nakhchivan Autonomous Republic'],
    layer: 'nakhchivan',
    kind: 'region',
    precision: 'exact',
    precisionReason:
      "Azerbaijan's own polygon in Natural Earth's 1:10m boundaries, not drawn by hand; generalised at that scale, so its area is smaller than the official figure.",
    summary:
      "Azerbaijan's exclave between Armenia, Iran and Turkey: an autonomous republic since 17 Nov 1990 (an ASSR from 9 Feb 1924), 5,503 km² with about 460,000 people (2020). It borders Armenia for 221 km and Iran for 179 km along the Aras, and touches Turkey. Every corridor plan in the articles — Zangezur, TRIPP, Aras — is about linking it to mainland Azerbaijan.",
    dates: [
      { date: '1924-02-09', label: 'Nakhchivan ASSR established' },
      { date: '1990-11-17', label: 'Autonomous republic' },
    ],
    geometry: nakhchivanGeometry,
    sources: [...sourcesOf('region:nakhchivan_ar', 'point:nakhchivan_city'), NATURAL_EARTH, WORLD_ATLAS],
    match: ['Nakhchivan', 'Nakhichevan'],
    officialAreaKm2: 5502.75,
  },
  {
    id: 'syunik',
    name: 'Syunik',
    aliases: ['Syunik Province', 'Սյունիք', 'Siunik', 'Zangezur (historical name of the region)'],
    layer: 'syunik',
    kind: 'region',
    precision: 'approximate',
    precisionReason:
      "Armenia's Natural Earth outline cut along a northern boundary we authored between villages sourced on either side (Gorayk and Sisian in Syunik; Herher, Gndevaz, Kechut and Jermuk in Vayots Dzor); no published coordinate lies on the boundary itself.",
    summary:
      "Armenia's southernmost province: 4,506 km², capital Kapan, 141,771 people (2011). The whole 44-km Armenia–Iran border along the Aras lies in it, and so does every proposed route between mainland Azerbaijan and Nakhchivan; Azerbaijani and Turkish officials call the area Zangezur. A first joint exercise of Armenia's army and Iran's IRGC took place on this border in April 2025; reports of Iranian troops stationed here are not confirmed.",
    dates: [
      { date: '2021-12-29', label: "Iran approves a consulate general in Kapan" },
      { date: '2025-01-01', label: 'Armenian guards join Russian guards on the Iran border' },
      { date: '2025-04', label: 'First joint Armenian army–IRGC exercise on the border' },
    ],
    geometry: syunikGeometry,
    sources: [
      ...sourcesOf('region:syunik', 'point:kapan', 'point:goris', 'point:meghri'),
      ...[...SYUNIK_BOUNDARY_EVIDENCE.syunikSide, ...SYUNIK_BOUNDARY_EVIDENCE.vayotsDzorSide].map((e) => encodeURI(e.source)),
      NATURAL_EARTH,
    ],
    match: ['Syunik'],
    curated: [
      {
        article: 'souleimanov-2024',
        paragraph: 15,
        quote: 'a strip of land in southernmost Armenia along the Iranian-Armenian border',
        why: 'The strip described is the south of Syunik, through which the corridor would run.',
      },
    ],
    officialAreaKm2: 4506,
  },
  {
    id: 'karabakh',
    name: 'Karabakh',
    aliases: ['Nagorno-Karabakh', 'Former Nagorno-Karabakh Autonomous Oblast', 'Artsakh', 'Արցախ', 'Qarabağ', 'Карабах', 'Khankendi', 'Stepanakert'],
    layer: 'karabakh',
    kind: 'region',
    precision: 'approximate',
    precisionReason:
      "Marked at Khankendi/Stepanakert, the former capital (GeoNames); the oblast's boundary is not in Natural Earth and only a rough, unsourced extent exists, so none is drawn.",
    summary:
      'The former Nagorno-Karabakh Autonomous Oblast (1923–1991, 4,388 km²), fought over in the First Karabakh War of 1992–94 and the 44-day Second Karabakh War of 2020. Azerbaijan’s offensive of 19–20 Sept 2023 ended the de facto republic, which dissolved on 1 Jan 2024, and about 100,000 Armenians fled. Russian peacekeepers, deployed on 10 Nov 2020, had left by 12 Jun 2024.',
    dates: [
      { date: '1923-07-07', label: 'Autonomous oblast established' },
      { date: '1991-11-26', label: 'Oblast abolished by Azerbaijan' },
      { date: '2020-11-10', label: 'Ceasefire; Russian peacekeepers deployed' },
      { date: '2023-09-19', label: 'Azerbaijani offensive begins' },
      { date: '2024-01-01', label: 'De facto republic dissolved' },
      { date: '2024-06-12', label: 'Peacekeepers’ withdrawal complete' },
    ],
    geometry: point('khankendi'),
    sources: sourcesOf('region:nkao', 'point:khankendi'),
    match: ['Karabakh'],
  },
  {
    id: 'shusha-declaration',
    name: 'Shusha Declaration',
    aliases: ['Shusha Declaration on Allied Relations', 'Shusha', 'Shushi', 'Şuşa'],
    layer: 'karabakh',
    kind: 'event',
    precision: 'exact',
    precisionReason: "Shusha's town centre (GeoNames); the declaration was signed in the town.",
    summary:
      'Signed in Shusha by Aliyev and Erdoğan on 15 Jun 2021, seven months after Azerbaijan retook the town (8 Nov 2020). It promises mutual assistance if either state is attacked, was ratified in February 2022 and mentions opening the "Zangezur corridor". Souleimanov notes that its text stops short of alliance-like guarantees.',
    dates: [
      { date: '2020-11-08', label: 'Azerbaijan retakes Shusha' },
      { date: '2021-06-15', label: 'Declaration signed' },
      { date: '2022-02', label: 'Ratified' },
    ],
    geometry: point('shusha'),
    sources: sourcesOf('point:shusha'),
    match: ['Shusha Declaration', 'Shusha', 'declaration'],
  },

  // ── Corridors ────────────────────────────────────────────────────────────
  {
    id: 'zangezur-corridor',
    name: 'Zangezur corridor',
    aliases: ['Zangezur route', 'Nakhchivan corridor', 'Meghri corridor', 'Syunik corridor'],
    layer: 'zangezur',
    kind: 'route',
    status: 'proposed',
    precision: 'schematic',
    precisionReason:
      "Drawn 1.2 km north of Natural Earth's Aras line between sourced towns (Horadiz, Aghband, Meghri, Ordubad, Julfa, Nakhchivan); no surveyed alignment is published.",
    summary:
      "A land link from mainland Azerbaijan to Nakhchivan through Armenia's Syunik along the north bank of the Aras, promoted by Azerbaijan and Turkey since the 2020 war and often envisaged without Armenian checkpoints; Armenia rejects 'corridor logic'. It follows the Soviet Alat–Julfa railway (opened 1941, cut from 1989). Azerbaijan laid the foundation of its 110.4-km Horadiz–Aghband leg on 14 Feb 2021; the Armenian segment is 42–45 km.",
    dates: [
      { date: '2021-02-14', label: 'Horadiz–Aghband railway begun' },
      { date: '2023-10', label: 'Russia’s Overchuk: Armenian segment 42 km of rail' },
      { date: '2025-08-08', label: 'Reframed as TRIPP at the White House' },
    ],
    geometry: zangezurGeometry,
    sources: sourcesOf('line:zangezur_corridor', 'point:horadiz', 'point:aghband', 'point:meghri', 'point:julfa'),
    match: ['Zangezur corridor', 'Zangezur'],
    curated: [
      {
        article: 'goyushov-2026',
        paragraph: 10,
        quote: 'connectivity initiatives such as the so-called TRIPP corridor, which could link Central Asia to Europe via the South Caucasus',
        why: 'TRIPP is the US-brokered form of the same route through Syunik.',
      },
    ],
    officialLength: { text: 'Armenian segment 42 km (Overchuk, Oct 2023) or 45 km (Grigoryan); no official total', km: null },
  },
  {
    id: 'tripp-route',
    name: 'TRIPP — Trump Route for International Peace and Prosperity',
    aliases: ['TRIPP', 'Trump Route', 'TRIPP corridor'],
    layer: 'tripp',
    kind: 'route',
    status: 'planned',
    precision: 'schematic',
    precisionReason:
      'The Armenian part of the Zangezur alignment drawn here; Armenian officials say the restored Soviet railway along the Iran border defines the rail route, but no alignment is published.',
    summary:
      "Announced at the White House on 8 Aug 2025 in a declaration signed by Aliyev, Pashinyan and Trump: Armenia ensures unhindered transit between mainland Azerbaijan and Nakhchivan through Syunik. Under the framework of 13 Jan 2026 a company 74% US and 26% Armenian builds and runs rail, road, energy and digital links for 49 years (extendable by 50), while the land stays Armenian, with Armenian border control and customs.",
    dates: [
      { date: '2025-08-08', label: 'Announced at the White House' },
      { date: '2026-01-13', label: 'Implementation framework signed' },
    ],
    geometry: trippGeometry,
    sources: sourcesOf('line:tripp'),
    match: ['TRIPP'],
    officialLength: { text: 'about 42–45 km (Armenian rail segment, per officials); TRIPP has no official length', km: null },
  },
  {
    id: 'aras-corridor',
    name: 'Aras corridor',
    aliases: ['Araz corridor', 'Araxes', 'Araz road corridor', 'Aghband–Kalaleh–Jolfa route'],
    layer: 'aras',
    kind: 'route',
    status: 'under-construction',
    precision: 'schematic',
    precisionReason:
      "Drawn 1.2 km south of Natural Earth's Aras line; the Iranian-bank waypoints (Kalaleh, Nurduz, opposite Ordubad) are estimated, not sourced.",
    summary:
      "Iran's alternative to a route through Armenia: from Aghband across the Aras to Kalaleh, along the Iranian bank to Jolfa, and over the bridge to Julfa in Nakhchivan. A memorandum of 11 Mar 2022 set out a 55-km highway, four bridges and border posts; ground was broken on the Aghband road bridge on 6 Oct 2023. Iranian media said the bridge opened in May 2024 — not verified.",
    dates: [
      { date: '2022-03-11', label: 'Memorandum signed' },
      { date: '2023-10-06', label: 'Ground broken on the Aghband bridge' },
    ],
    geometry: arasCorridorGeometry,
    sources: sourcesOf('line:aras_corridor', 'point:aghband', 'point:julfa'),
    match: ['Aras corridor', 'Aras River'],
    officialLength: { text: '55 km (highway in Iran, per the 2022 memorandum)', km: 55 },
  },

  // ── Energy ───────────────────────────────────────────────────────────────
  {
    id: 'btc-pipeline',
    name: 'Baku–Tbilisi–Ceyhan (BTC) pipeline',
    aliases: ['BTC', 'Baku-Tbilisi-Ceyhan', 'Baku–Tbilisi–Ceyhan oil pipeline'],
    layer: 'btc',
    kind: 'pipeline',
    status: 'operating',
    precision: 'schematic',
    precisionReason:
      'Straight segments between 20 towns near the route, not the surveyed trace; beyond Erzincan (Sivas, Göksun, Kozan) the points are indicative only.',
    summary:
      'A buried oil pipeline from the Sangachal terminal near Baku through Georgia to Ceyhan on the Mediterranean, bypassing Russia and Iran: 443 km in Azerbaijan, 249 km in Georgia, 1,076 km in Turkey. First oil was pumped on 10 May 2005 and the first tanker loaded at Ceyhan on 2 Jun 2006; it carries 1.2 million barrels a day. Azerbaijani crude for Israel leaves from Ceyhan by tanker.',
    dates: [
      { date: '1999-11', label: 'Intergovernmental agreement (Istanbul)' },
      { date: '2005-05-10', label: 'First oil pumped at Sangachal' },
      { date: '2006-06-02', label: 'First tanker loaded at Ceyhan' },
      { date: '2006-07-13', label: 'Official inauguration' },
    ],
    geometry: btcGeometry,
    sources: sourcesOf('line:btc_pipeline'),
    match: ['Baku-Tbilisi-Ceyhan', 'BTC'],
    curated: [
      {
        article: 'goyushov-2026',
        paragraph: 6,
        quote: 'Azerbaijan has been one of Israel\'s key energy suppliers, providing a significant share of its oil imports',
        why: 'Azerbaijani oil reaches Israel through BTC and the tanker terminal at Ceyhan.',
      },
      {
        article: 'souleimanov-2024',
        paragraph: 5,
        quote: 'a large share of its oil comes from Azerbaijan',
        why: 'Oil shipments to Israel, which leave Azerbaijan through BTC.',
      },
      {
        article: 'souleimanov-2024',
        paragraph: 18,
        quote: 'More than 40 percent of Israel’s consumption is made up of Azerbaijani sources. For Baku, shipping oil to Israel has been a viable option for diversifying its exports.',
        why: 'Oil shipments to Israel, which leave Azerbaijan through BTC.',
      },
      {
        article: 'souleimanov-2024',
        paragraph: 34,
        quote: 'Baku reportedly shipped a tanker containing more than a million barrels of crude to Israel’s port of Eilat after Hamas attacked the country’s Ashkelon port.',
        why: 'The tanker loaded at Ceyhan, the pipeline’s Mediterranean end (October 2023).',
      },
    ],
    officialLength: { text: '1,768 km (BP); the Georgian National Encyclopedia gives 1,776 km', km: 1768 },
  },
  {
    id: 'sangachal-terminal',
    name: 'Sangachal terminal',
    aliases: ['Sangachal', 'Səngəçal'],
    layer: 'energy',
    kind: 'site',
    precision: 'approximate',
    precisionReason: "Position from Wikipedia's header; the facility spans 5–7 km² and the page's own map marker differs by about 2 km.",
    summary:
      'BP’s terminal 55 km south of Baku, where oil and gas from Azerbaijan’s Caspian offshore fields come ashore and the head pump station of the BTC pipeline; it can process 1.2 million barrels of oil a day. Construction of BTC began here in September 2002.',
    dates: [
      { date: '2002-09', label: 'BTC groundbreaking' },
      { date: '2005-05-10', label: 'First oil into BTC' },
    ],
    geometry: point('sangachal'),
    sources: sourcesOf('point:sangachal'),
    match: ['Sangachal'],
    curated: [
      {
        article: 'souleimanov-2024',
        paragraph: 8,
        quote: 'strategic oil and natural-gas pipelines were built and became operational by the early 2000s, connecting Azerbaijan’s Caspian offshore fields via Georgia and Turkey with Western markets',
        why: 'The offshore fields’ oil and gas land at Sangachal, where the pipelines begin.',
      },
    ],
  },
  {
    id: 'ceyhan-terminal',
    name: 'Ceyhan marine terminal',
    aliases: ['Ceyhan', 'Haydar Aliyev terminal', 'Yumurtalık'],
    layer: 'energy',
    kind: 'site',
    precision: 'approximate',
    precisionReason: "Coordinates of the adjacent BOTAŞ Kirkuk–Ceyhan terminal on the same coast; the BTC jetty's own position was not found.",
    summary:
      'The BTC pipeline’s end on Turkey’s Mediterranean coast: the first crude arrived on 28 May 2006 and the terminal was inaugurated on 13 Jul 2006; its jetty loads two 300,000-tonne tankers at once. On 21 Oct 2023 the tanker Seaviolet left here with more than a million barrels of Azerbaijani crude bound for Eilat.',
    dates: [
      { date: '2006-05-28', label: 'First crude arrives' },
      { date: '2023-10-21', label: 'Tanker leaves for Eilat' },
    ],
    geometry: point('ceyhan_terminal'),
    sources: sourcesOf('point:ceyhan_terminal'),
    match: ['Ceyhan'],
  },
  {
    id: 'eilat-port',
    name: 'Port of Eilat',
    aliases: ['Eilat', 'Eilat–Ashkelon pipeline terminal'],
    layer: 'energy',
    kind: 'site',
    precision: 'approximate',
    precisionReason: 'Position of the commercial port (Polish Wikipedia); the oil jetties are a separate terminal on the same shore, not located.',
    summary:
      "Israel's Red Sea port and the southern end of the 254-km Eilat–Ashkelon oil pipeline, built in 1968 as an Israel–Iran joint venture. In October 2023, with Ashkelon shut by rocket fire, a tanker carrying more than a million barrels of Azerbaijani crude from Ceyhan was routed here.",
    dates: [{ date: '2023-10', label: 'Azerbaijani crude routed here' }],
    geometry: point('port_eilat'),
    sources: sourcesOf('point:port_eilat'),
    match: ['Eilat'],
  },

  // ── Embassies ────────────────────────────────────────────────────────────
  {
    id: 'iran-embassy-baku',
    name: 'Embassy of Iran, Baku',
    aliases: ['Iranian embassy in Baku'],
    layer: 'embassies',
    kind: 'site',
    precision: 'approximate',
    precisionReason: "Placeholder at Baku's city centre (GeoNames): the embassy's address was not found in any source.",
    summary:
      'On 4 Mar 2026 President Aliyev came here to sign the book of condolence for Supreme Leader Ali Khamenei, killed in the US–Israeli strikes of 28 Feb — the day before the drone strike on Nakhchivan. On 8 Mar President Pezeshkian thanked him by phone for the visit and said the strike was not connected with Iran.',
    dates: [
      { date: '2026-03-04', label: 'Aliyev offers condolences' },
      { date: '2026-03-08', label: 'Pezeshkian thanks Aliyev' },
    ],
    geometry: point('iran_embassy_baku'),
    sources: sourcesOf('point:iran_embassy_baku'),
    match: ['Iranian embassy'],
  },
  {
    id: 'israel-embassy-baku',
    name: 'Embassy of Israel, Baku',
    aliases: ['Israeli embassy in Baku'],
    layer: 'embassies',
    kind: 'site',
    precision: 'approximate',
    precisionReason:
      "Placeholder at Baku's city centre: an undated list gives Hyatt Tower 3, Izmir Street 1033, but the building's coordinates and current address are not confirmed.",
    summary:
      'Israel opened its embassy in Baku in August 1993. After the Hamas attack of 7 Oct 2023, Azerbaijanis left flowers, candles and toys at its gates — more than 1,000 visitors in five days.',
    dates: [
      { date: '1993-08', label: 'Embassy opens' },
      { date: '2023-10', label: 'Flowers at the gates after 7 October' },
    ],
    geometry: point('israel_embassy_baku'),
    sources: sourcesOf('point:israel_embassy_baku'),
    match: ['Israeli embassy'],
  },
  {
    id: 'azerbaijan-embassy-tel-aviv',
    name: 'Embassy of Azerbaijan, Tel Aviv',
    aliases: ['Azerbaijani embassy in Israel'],
    layer: 'embassies',
    kind: 'site',
    precision: 'approximate',
    precisionReason: "Placeholder at Tel Aviv's city centre (GeoNames): the street address was not found.",
    summary:
      'Inaugurated on 29 Mar 2023 by the foreign ministers Jeyhun Bayramov and Eli Cohen: the first embassy in Israel of a Shia-majority state. Azerbaijan’s parliament approved it on 18 Nov 2022, and Mukhtar Mammadov was appointed the first ambassador in January 2023.',
    dates: [
      { date: '2022-11-18', label: 'Parliament approves the embassy' },
      { date: '2023-01', label: 'First ambassador appointed' },
      { date: '2023-03-29', label: 'Embassy inaugurated' },
    ],
    geometry: point('aze_embassy_tel_aviv'),
    sources: sourcesOf('point:aze_embassy_tel_aviv'),
    match: ['embassy in Tel Aviv'],
    curated: [
      {
        article: 'souleimanov-2024',
        paragraph: 19,
        quote:
          'In an unprecedented move, Azerbaijan appointed its first-ever ambassador to Israel in 2023, a formal act it had refrained from for more than three decades to avoid antagonizing Muslim states, particularly Iran.',
        why: 'The ambassador heads the embassy in Tel Aviv.',
      },
    ],
  },
  {
    id: 'azerbaijan-embassy-tehran',
    name: 'Embassy of Azerbaijan, Tehran',
    aliases: ['Azerbaijani embassy in Tehran'],
    layer: 'embassies',
    kind: 'site',
    precision: 'approximate',
    precisionReason: "Placeholder at Tehran's city centre (GeoNames): the gazetteer has no position for the embassy building.",
    summary:
      'In January 2023 a gunman attacked the embassy and killed a security officer. Baku implicitly blamed Tehran; each side then expelled four of the other’s diplomats, and by mid-2023 relations were in full crisis (as Souleimanov recounts).',
    dates: [{ date: '2023-01', label: 'Gunman attacks the embassy' }],
    geometry: point('tehran'),
    sources: sourcesOf('point:tehran'),
    match: ['embassy in Tehran'],
  },
  {
    id: 'iran-consulate-kapan',
    name: 'Consulate General of Iran, Kapan',
    aliases: ['Iranian consulate in Syunik', 'Iran consulate Kapan'],
    layer: 'embassies',
    kind: 'site',
    precision: 'approximate',
    precisionReason: "Placeholder at Kapan's town centre (GeoNames): the consulate's address is not sourced.",
    summary:
      "Iran's government approved a consulate general in Kapan, Syunik's capital, on 29 Dec 2021 — a diplomatic signal of support for Armenia's territorial integrity while Baku pressed for the Zangezur corridor.",
    dates: [{ date: '2021-12-29', label: 'Consulate approved by Iran' }],
    geometry: point('kapan'),
    sources: sourcesOf('point:kapan'),
    match: ['consulate'],
  },

  // ── Strikes ──────────────────────────────────────────────────────────────
  {
    id: 'nakhchivan-drone-strike',
    name: 'Drone strike on Nakhchivan airport',
    aliases: ['Nakhchivan International Airport', 'NAJ', 'Iranian drone strike on Nakhchivan'],
    layer: 'strikes',
    kind: 'event',
    precision: 'exact',
    precisionReason: "The airport's reference point (German Wikipedia infobox); the terminal that was hit is on the airport.",
    summary:
      'Around noon on 5 Mar 2026 drones launched from Iran hit the terminal of Nakhchivan International Airport, about 10 km from the Iranian border; a second drone fell near a school in Shakarabad. Azerbaijan reported two civilians injured (an NGO later said four) and summoned Iran’s ambassador; Iran denied involvement.',
    dates: [{ date: '2026-03-05', label: 'Drone strike' }],
    geometry: point('nakhchivan_airport'),
    sources: sourcesOf('point:nakhchivan_airport'),
    match: ['drone strike', 'drone attack'],
    curated: [
      {
        article: 'goyushov-2026',
        paragraph: 2,
        quote: 'In response, Aliyev delivered a speech in which he accused Iran in very harsh terms.',
        why: 'Aliyev’s response to the strike.',
      },
      {
        article: 'souleimanov-2024',
        paragraph: 27,
        quote:
          'If the Islamic Republic or its proxies escalate the conflict, the theocratic regime could conduct attacks against what it may see as a soft target in Azerbaijan',
        why: 'Written in 2024: anticipates an Iranian strike on Azerbaijan.',
      },
      {
        article: 'souleimanov-2024',
        paragraph: 35,
        quote: 'Tehran could be prompted to carry out strikes against Israel’s perceived assets across the region, including in Azerbaijan.',
        why: 'Written in 2024: anticipates Iranian strikes in Azerbaijan.',
      },
    ],
  },
  {
    id: 'ashkelon-port',
    name: 'Port of Ashkelon',
    aliases: ['Ashkelon', 'Ashkelon oil terminal', 'EAPC terminal'],
    layer: 'strikes',
    kind: 'event',
    precision: 'exact',
    precisionReason: 'Published position of the port (Polish Wikipedia).',
    summary:
      'The Europe-Asia Pipeline Co. oil port 2 km south-west of Ashkelon, just over 10 km from the Gaza border and the northern end of the Eilat–Ashkelon pipeline. The port and terminal were shut on 9 Oct 2023 under Hamas rocket fire, and Azerbaijani crude was rerouted to Eilat.',
    dates: [{ date: '2023-10-09', label: 'Shut under rocket fire' }],
    geometry: point('port_ashkelon'),
    sources: sourcesOf('point:port_ashkelon'),
    match: ['Ashkelon'],
  },
  {
    id: 'tamar-gas-field',
    name: 'Tamar gas field',
    aliases: ['Tamar', 'Tamar platform'],
    layer: 'strikes',
    kind: 'event',
    precision: 'approximate',
    precisionReason:
      "The field's coordinates are sourced, but the likely target — the Tamar platform about 24 km off Ashdod/Ashkelon — is not located, and no source confirms that fire hit either.",
    summary:
      'Israel’s offshore gas field, producing since 30 Mar 2013, 80–90 km west of Haifa; its gas is piped to the Tamar platform off southern Israel. Israel had it shut as a precaution on 9 Oct 2023 and ordered a restart on 9 Nov. Souleimanov writes of Hamas shelling the field; no source found confirms a hit. On 29 Oct 2023 Israel picked SOCAR, BP and NewMed for offshore exploration licences.',
    dates: [
      { date: '2023-10-09', label: 'Shut as a precaution' },
      { date: '2023-10-29', label: 'SOCAR among licence winners' },
      { date: '2023-11-09', label: 'Restart ordered' },
    ],
    geometry: point('tamar_field'),
    sources: sourcesOf('point:tamar_field'),
    match: ['Tamar'],
  },
  {
    id: 'nerkin-hand-clash',
    name: 'Nerkin Hand border clash',
    aliases: ['Nerkin Hand', 'Nerqin Hand'],
    layer: 'strikes',
    kind: 'event',
    precision: 'approximate',
    precisionReason: 'ESTIMATED from descriptions (±5 km): no published coordinate for the village was found.',
    summary:
      'On 13 Feb 2024 Azerbaijani fire on Armenian positions near Nerkin Hand — a village of 82 people in Syunik’s Kapan municipality, a few hundred metres from the border — killed four Armenian soldiers and wounded one (Armenian defence and foreign ministries).',
    dates: [{ date: '2024-02-13', label: 'Four Armenian soldiers killed' }],
    geometry: point('nerkin_hand'),
    sources: sourcesOf('point:nerkin_hand'),
    match: ['four Armenian soldiers', 'Nerkin Hand'],
  },

  // ── Other places the articles discuss ───────────────────────────────────
  {
    id: 'nardaran',
    name: 'Nardaran',
    aliases: ['Nardaran township', 'Absheron peninsula'],
    layer: 'context',
    kind: 'event',
    precision: 'exact',
    precisionReason: "The township's centre (English Wikipedia infobox, 40°33′22″N 50°00′20″E); not in the gazetteer.",
    summary:
      'A township on the Absheron peninsula north of Baku, known for its conservative Shia community. In the 2015 clashes between worshippers and police at least six people were killed; Souleimanov cites them as the most notorious case of Iranian interference in Azerbaijan.',
    dates: [{ date: '2015', label: 'Clashes between worshippers and police' }],
    geometry: pointAt([50.00556, 40.55611]),
    sources: ['https://wikiwand.com/en/articles/Nardaran', 'https://sco.m.wikipedia.org/wiki/Nardaran'],
    match: ['Nardaran'],
  },
  {
    id: 'south-azerbaijan',
    name: "Iran's Azerbaijani provinces",
    aliases: ['South Azerbaijan', 'Iranian Azerbaijan', 'East Azerbaijan', 'West Azerbaijan', 'Tabriz'],
    layer: 'context',
    kind: 'region',
    precision: 'approximate',
    precisionReason:
      "Marked at Tabriz, capital of East Azerbaijan province (GeoNames); the provinces' boundaries are not in Natural Earth's country data and are not drawn.",
    summary:
      "Iran's north-western provinces of East and West Azerbaijan, home to most of Iran's Azerbaijanis — more than 20 million, twice the population of the Republic of Azerbaijan, per Souleimanov. Some in Baku call the area 'South Azerbaijan'; Tehran reads such talk as irredentism. Azerbaijan keeps a consulate general in Tabriz.",
    dates: [{ date: '2023-05', label: 'Knesset members’ pledge on the Azerbaijani minority' }],
    geometry: point('tabriz'),
    sources: sourcesOf('point:tabriz'),
    match: [
      'South Azerbaijan',
      'East Azerbaijan',
      'West Azerbaijan',
      'Iranian Azerbaijanis',
      'Azerbaijani minority',
      'northern territories',
      'Turkic-majority border region',
    ],
  },
];
