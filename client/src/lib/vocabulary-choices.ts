/** The shared vocabularies as the choices of a select or a group of checkboxes, labelled as the forms and filters show them. */
import { INTERVENTIONS, LEARNING_MODES, LOCALITIES, STAGES, TIERS } from '@ldm/shared';
import type { Choice } from '../components/form-fields';

export const LOCALITY_CHOICES: Choice[] = LOCALITIES.map((l) => ({ value: l.code, label: l.name }));
export const STAGE_CHOICES: Choice[] = STAGES.map((s) => ({ value: s.code, label: s.name }));
export const TIER_CHOICES: Choice[] = TIERS.map((t) => ({ value: String(t.tier), label: `${t.tier}: ${t.name}` }));
export const INTERVENTION_CHOICES: Choice[] = INTERVENTIONS.map((i) => ({ value: i.code, label: i.name }));
export const LEARNING_MODE_CHOICES: Choice[] = LEARNING_MODES.map((m) => ({ value: m.code, label: m.name }));
