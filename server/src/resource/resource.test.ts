import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../context';
import { appRouter } from '../router';
import { databaseWithUsers } from '../testing/database-with-users';
import { createCallerFactory } from '../trpc';

const createCaller = createCallerFactory(appRouter);

describe('resources', () => {
  const suite = databaseWithUsers();
  const as = suite.as;
  const titles = async (filters: Parameters<ReturnType<typeof as>['resource']['search']>[0]) =>
    (await as(suite.users.national).resource.search(filters)).map((r) => r.title).sort();

  beforeAll(async () => {
    await as(suite.users.lead).resource.create({
      title: 'Night school guide',
      url: 'https://example.org/night',
      localityCode: 'NE',
      principles: [17, 21],
      stages: ['foundation', 'core'],
      tiers: [2],
    });
    await as(suite.users.national).resource.create({
      title: 'Coaching toolkit',
      body: 'Coaching for 100% of trainees',
      localityCode: null,
      principles: [12],
      stages: ['higher'],
      tiers: [1, 2],
    });
    await as(suite.users.admin).resource.create({
      title: 'Chief resident handbook',
      url: 'https://example.org/chief',
      localityCode: 'EOE',
      tiers: [3],
    });
  });

  it('stores tags and audits the creation', async () => {
    const [night] = await as(suite.users.dean).resource.search({ text: 'night' });
    expect(night).toMatchObject({
      localityCode: 'NE',
      principles: [17, 21],
      stages: ['core', 'foundation'],
      tiers: [2],
      body: null,
    });
    const audit = await suite.auditTrail('resource');
    expect(audit).toHaveLength(3);
  });

  it('searches text case-insensitively in title, address and body, with wildcards taken literally', async () => {
    expect(await titles({ text: 'COACHING' })).toEqual(['Coaching toolkit']);
    expect(await titles({ text: 'example.org/chief' })).toEqual(['Chief resident handbook']);
    expect(await titles({ text: '100%' })).toEqual(['Coaching toolkit']);
    expect(await titles({ text: '%' })).toEqual(['Coaching toolkit']);
    expect(await titles({ text: '_' })).toEqual([]);
    expect(await titles({})).toEqual(['Chief resident handbook', 'Coaching toolkit', 'Night school guide']);
  });

  it('filters by principle, stage, tier and origin, combined', async () => {
    expect(await titles({ principle: 21 })).toEqual(['Night school guide']);
    expect(await titles({ stage: 'higher' })).toEqual(['Coaching toolkit']);
    expect(await titles({ tier: 2 })).toEqual(['Coaching toolkit', 'Night school guide']);
    expect(await titles({ tier: 2, stage: 'core' })).toEqual(['Night school guide']);
    expect(await titles({ origin: 'national' })).toEqual(['Coaching toolkit']);
    expect(await titles({ origin: 'EOE' })).toEqual(['Chief resident handbook']);
    expect(await titles({ origin: 'YH' })).toEqual([]);
  });

  it('lets locality users share only as their own locality, the national role only as national', async () => {
    const item = { title: 'x', url: 'https://example.org/x' };
    await expect(as(suite.users.lead).resource.create({ ...item, localityCode: 'YH' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.dean).resource.create({ ...item, localityCode: null })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.national).resource.create({ ...item, localityCode: 'NE' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.lead).resource.create({ title: 'empty', localityCode: 'NE' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(createCaller(createContext({ db: suite.db })).resource.search({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('lets the sharer or the origin locality remove a resource, nobody else', async () => {
    const [chief] = await as(suite.users.dean).resource.search({ origin: 'EOE' });
    const [night] = await as(suite.users.dean).resource.search({ origin: 'NE' });
    await expect(as(suite.users.dean).resource.delete({ resourceId: chief!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.national).resource.delete({ resourceId: night!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await as(suite.users.dean).resource.delete({ resourceId: night!.id });
    expect(await titles({})).toEqual(['Chief resident handbook', 'Coaching toolkit']);
  });
});
