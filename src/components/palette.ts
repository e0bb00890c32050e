import type { Modality, QuadClass } from '../model/bundle-schema.ts';

/** Cooperation in cool hues, conflict in warm ones; material darker than verbal. */
export const QUAD_COLOURS: Record<QuadClass, string> = {
  'verbal-cooperation': '#3b82f6',
  'material-cooperation': '#0f766e',
  'verbal-conflict': '#f59e0b',
  'material-conflict': '#dc2626',
};

export const QUAD_LABELS: Record<QuadClass, string> = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
};

// Categorical colours for outlets: distinct from the quad colours' meaning by being used only for outlets.
const OUTLET_COLOURS = ['#6366f1', '#db2777', '#059669', '#d97706', '#0284c7', '#7c3aed', '#65a30d', '#e11d48', '#0d9488', '#a16207', '#4f46e5', '#be185d'];

/** One stable colour per outlet, by its position in the bundle's outlet list (the same in every view). */
export function outletColour(outletIds: string[], outletId: string): string {
  const i = outletIds.indexOf(outletId);
  return i < 0 ? '#64748b' : OUTLET_COLOURS[i % OUTLET_COLOURS.length]!;
}

/** Modality is drawn by mark style, never by colour alone: solid, hollow, dashed, struck through. */
export const MODALITY_STYLE: Record<Modality, { fill: boolean; dash: string | null; strike: boolean; label: string }> = {
  occurred: { fill: true, dash: null, strike: false, label: 'occurred (solid)' },
  ongoing: { fill: true, dash: '2 2', strike: false, label: 'ongoing (solid, dotted edge)' },
  planned: { fill: false, dash: null, strike: false, label: 'planned (hollow)' },
  hypothetical: { fill: false, dash: '3 2', strike: false, label: 'hypothetical (dashed)' },
  denied: { fill: false, dash: null, strike: true, label: 'denied (struck through)' },
};

/** Node colours by actor kind for the network. */
// Neutral and violet-to-brown hues, so that nodes never read as the blue/red of cooperation and conflict edges.
export const KIND_COLOURS: Record<string, string> = {
  state: '#334155',
  person: '#7c3aed',
  organization: '#a21caf',
  'armed-group': '#78350f',
  igo: '#0e7490',
  media: '#64748b',
  other: '#94a3b8',
};
