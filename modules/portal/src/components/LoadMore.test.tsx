import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { LoadMore, usePaging } from './LoadMore';

describe('load more', () => {
  it('asks for the page after the end cursor, and only while there is a next page', () => {
    const onMore = vi.fn();
    const { rerender } = render(<LoadMore pageInfo={{ hasNextPage: true, endCursor: 'c20' }} onMore={onMore} />);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onMore).toHaveBeenCalledWith('c20');
    rerender(<LoadMore pageInfo={{ hasNextPage: false, endCursor: 'c40' }} onMore={onMore} />);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps the pages shown before, in order, and starts over on reset', () => {
    const { result } = renderHook(() => usePaging<string>());
    expect(result.current.after).toBeNull();
    expect(result.current.list(['a', 'b'])).toEqual(['a', 'b']);
    act(() => result.current.more(['a', 'b'], 'cb'));
    expect(result.current.after).toBe('cb');
    expect(result.current.list(undefined)).toEqual(['a', 'b']);
    expect(result.current.list(['c'])).toEqual(['a', 'b', 'c']);
    act(() => result.current.more(['c'], 'cc'));
    expect(result.current.list(['d'])).toEqual(['a', 'b', 'c', 'd']);
    act(() => result.current.reset());
    expect(result.current.after).toBeNull();
    expect(result.current.list(['a'])).toEqual(['a']);
  });
});
