/**
 * The lists of a grid's children (reports, patrol tasks, key persons): a page under a filter, its count,
 * and both for many grids at once (the DataLoaders behind `Grid.reports`, `Grid.patrolTasks`,
 * `Grid.keyPersons`). A store states its table, its filter's conditions and its keyset order once.
 */
import type { DataSource, ObjectLiteral } from 'typeorm';
import { Params } from '@zz/common';
import { countAll, countPerGrid, hydrate, listPage, listPagePerGrid, selectList, type PageQuery } from './sql';

/** The keyset cursor of a page: the sort value and the id of the last row seen. */
export type After = [string, string] | null;

export abstract class GridChildList<T extends ObjectLiteral, F> {
  protected readonly cols: string;
  constructor(protected readonly ds: DataSource, private readonly entity: new () => T, private readonly table: string) {
    this.cols = selectList(ds, entity, 't');
  }

  /** The filter's conditions over alias `t`, ANDed. */
  protected abstract conditions(f: F, p: Params): string[];
  /** ORDER BY over alias `t`, ending with `t.id`. */
  protected abstract readonly order: string;
  /** The condition "after the row `after`" in that order. */
  protected abstract afterRow(after: [string, string], p: Params): string;

  private spec(f: F, limit: number, after: After): PageQuery {
    const params = new Params();
    const where = this.conditions(f, params);
    if (after) where.push(this.afterRow(after, params));
    return { table: this.table, cols: this.cols, where, params, order: this.order, fetch: limit + 1 };
  }

  /** `limit + 1` rows, so the caller knows whether more follow. */
  async page(f: F, limit: number, after: After): Promise<T[]> {
    return hydrate(this.entity, await listPage(this.ds, this.spec(f, limit, after)));
  }

  async count(f: F): Promise<number> {
    const p = new Params();
    return countAll(this.ds, this.table, this.conditions(f, p), p);
  }

  async pagePerGrid(gridIds: readonly string[], f: F, limit: number, after: After): Promise<Map<string, T[]>> {
    const found = await listPagePerGrid(this.ds, this.spec(f, limit, after), gridIds);
    return new Map([...found].map(([k, v]) => [k, hydrate(this.entity, v)]));
  }

  async countPerGrid(gridIds: readonly string[], f: F): Promise<Map<string, number>> {
    const p = new Params();
    return countPerGrid(this.ds, this.table, this.conditions(f, p), p, gridIds);
  }
}
