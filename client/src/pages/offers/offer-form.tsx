/**
 * Add or edit an offer. The shared `offerSchema` checks the form before anything is sent, so each
 * field shows its own message and nothing is saved until every field is right; the server checks
 * again (and alone decides who may change what, e.g. national offers).
 */

import { type LocalityCode, NATIONAL_SCOPE, OFFER_ACCESS, OFFER_DELIVERY, OFFER_FUNDING } from '@ldm/shared';
import { offerSchema } from '@ldm/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import {
  CheckboxGroup,
  EntryForm,
  SelectField,
  TextAreaField,
  TextField,
  useCheckedForm,
} from '../../components/form-fields';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';
import { INTERVENTION_CHOICES, LEARNING_MODE_CHOICES, STAGE_CHOICES, TIER_CHOICES } from '../../lib/vocabulary-choices';
import { CodeField } from './code-field';
import { ACCESS_NAMES, DELIVERY_NAMES, FUNDING_NAMES, withBlank } from './offer-words';
import { useCatalogueSave } from './use-catalogue-save';

type ApiOffer = RouterOutputs['offer']['get'];

const LABELS: Record<string, string> = {
  code: 'Code',
  title: 'Title',
  provider: 'Provider',
  providerType: 'Provider type',
  scope: 'Scope',
  tier: 'Tier',
  stages: 'Eligible stages',
  interventions: 'Interventions',
  mode: 'Learning mode',
  capacity: 'Capacity per year',
  multiprofessional: 'Multiprofessional',
  access: 'Access',
  funding: 'Funding',
  delivery: 'Delivery',
  description: 'Description',
  url: 'Web address',
};

const orNull = (value: FormDataEntryValue | null) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Form text → the schema's input; empty optional fields are "not given" (null). */
function readOfferForm(form: FormData) {
  const capacity = orNull(form.get('capacity'));
  const multiprofessional = orNull(form.get('multiprofessional'));
  return {
    code: String(form.get('code') ?? ''),
    title: String(form.get('title') ?? ''),
    provider: String(form.get('provider') ?? ''),
    providerType: orNull(form.get('providerType')),
    scope: form.get('scope'),
    tier: Number(form.get('tier')),
    stages: form.getAll('stages'),
    interventions: form.getAll('interventions'),
    mode: orNull(form.get('mode')),
    capacity: capacity === null ? null : Number(capacity),
    multiprofessional: multiprofessional === null ? null : multiprofessional === 'yes',
    access: orNull(form.get('access')),
    funding: orNull(form.get('funding')),
    delivery: orNull(form.get('delivery')),
    description: orNull(form.get('description')),
    url: orNull(form.get('url')),
  };
}

interface OfferFormProps {
  localityCode: LocalityCode;
  /** The offer being edited; absent when adding one. */
  offer?: ApiOffer;
  onSaved: (offer: ApiOffer) => void;
  onCancel: () => void;
}

export function OfferForm({ localityCode, offer, onSaved, onCancel }: OfferFormProps) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const options = useCatalogueSave(onSaved, (message) => setErrors({ form: [message] }));
  const create = useMutation(trpc.offer.create.mutationOptions(options));
  const update = useMutation(trpc.offer.update.mutationOptions(options));
  const { errors, setErrors, onSubmit } = useCheckedForm(offerSchema, readOfferForm, (fields) =>
    (offer ? update : create).mutate({ localityCode, offer: fields }),
  );
  const scopes = user.role === 'admin' ? [localityCode, NATIONAL_SCOPE] : [localityCode];
  return (
    <EntryForm
      label={offer ? `Edit offer ${offer.code}` : 'Add an offer'}
      onSubmit={onSubmit}
      errors={errors}
      labels={LABELS}
      submitLabel={offer ? 'Save changes' : 'Add offer'}
      pending={create.isPending || update.isPending}
      onCancel={onCancel}
    >
      <CodeField
        saved={offer?.code}
        label={LABELS.code!}
        hint="Letters, digits, dots, dashes or underscores, e.g. NE-LEAD-1."
        errors={errors.code}
      />
      <TextField name="title" label={LABELS.title!} defaultValue={offer?.title} errors={errors.title} />
      <TextField name="provider" label={LABELS.provider!} defaultValue={offer?.provider} errors={errors.provider} />
      <TextField
        name="providerType"
        label={`${LABELS.providerType} (optional)`}
        defaultValue={offer?.providerType}
        errors={errors.providerType}
      />
      <SelectField
        name="scope"
        label={LABELS.scope!}
        defaultValue={offer?.scope ?? localityCode}
        choices={scopes.map((s) => ({ value: s, label: s === NATIONAL_SCOPE ? 'National' : nameOfPlace(s) }))}
        errors={errors.scope}
      />
      <SelectField
        name="tier"
        label={LABELS.tier!}
        defaultValue={String(offer?.tier ?? '')}
        choices={withBlank('Choose a tier', TIER_CHOICES)}
        errors={errors.tier}
      />
      <CheckboxGroup
        name="stages"
        label={LABELS.stages!}
        checked={offer?.stages ?? []}
        choices={STAGE_CHOICES}
        errors={errors.stages}
      />
      <CheckboxGroup
        name="interventions"
        label={`${LABELS.interventions} (optional)`}
        checked={offer?.interventions ?? []}
        choices={INTERVENTION_CHOICES}
        errors={errors.interventions}
      />
      <SelectField
        name="mode"
        label={`${LABELS.mode} (optional)`}
        defaultValue={offer?.mode}
        choices={withBlank('Not given', LEARNING_MODE_CHOICES)}
        errors={errors.mode}
      />
      <TextField
        name="capacity"
        type="number"
        label={`${LABELS.capacity} (optional)`}
        hint="Leave empty when no capacity is defined."
        defaultValue={offer?.capacity}
        errors={errors.capacity}
      />
      <SelectField
        name="multiprofessional"
        label={`${LABELS.multiprofessional} (optional)`}
        defaultValue={
          offer?.multiprofessional === null || offer === undefined ? '' : offer.multiprofessional ? 'yes' : 'no'
        }
        choices={withBlank('Not given', [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ])}
        errors={errors.multiprofessional}
      />
      <SelectField
        name="access"
        label={`${LABELS.access} (optional)`}
        defaultValue={offer?.access}
        choices={withBlank(
          'Not given',
          OFFER_ACCESS.map((a) => ({ value: a, label: ACCESS_NAMES[a] })),
        )}
        errors={errors.access}
      />
      <SelectField
        name="funding"
        label={`${LABELS.funding} (optional)`}
        defaultValue={offer?.funding}
        choices={withBlank(
          'Not given',
          OFFER_FUNDING.map((f) => ({ value: f, label: FUNDING_NAMES[f] })),
        )}
        errors={errors.funding}
      />
      <SelectField
        name="delivery"
        label={`${LABELS.delivery} (optional)`}
        defaultValue={offer?.delivery}
        choices={withBlank(
          'Not given',
          OFFER_DELIVERY.map((d) => ({ value: d, label: DELIVERY_NAMES[d] })),
        )}
        errors={errors.delivery}
      />
      <TextAreaField
        name="description"
        label={`${LABELS.description} (optional)`}
        defaultValue={offer?.description}
        errors={errors.description}
      />
      <TextField
        name="url"
        type="url"
        label={`${LABELS.url} (optional)`}
        defaultValue={offer?.url}
        errors={errors.url}
      />
    </EntryForm>
  );
}
