/**
 * Picks a region inside the signed-in user's jurisdiction: the tree starts at the user's own
 * region (nothing above or beside it is offered) and loads each level's children when opened.
 * Any level may be chosen. The value is one region id; its path is looked up to show it.
 */
import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Cascader } from 'antd';
import { graphql } from '../../gql';
import type { RegionLevel } from '../../gql/graphql';
import { useSession } from '../../app/session-hooks';

const RegionChildrenQuery = graphql(`
  query RegionChildren($parentId: ID!) {
    regions(parentId: $parentId) {
      id
      name
      level
    }
  }
`);

const RegionPathQuery = graphql(`
  query RegionPath($id: ID!) {
    region(id: $id) {
      id
      path {
        id
        name
        level
      }
    }
  }
`);

interface Option {
  value: string;
  label: string;
  level: RegionLevel;
  isLeaf: boolean;
  children?: Option[];
}

const toOption = (r: { id: string; name: string; level: RegionLevel }): Option => ({ value: r.id, label: r.name, level: r.level, isLeaf: r.level === 'GRID' });

/** Puts `children` under the option with id `parent`, wherever it is in the tree. */
function attach(options: Option[], parent: string, children: Option[]): Option[] {
  return options.map((o) =>
    o.value === parent ? { ...o, children, isLeaf: children.length === 0 } : o.children ? { ...o, children: attach(o.children, parent, children) } : o,
  );
}

export default function RegionCascader({ value, onChange, placeholder, id, allowClear = true }: {
  value?: string | null;
  onChange?: (regionId: string | null) => void;
  placeholder?: string;
  id?: string;
  /** Off where a region is required: the clear button would only be one more Tab stop. */
  allowClear?: boolean;
}) {
  const client = useApolloClient();
  const root = useSession()?.user.region;
  const [options, setOptions] = useState<Option[]>(() => (root ? [toOption(root)] : []));
  const [path, setPath] = useState<string[]>([]);

  const loadChildren = async (parentId: string) => {
    const { data } = await client.query({ query: RegionChildrenQuery, variables: { parentId } });
    setOptions((prev) => attach(prev, parentId, (data?.regions ?? []).map(toOption)));
  };

  // A region given from outside (a bookmarked URL): show its path from the user's own region down,
  // loading the levels on the way so the dropdown opens there.
  useEffect(() => {
    if (!value || !root) return setPath([]);
    if (path[path.length - 1] === value) return;
    let cancelled = false;
    void (async () => {
      const { data } = await client.query({ query: RegionPathQuery, variables: { id: value } });
      const full = data?.region?.path ?? [];
      const from = full.findIndex((r) => r.id === root.id);
      if (cancelled || from < 0) return;
      const ids = full.slice(from).map((r) => r.id);
      for (const parent of ids.slice(0, -1)) await loadChildren(parent);
      if (!cancelled) setPath(ids);
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, root?.id]);

  return (
    <Cascader
      id={id}
      options={options}
      value={path}
      changeOnSelect
      allowClear={allowClear}
      showSearch={false}
      placeholder={placeholder}
      style={{ width: '100%' }}
      loadData={(selected) => {
        const last = selected[selected.length - 1] as Option;
        if (!last.children) void loadChildren(last.value);
      }}
      onChange={(ids) => {
        const list = (ids ?? []) as string[];
        setPath(list);
        onChange?.(list.length ? list[list.length - 1] : null);
      }}
      data-testid="region-cascader"
    />
  );
}
