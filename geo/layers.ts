/**
 * The atlas's layers: their public ids (a URL and download contract), labels and groups.
 * The map styles, the layer panel and the `?layers=` parameter all read this one list.
 */
export const LAYERS = [
  { id: 'nakhchivan', label: 'Nakhchivan', group: 'Regions', description: 'The Nakhchivan exclave of Azerbaijan' },
  { id: 'syunik', label: 'Syunik', group: 'Regions', description: "Armenia's southern province" },
  { id: 'karabakh', label: 'Karabakh', group: 'Regions', description: 'Former Nagorno-Karabakh and Shusha' },
  { id: 'zangezur', label: 'Zangezur corridor', group: 'Corridors', description: 'Proposed route along the Aras through Armenia' },
  { id: 'aras', label: 'Aras corridor', group: 'Corridors', description: "Route along the Aras's Iranian bank" },
  { id: 'tripp', label: 'TRIPP', group: 'Corridors', description: 'Trump Route, Armenian segment' },
  { id: 'btc', label: 'BTC pipeline', group: 'Energy', description: 'Baku–Tbilisi–Ceyhan oil pipeline' },
  { id: 'energy', label: 'Energy sites', group: 'Energy', description: 'Terminals, ports and fields' },
  { id: 'embassies', label: 'Embassies', group: 'Sites', description: 'Embassies and consulates in the articles' },
  { id: 'strikes', label: 'Strikes', group: 'Sites', description: 'Strikes, attacks and clashes' },
  { id: 'context', label: 'Other places', group: 'Sites', description: 'Other places the articles discuss' },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];
export const LAYER_IDS = LAYERS.map((l) => l.id) as unknown as readonly [LayerId, ...LayerId[]];

/** The layers the issue tracker calls required: each must hold at least its required places. */
export const CORE_LAYER_IDS = ['nakhchivan', 'syunik', 'zangezur', 'aras', 'tripp', 'btc', 'embassies', 'strikes'] as const;

export const LAYER_GROUPS = ['Regions', 'Corridors', 'Energy', 'Sites'] as const;

/** The display label of a layer ("Aras corridor"). */
export function layerLabel(id: LayerId): string {
  return LAYERS.find((l) => l.id === id)!.label;
}

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
