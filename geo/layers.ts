/**
 * The atlas's layers: their public ids (a URL and download contract), labels and groups.
 * The map styles, the layer panel and the `?layers=` parameter all read this one list.
 */
export const LAYERS = [
  { id: 'nakhchivan', label: 'Nakhchivan', group: 'Regions', description: 'The Nakhchivan exclave of Azerbaijan' },
  { id: 'syunik', label: 'Syunik', group: 'Regions', description: "Armenia's southern province" },
  { id: 'karabakh', label: 'Karabakh', group: 'Regions', description: 'Former Nagorno-Karabakh, Shusha and the Lachin corridor' },
  { id: 'zangezur', label: 'Zangezur corridor', group: 'Corridors', description: 'Proposed route along the Aras through Armenia' },
  { id: 'aras', label: 'Aras corridor', group: 'Corridors', description: "Route along the Aras's Iranian bank" },
  { id: 'tripp', label: 'TRIPP', group: 'Corridors', description: 'Trump Route, Armenian segment' },
  { id: 'btc', label: 'BTC pipeline', group: 'Energy', description: 'Baku–Tbilisi–Ceyhan oil pipeline' },
  { id: 'energy', label: 'Other energy', group: 'Energy', description: 'Other pipelines, terminals, ports and fields' },
  { id: 'wars', label: 'Wars & attacks', group: 'Conflicts', description: 'The wars and attacks the articles are written around' },
  { id: 'strikes', label: 'Strikes & threats', group: 'Conflicts', description: 'Strike sites: confirmed attacks, and sites threatened or shut as a precaution' },
  { id: 'drills', label: 'Military drills', group: 'Conflicts', description: 'Iran’s drills on the Aras and the Turkish–Azerbaijani exercises that answered them' },
  {
    id: 'held-ground',
    label: 'Held border areas',
    group: 'Conflicts',
    description: 'Armenian territory Azerbaijani forces have held since 2021–22, in Armenia’s account; Baku says the border is not delimited',
  },
  { id: 'embassies', label: 'Embassies', group: 'Sites', description: 'Embassies and consulates in the articles' },
  { id: 'history', label: 'Historical parallels', group: 'Sites', description: 'Past episodes the articles compare the present with' },
  { id: 'context', label: 'Other places', group: 'Sites', description: 'Other places the articles discuss' },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];
export const LAYER_IDS = LAYERS.map((l) => l.id) as unknown as readonly [LayerId, ...LayerId[]];

/** The layers the issue tracker calls required: each must hold at least its required places. */
export const CORE_LAYER_IDS = ['nakhchivan', 'syunik', 'zangezur', 'aras', 'tripp', 'btc', 'embassies', 'strikes'] as const;

export const LAYER_GROUPS = ['Regions', 'Corridors', 'Energy', 'Conflicts', 'Sites'] as const;

/** The display label of a layer ("Aras corridor"). */
export function layerLabel(id: LayerId): string {
  return LAYERS.find((l) => l.id === id)!.label;
}

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
