import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { matchPattern, matchRoute } from './match-route';

describe('matchRoute', () => {
  const routes = [paths.workspace, paths.customer, paths.conversation, paths.ticket, paths.supervisor, paths.login];

  it('matches whole paths and fills parameters, decoded', () => {
    expect(matchRoute(routes, '/')?.route).toBe(paths.workspace);
    expect(matchRoute(routes, '/customers/c-cn-0001')).toEqual({ route: paths.customer, params: { customerId: 'c-cn-0001' } });
    expect(matchRoute(routes, '/conversations/cv%2F1%20a')?.params).toEqual({ conversationId: 'cv/1 a' });
    expect(matchRoute(routes, '/supervisor/')?.route).toBe(paths.supervisor);
  });

  it('matches nothing for unknown, partial, longer or malformed paths', () => {
    expect(matchRoute(routes, '/nope')).toBeNull();
    expect(matchRoute(routes, '/customers')).toBeNull();
    expect(matchRoute(routes, '/customers/')).toBeNull();
    expect(matchRoute(routes, '/tickets/t1/extra')).toBeNull();
    expect(matchPattern('/customers/:id', '/customers/%E0%A4%A')).toBeNull();
  });

  it('builds hrefs that match their own pattern', () => {
    for (const [page, id] of [[paths.customer, 'c 1/2'], [paths.conversation, '会话-1'], [paths.ticket, 'T#9']] as const) {
      const href = page.href(id);
      expect(Object.values(matchPattern(page.path, href) ?? {})).toEqual([id]);
    }
    expect(paths.login.href('/customers/c1')).toBe('/login?next=%2Fcustomers%2Fc1');
    expect(paths.login.href('/login')).toBe('/login');
  });
});
