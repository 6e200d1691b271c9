/** Who and where, as the header always shows it: 「湖寮镇综治中心 · 窗口受理员 罗秀英」. */
import type { RegionLevel, Role } from '../gql/graphql';
import { ROLE } from '../locales/zh-CN/enums';

/** The post an account works at: the county and towns have centers, villages service stations, grids are grids. */
export function placeLabel(region: { name: string; level: RegionLevel }): string {
  switch (region.level) {
    case 'COUNTY':
    case 'TOWN':
      return `${region.name}综治中心`;
    case 'VILLAGE':
      return `${region.name}综治服务站`;
    case 'GRID':
      return region.name;
  }
}

/** 「督办人员、领导」: every role, in the schema's order. */
export function rolesLabel(roles: readonly Role[]): string {
  const order = Object.keys(ROLE) as Role[];
  return [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((r) => ROLE[r] ?? r).join('、');
}

export function whoWhere(user: { displayName: string; roles: readonly Role[]; region: { name: string; level: RegionLevel } }): string {
  return `${placeLabel(user.region)} · ${rolesLabel(user.roles)} ${user.displayName}`;
}
