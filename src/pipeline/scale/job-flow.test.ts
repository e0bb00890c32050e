import { describe, expect, it } from 'vitest';
import type { ArticleLine } from '../bundle/describe-articles.ts';
import { parseArgs } from '../cli-args.ts';
import { type ArticleResult, batchesOf, connectionOf, joinResults } from './job-flow.ts';

describe('connectionOf', () => {
  it('reads host, port, user, password and database from a redis URL, and TLS from rediss', () => {
    expect(connectionOf('redis://queue.example:6380/2')).toMatchObject({ host: 'queue.example', port: 6380, db: 2 });
    expect(connectionOf('rediss://ana:s%40cret@10.0.0.5')).toMatchObject({
      host: '10.0.0.5',
      port: 6379,
      username: 'ana',
      password: 's@cret',
      tls: {},
    });
  });

  it('refuses what is not a redis URL', () => {
    expect(() => connectionOf('localhost:6379')).toThrow(/redis:\/\//);
    expect(() => connectionOf('http://localhost:6379')).toThrow(/redis:\/\//);
  });
});

describe('joinResults', () => {
  const lines = ['kharkiv', 'lahore', 'goma'].map((id, order) => lineOf(id, order));

  it("puts each worker's result back with the article it was sent, whatever order they come in", () => {
    const joined = joinResults(lines, [resultOf('goma', 2), resultOf('kharkiv', 0), resultOf('lahore', 1)]);
    expect(joined.map((m) => [m.order, m.article.id, m.outletName])).toEqual([
      [2, 'goma', 'Test Wire'],
      [0, 'kharkiv', 'Test Wire'],
      [1, 'lahore', 'Test Wire'],
    ]);
  });

  it('fails on an article without a result and on a result for an article not sent there', () => {
    expect(() => joinResults(lines, [resultOf('kharkiv', 0), resultOf('goma', 2)])).toThrow(/no result for 1 .*lahore/);
    expect(() => joinResults(lines, [resultOf('yerevan', 1)])).toThrow(/"yerevan" at 1, which was not sent/);
  });
});

describe('batchesOf', () => {
  it('cuts the corpus into jobs of consecutive articles', () => {
    const lines = Array.from({ length: 5 }, (_, i) => lineOf(`a${i}`, i));
    expect(batchesOf(lines, 2).map((batch) => batch.map((l) => l.order))).toEqual([[0, 1], [2, 3], [4]]);
  });
});

describe('extract routes on the command line', () => {
  it('chooses the route from --queue, --split, --map or --reduce, and refuses two at once', () => {
    expect(parseArgs([])).toMatchObject({ route: 'local' });
    expect(parseArgs(['--queue', 'redis://h:1', '--batch', '4'])).toMatchObject({ route: 'queue', batch: 4 });
    expect(parseArgs(['--map'])).toMatchObject({ route: 'map', dictionaries: null });
    expect(parseArgs(['--reduce', '--parquet', 'events'])).toMatchObject({ route: 'reduce', parquet: 'events' });
    expect(parseArgs(['--map', '--reduce'])).toMatchObject({ error: expect.stringMatching(/cannot be used together/) });
    expect(parseArgs(['--split'])).toMatchObject({ error: expect.stringMatching(/--split needs --dictionaries/) });
    expect(parseArgs(['--map', '--parquet', 'events'])).toMatchObject({
      error: expect.stringMatching(/not with --map/),
    });
    expect(parseArgs(['--batch', '0'])).toMatchObject({ error: expect.stringMatching(/--batch needs a whole number/) });
  });
});

function lineOf(id: string, order: number): ArticleLine {
  return {
    order,
    outletName: 'Test Wire',
    article: {
      id,
      outletId: 'test-wire',
      title: null,
      url: null,
      author: null,
      published: '2025-05-10',
      outletBasis: 'manifest',
      flags: [],
      fiction: false,
      wordCount: 0,
      text: '',
    },
  };
}

function resultOf(articleId: string, order: number): ArticleResult {
  return {
    articleId,
    order,
    events: [],
    quotes: [],
    unresolved: [],
    inferred: [],
    loadedTerms: [],
    reuseUnits: [],
    sentenceBounds: null,
  };
}
