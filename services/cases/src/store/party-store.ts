/** The parties of a case (table cases.party): written once at intake, read per page of cases. */
import crypto from 'node:crypto';
import type { PartyEntity } from './entities/party.entity';
import type { Queryable } from '@zz/common';

const PARTY_SELECT = `p.id, p.case_id AS "caseId", p.position, p.name, p.role, p.phone, p.id_number AS "idNumber"`;

export interface NewParty extends Omit<PartyEntity, 'id' | 'caseId'> {}

export class PartyStore {
  constructor(private readonly q: Queryable) {}

  byCaseIds(ids: readonly string[]): Promise<PartyEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${PARTY_SELECT} FROM cases.party p WHERE p.case_id = ANY($1::uuid[]) ORDER BY p.case_id, p.position`, [ids]);
  }

  async insert(caseId: string, parties: readonly NewParty[]): Promise<void> {
    if (!parties.length) return;
    const params: unknown[] = [];
    const values = parties.map((p) => {
      params.push(crypto.randomUUID(), caseId, p.position, p.name, p.role, p.phone, p.idNumber);
      const n = params.length;
      return `($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    await this.q.query(`INSERT INTO cases.party (id, case_id, position, name, role, phone, id_number) VALUES ${values.join(', ')}`, params);
  }
}
