/** Row rules of each kind: every problem reported with row, column, value and reason; nothing written. */

import { describe, expect, it } from 'vitest';
import { databaseWithReferenceRows, importText } from '../testing/imports';
import type { ImportKind } from './import-kinds';

const test = databaseWithReferenceRows();

/** The problems of a file of `kind` that must be rejected, each as "row column "value" reason". */
const problemsOf = async (kind: ImportKind, text: string) => {
  const result = await importText(test.db, kind, text);
  expect(result.status).toBe('rejected');
  return result.problems.map((p) => `${p.row} ${p.column} "${p.value}" ${p.reason}`);
};

describe('row validation', () => {
  it('placements: GMC number, references, grade, dates, wte and required values', async () => {
    const problems = await problemsOf(
      'placements',
      [
        'placement_id,gmc_number,organisation_code,programme_code,grade,start_date,end_date,wte',
        'P1,700001,RX1,,F1,2024-08-07,2025-08-05,1',
        'P2,7999999,XXX,NOPE,F3,2024-13-45,31/02/2025,1.5',
        'P3,7000001,RX1,NE-FND,ST4,2025-08-05,2024-08-07,0.05',
        ',7000001,RX1,,,2024-08-07,2025-08-05,',
      ].join('\n'),
    );
    expect(problems).toEqual([
      '2 gmc_number "700001" must be a GMC number of 7 digits',
      '3 start_date "2024-13-45" is not a date that exists',
      '3 end_date "31/02/2025" is not a date that exists',
      '3 gmc_number "7999999" refers to an unknown trainee',
      '3 organisation_code "XXX" refers to an unknown organisation',
      '3 programme_code "NOPE" refers to an unknown programme',
      '3 grade "F3" is not a grade of the grade → stage map (F1, F2, CT1, CT2, CT3, ST1, ST2, ST3, GPST1, GPST2, ST4, ST5, ST6, ST7, ST8, GPST3)',
      '3 wte "1.5" must be a decimal from 0.1 to 1.0',
      '4 end_date "2024-08-07" is before start_date',
      '4 wte "0.05" must be a decimal from 0.1 to 1.0',
      '5 placement_id "" is required',
      '5 grade "" is required',
      '5 wte "" is required',
    ]);
  });

  it('reports a repeated natural key at every later occurrence', async () => {
    const problems = await problemsOf('trainees', 'gmc_number\n7000009\n7000008\n7000009\n7000009\n');
    expect(problems).toEqual([
      '4 gmc_number "7000009" repeats the key of row 2',
      '5 gmc_number "7000009" repeats the key of row 2',
    ]);
    const composite = await problemsOf(
      'participations',
      'gmc_number,cohort_code,status,start_date\n7000001,NE-1-A,enrolled,2024-09-01\n7000001,NAT-1-A,enrolled,2024-09-01\n7000001,NE-1-A,completed,2024-09-01\n',
    );
    expect(composite).toEqual(['4 gmc_number + cohort_code "7000001, NE-1-A" repeats the key of row 2']);
  });

  it('offers: scope, tier, stages, interventions and enums', async () => {
    const problems = await problemsOf(
      'offers',
      [
        'code,title,provider,scope,tier,stages,interventions,mode,capacity,multiprofessional,access,funding,delivery',
        'O1,T,P,XX,4,core;senior,coaching,70,-1,maybe,closed,some,remote',
        'O2,T,P,national,3,,,,,,,,',
      ].join('\n'),
    );
    expect(problems).toEqual([
      '2 scope "XX" must be one of NE, YH, NW, EM, WM, EOE, NCEL, NWL, SL, KSS, TV, WX, SW, national',
      '2 tier "4" must be a whole number from 1 to 3',
      '2 stages "core;senior" must be a ;-separated list of foundation, core, higher (unknown: senior)',
      '2 interventions "coaching" must be a ;-separated list of workplace_experience, project_work, action_learning, coaching_mentoring, feedback_360, psychometrics, short_courses, technology_enhanced (unknown: coaching)',
      '2 mode "70" must be one of work, relational, formal',
      '2 capacity "-1" must be a whole number of at least 0',
      '2 multiprofessional "maybe" must be yes/no, true/false or 1/0',
      '2 access "closed" must be one of open, competitive',
      '2 funding "some" must be one of recurrent, one_off, none',
      '2 delivery "remote" must be one of in_work, out_of_programme',
      '3 stages "" is required',
    ]);
  });

  it('offers: refuses what the offer form refuses (the same schema), naming the column', async () => {
    const problems = await problemsOf(
      'offers',
      [
        'code,title,provider,scope,tier,stages,capacity,url',
        'My offer/2024 (pilot),T,P,NE,1,core,,',
        'O2,T,P,NE,1,core,0,',
        'O3,T,P,NE,1,core,,not a url',
        'O4,T,P,NE,1,core,5,https://example.org/leadership',
        'O5,T,P,NE,1,core,5,javascript:alert(document.cookie)',
      ].join('\n'),
    );
    expect(problems).toEqual([
      '2 code "My offer/2024 (pilot)" Use 1–40 letters, digits, dots, dashes or underscores.',
      '3 capacity "0" Capacity is at least 1, or leave it empty.',
      expect.stringMatching(/^4 url "not a url" /),
      '6 url "javascript:alert(document.cookie)" Give a full web address starting http:// or https://, or mailto: and an email address.',
    ]);
  });

  it('cohorts, participations and workplace practices: places, references, year, booleans', async () => {
    expect(
      await problemsOf('cohorts', 'code,offer_code,start_date,end_date,places\nC1,NOPE,2024-01-01,2024-02-01,0\n'),
    ).toEqual(['2 offer_code "NOPE" refers to an unknown offer', '2 places "0" must be a whole number of at least 1']);
    expect(
      await problemsOf(
        'participations',
        'gmc_number,cohort_code,status,start_date,end_date\n7000009,NOPE,done,2024-01-01,2023-12-31\n',
      ),
    ).toEqual([
      '2 end_date "2023-12-31" is before start_date',
      '2 gmc_number "7000009" refers to an unknown trainee',
      '2 cohort_code "NOPE" refers to an unknown cohort',
      '2 status "done" must be one of applied, enrolled, completed, withdrawn',
    ]);
    expect(
      await problemsOf(
        'workplace_practices',
        'organisation_code,year,qi_projects\nNOPE,2024-26,perhaps\nRX1,2024,yes\n',
      ),
    ).toEqual([
      '2 organisation_code "NOPE" refers to an unknown organisation',
      // Cells that cannot be read come first; then what the record's schema refuses.
      '2 qi_projects "perhaps" must be yes/no, true/false or 1/0',
      '2 year "2024-26" must be a financial year written like 2024-25',
      '3 year "2024" must be a financial year written like 2024-25',
    ]);
  });

  it('organisations, programmes and trainees: enums, localities, required values', async () => {
    expect(await problemsOf('organisations', 'code,name,type,locality\nA,,hospital,London\n')).toEqual([
      '2 name "" is required',
      '2 type "hospital" must be one of trust, gp_practice, other',
      '2 locality "London" must be one of NE, YH, NW, EM, WM, EOE, NCEL, NWL, SL, KSS, TV, WX, SW',
    ]);
    expect(await problemsOf('programmes', 'code,name,specialty,type,locality\nP,N,,core_training,NE\n')).toEqual([
      '2 specialty "" is required',
      '2 type "core_training" must be one of foundation, core, specialty, gp',
    ]);
    expect(await problemsOf('trainees', 'gmc_number,sex,qualification\n12345678,F,overseas\n')).toEqual([
      '2 gmc_number "12345678" must be a GMC number of 7 digits',
      '2 sex "F" must be one of female, male',
      '2 qualification "overseas" must be one of uk, international',
    ]);
  });

  it('a file with any problem changes nothing, and the rejected import is recorded with its problems', async () => {
    const result = await importText(
      test.db,
      'organisations',
      'code,name,type,locality\nOK1,Fine,trust,NE\nBAD,Bad,shop,NE\n',
    );
    expect(result.counts).toEqual({ inserted: 0, updated: 0, unchanged: 0, rejected: 1 });
    expect(await test.db.selectFrom('organisations').select('code').where('code', '=', 'OK1').execute()).toEqual([]);
    const record = await test.db
      .selectFrom('imports')
      .selectAll()
      .where('id', '=', result.importId!)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ status: 'rejected', rejected: 1, inserted: 0 });
    expect(JSON.parse(record.problems!)).toEqual([
      { row: 3, column: 'type', value: 'shop', reason: 'must be one of trust, gp_practice, other' },
    ]);
  });
});
