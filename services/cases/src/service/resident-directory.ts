/**
 * What resident self-service needs from the neighbours, asked with the platform's identity (a
 * resident has no jurisdiction; the use case decides what may be shown): the towns and villages a
 * resident picks from, the grid at a point on the map, and the names of the center, department and
 * mediator handling a case.
 */
import { SERVICE_IDENTITY, type InternalClient } from '@zz/common';

const ME = SERVICE_IDENTITY('cases:resident');

export interface PublicRegion {
  id: string;
  name: string;
  level: 'COUNTY' | 'TOWN' | 'VILLAGE' | 'GRID';
}

export interface ResidentDirectory {
  towns(): Promise<PublicRegion[]>;
  children(parentId: string): Promise<PublicRegion[]>;
  /** The grid (its region id) containing the point, or null. */
  gridAt(lat: number, lng: number): Promise<string | null>;
  names(ids: { centerId: string | null; departmentId: string | null; mediatorId: string | null }): Promise<{ center: string | null; department: string | null; mediator: string | null }>;
}

const REGIONS = `query ResidentRegions($level: RegionLevel, $parentId: ID) { regions(level: $level, parentId: $parentId) { id name level } }`;
const GRID_AT = `query ResidentGridAt($lat: Float!, $lng: Float!) { gridAt(lat: $lat, lng: $lng) { id } }`;
const CENTER = `query ResidentCenter($id: ID!) { center(id: $id) { name } }`;
const DEPARTMENT = `query ResidentDepartment($id: ID!) { department(id: $id) { name } }`;
const MEDIATOR = `query ResidentMediator($id: ID!) { mediator(id: $id) { name } }`;

export class InternalResidentDirectory implements ResidentDirectory {
  constructor(private readonly client: InternalClient) {}

  async towns(): Promise<PublicRegion[]> {
    return (await this.client.call<{ regions: PublicRegion[] }>('grid', REGIONS, { level: 'TOWN' }, ME)).regions;
  }

  async children(parentId: string): Promise<PublicRegion[]> {
    return (await this.client.call<{ regions: PublicRegion[] }>('grid', REGIONS, { parentId }, ME)).regions;
  }

  async gridAt(lat: number, lng: number): Promise<string | null> {
    return (await this.client.call<{ gridAt: { id: string } | null }>('grid', GRID_AT, { lat, lng }, ME)).gridAt?.id ?? null;
  }

  async names(ids: { centerId: string | null; departmentId: string | null; mediatorId: string | null }) {
    const ask = async <K extends string>(service: 'personnel', query: string, key: K, id: string | null) =>
      id ? ((await this.client.call<Record<K, { name: string } | null>>(service, query, { id }, ME))[key]?.name ?? null) : null;
    const [center, department, mediator] = await Promise.all([
      ask('personnel', CENTER, 'center', ids.centerId),
      ask('personnel', DEPARTMENT, 'department', ids.departmentId),
      ask('personnel', MEDIATOR, 'mediator', ids.mediatorId),
    ]);
    return { center, department, mediator };
  }
}
