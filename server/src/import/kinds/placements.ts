import type { Placement } from '@ldm/db';
import { GRADES } from '@ldm/shared';
import { placementSchema } from '@ldm/shared/schemas';
import { mayChange, ownerOfPlacement } from '../../ownership/rules';
import { type CellResult, readDecimal } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import type { ReferenceData } from '../queries';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
import { createTableStore } from '../table-store';
import { readDateRange, readReference, readTraineeReference } from './references';

const keyOf = (row: Placement) => row.placement_id;

const ownerAt = (organisationCode: string, references: ReferenceData) =>
  ownerOfPlacement(references.organisations.get(organisationCode)!);

function readGrade(text: string): CellResult<string> {
  return (GRADES as readonly string[]).includes(text)
    ? { ok: true, value: text }
    : { ok: false, reason: `is not a grade of the grade → stage map (${GRADES.join(', ')})` };
}

export const placementsKind: ImportKindSpec<Placement> = {
  columns: [
    column('placement_id', true),
    column('gmc_number', true),
    column('organisation_code', true),
    column('programme_code'),
    column('grade', true),
    column('specialty'),
    column('start_date', true),
    column('end_date', true),
    column('wte', true),
  ],
  keyColumns: ['placement_id'],
  references: ['trainees', 'organisations', 'programmes'],
  rowReading: (references) => {
    const readTrainee = readTraineeReference(references.trainees);
    const readOrganisation = readReference(references.organisations, 'organisation');
    const readProgramme = readReference(references.programmes, 'programme');
    return (reader) => {
      const dates = readDateRange(reader, true);
      const values = checkWithSchema(reader, placementSchema, {
        placementId: reader.required('placement_id', asText),
        gmcNumber: reader.required('gmc_number', readTrainee),
        organisationCode: reader.required('organisation_code', readOrganisation),
        programmeCode: reader.optional('programme_code', readProgramme),
        grade: reader.required('grade', readGrade),
        specialty: reader.optional('specialty', asText),
        startDate: dates.start,
        endDate: dates.end!,
        wte: reader.required('wte', readDecimal),
      });
      return (
        values && {
          placement_id: values.placementId,
          gmc_number: values.gmcNumber,
          organisation_code: values.organisationCode,
          programme_code: values.programmeCode,
          grade: values.grade,
          specialty: values.specialty,
          start_date: values.startDate,
          end_date: values.endDate,
          wte: values.wte,
        }
      );
    };
  },
  keyOf,
  // An existing placement may be changed only by the locality that owns it now and would own it after.
  ownersOf: (row, stored, references) => [
    { column: 'organisation_code', owner: ownerAt(row.organisation_code, references) },
    { column: 'placement_id', owner: stored && ownerAt(stored.organisation_code, references) },
  ],
  // A new placement at the actor's organisation for a trainee owned elsewhere moves the trainee in (§7 transfer).
  transferFrom: (row, stored, references, actor) => {
    if (stored || actor === null || actor.role === 'admin') return undefined;
    const traineeOwner = references.trainees.get(row.gmc_number) ?? null;
    return traineeOwner !== null && !mayChange(actor, traineeOwner) ? traineeOwner : undefined;
  },
  store: createTableStore('placements', ['placement_id'], keyOf),
};
