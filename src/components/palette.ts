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

export { outletColour } from './outlet-colours.ts';

/** Modality is drawn by mark style, never by colour alone: solid, hollow, dashed, struck through. */
export const MODALITY_STYLE: Record<Modality, { fill: boolean; dash: string | null; strike: boolean; label: string }> =
  {
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
